"""Posts of a rendered Facebook page or X profile, as a pure function of the rendered DOM.

FRAGILE by nature: both sites change their markup. We rely only on the accessibility roles
they keep for screen readers (``[role=article]``, X's ``article[data-testid=tweet]``), a
``<time datetime>`` and a permalink inside the post. Anything else is out of scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawlers.parsing import absolute_url, html_tree
from rasad.records import Record

# A post element of a rendered page; pipelines.posts uses it to recognise such a page.
POST_XPATH = "//*[@role='article'] | //article[@data-testid='tweet']"
_PERMALINK = re.compile(r"/(status|posts|permalink|videos|photos)/|story_fbid=")


@dataclass(frozen=True)
class SocialPost(Record):
    url: str
    date: str | None
    text: str
    page_url: str


def parse_social_posts(body: bytes, page_url: str) -> tuple[SocialPost, ...]:
    """Every post element of a rendered page, in page order (may be empty: login walls)."""
    tree = html_tree(body)
    if tree is None:
        return ()
    posts: list[SocialPost] = []
    for node in tree.xpath(POST_XPATH):
        if node.xpath("ancestor::*[@role='article']"):
            continue  # comments nested inside a post
        times = node.xpath(".//time[@datetime]")
        links = [a.get("href") for a in node.xpath(".//a[@href]") if _PERMALINK.search(a.get("href", ""))]
        text_nodes = node.xpath(".//*[@data-testid='tweetText'] | .//*[@data-ad-preview='message'] | "
                                ".//*[@data-post-text]")
        text = " ".join((text_nodes[0] if text_nodes else node).text_content().split())
        if not text:
            continue
        posts.append(SocialPost(
            url=(absolute_url(page_url, links[0]) if links else "") or page_url,
            date=times[0].get("datetime") if times else None,
            text=text,
            page_url=page_url,
        ))
    return tuple(posts)
