"""Duplicates and stories: exact (canonical URL, normalised text hash) and near-duplicate clustering.

Monitors need one story with its sources, not ten syndicated copies. Exact duplicates are the
same article reached twice (tracking parameters, http/https, www, AMP) or the same text under
another URL. Near-duplicates are the same story lightly rewritten by other outlets: MinHash over
word shingles of the normalised Arabic text (nlp.normalize, clitics stripped, so والقوات and
القوات match), banded LSH to find candidates, and a check on estimated Jaccard similarity or
containment (a short syndicated lead inside a longer article) to join them into one story.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import numpy as np

from nlp.normalize import search_terms
from rasad.records import Document

# Query parameters that identify a campaign or a click, never the article.
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "_hs")
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "source",
        "src",
        "cmpid",
        "ocid",
        "ito",
        "share",
        "amp",
        "output",
        "s_cid",
        "spm",
        "from",
        "feature",
        "at_medium",
        "at_campaign",
        "rss",
        "xtor",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
_AMP_SUFFIX = re.compile(r"/(amp|amp\.html)/?$")


def canonical_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default port or case differences in the host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = quote(unquote(parts.path or "/"), safe="/%:@!$&'()*+,;=-._~")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_PARAMS and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def url_key(url: str) -> str:
    """Key under which two URLs are the same article: canonical, and blind to scheme, www/m/amp and '/'."""
    return _key_of_canonical(canonical_url(url))


def _key_of_canonical(url: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix) :]
            break
    path = _AMP_SUFFIX.sub("", parts.path).rstrip("/") or "/"
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def text_hash(text: str) -> str:
    """SHA-256 of the search terms (normalised, proclitics removed): equal for texts that differ only in
    spelling variants."""
    return _terms_hash(search_terms(text))


def _terms_hash(terms: list[str]) -> str:
    return hashlib.sha256(" ".join(terms).encode("utf-8")).hexdigest()


SHINGLE_WORDS = 3
NUM_PERM = 128
BANDS = 64  # 64 bands x 2 rows: pairs with Jaccard >= 0.2 become candidates with probability > 0.92
MIN_JACCARD = 0.30
MIN_CONTAINMENT = 0.60
MIN_SHINGLES = 8  # texts shorter than this are never merged: too little evidence
MAX_SHINGLE_CHARS = 5000
# Multiply-shift hashing (Dietzfelbinger): (a*x + b) mod 2^64, top 32 bits; a odd. numpy's uint64
# arithmetic wraps, which is the mod 2^64. Fixed seed: signatures must agree across processes and runs.
_RNG = np.random.RandomState(20240601)
_PERM_A = _RNG.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64) * np.uint64(
    4
) + np.uint64(1)
_PERM_B = _RNG.randint(0, 1 << 62, size=NUM_PERM, dtype=np.int64).astype(np.uint64) * np.uint64(4)
_SHIFT = np.uint64(32)


def shingles(text: str, size: int = SHINGLE_WORDS, terms: list[str] | None = None) -> set[str]:
    """Word n-grams of the first MAX_SHINGLE_CHARS characters: a story is told in its opening paragraphs.

    ``terms``, the search terms of the whole text when the caller has them, spare analysing a short
    text twice (a longer one is analysed again up to the cut, where a word may be split).
    """
    if terms is None or len(text) > MAX_SHINGLE_CHARS:
        terms = search_terms(text[:MAX_SHINGLE_CHARS])
    if len(terms) < size:
        return {" ".join(terms)} if terms else set()
    # zip of shifted views, joined by map: the same n-grams as slicing per position, a third faster.
    return set(map(" ".join, zip(*(terms[i:] for i in range(size)))))


def minhash(shingle_set: set[str]) -> np.ndarray:
    """MinHash signature (NUM_PERM values) of a shingle set; deterministic across processes."""
    if not shingle_set:
        return np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    # map over C functions, not a generator: the same CRCs (str.encode is UTF-8) at a fifth less cost.
    hashed = np.array(list(map(zlib.crc32, map(str.encode, shingle_set))), dtype=np.uint64)
    with np.errstate(over="ignore"):
        return ((np.outer(hashed, _PERM_A) + _PERM_B) >> _SHIFT).min(axis=0)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class _Entry:
    signature: np.ndarray
    size: int


class StoryIndex:
    """Incremental near-duplicate clustering: add texts one by one, get each one's story id.

    A story id is the key of its first member, so ids stay stable while later copies join.
    """

    def __init__(self, min_jaccard: float = MIN_JACCARD, min_containment: float = MIN_CONTAINMENT) -> None:
        self.min_jaccard = min_jaccard
        self.min_containment = min_containment
        self._entries: dict[str, _Entry] = {}
        # Per band: rows -> the key of the only text with these rows, or the list of keys once there are more.
        # Most rows are one text's: a string there, not a one-item list, spares the garbage collector
        # 64 container objects per text that every full collection of a long batch would walk again.
        self._buckets: list[dict[bytes, str | list[str]]] = [{} for _ in range(BANDS)]
        self._parent: dict[str, str] = {}
        self._age: dict[str, int] = {}

    def _root(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def similar(self, a: _Entry, b: _Entry) -> bool:
        jaccard = float(np.mean(a.signature == b.signature))
        if jaccard >= self.min_jaccard:
            return True
        # |A∩B| = J(|A|+|B|)/(1+J); containment of the smaller text in the larger one.
        smaller = min(a.size, b.size)
        containment = jaccard * (a.size + b.size) / ((1 + jaccard) * smaller) if smaller else 0.0
        return containment >= self.min_containment

    def add(self, key: str, text: str, terms: list[str] | None = None) -> str:
        """Index one text under ``key`` and return its story id (``terms``: its search terms, if known)."""
        if key in self._parent:
            return self._root(key)
        shingle_set = shingles(text, terms=terms)
        entry = _Entry(minhash(shingle_set), len(shingle_set))
        self._entries[key] = entry
        self._parent[key] = key
        self._age[key] = len(self._age)
        if entry.size < MIN_SHINGLES:
            return key
        width = entry.signature.itemsize * NUM_PERM // BANDS  # bytes of one band's rows
        raw = entry.signature.tobytes()  # sliced as bytes: 64 numpy slices cost more than the hashing
        candidates: dict[str, None] = {}
        for band, bucket in enumerate(self._buckets):
            rows = raw[band * width : (band + 1) * width]
            members = bucket.get(rows)
            if members is None:
                bucket[rows] = key
            elif isinstance(members, str):
                candidates[members] = None
                bucket[rows] = [members, key]
            else:
                candidates.update(dict.fromkeys(members))
                members.append(key)
        for other in candidates:
            if self.similar(entry, self._entries[other]):
                mine, theirs = self._root(key), self._root(other)
                if mine != theirs:
                    # The older story keeps its id.
                    older, newer = sorted((mine, theirs), key=self._age.__getitem__)
                    self._parent[newer] = older
        return self._root(key)

    def story_of(self, key: str) -> str:
        return self._root(key)

    def stories(self) -> dict[str, list[str]]:
        """Story id -> member keys, in insertion order."""
        grouped: dict[str, list[str]] = {}
        for key in self._parent:
            grouped.setdefault(self._root(key), []).append(key)
        return grouped


def cluster_texts(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """key -> story id for (key, text) pairs."""
    index = StoryIndex()
    keys = []
    for key, text in items:
        index.add(key, text)
        keys.append(key)
    return {key: index.story_of(key) for key in keys}


class Deduplicator:
    """Exact and near-duplicate checks for a stream of documents (one batch, one process).

    ``check`` returns the document with ``canonical_url`` and ``cluster_id`` set, and a reason when
    it is an exact duplicate of one seen before (the caller dead-letters it as a skip).
    """

    def __init__(self) -> None:
        self._urls: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self.stories = StoryIndex()

    def check(self, document: Document) -> tuple[Document, str | None]:
        url = document.canonical_url or canonical_url(document.url)
        key = _key_of_canonical(url)
        terms = search_terms(document.text)  # analysed once, for the hash and the shingles
        digest = _terms_hash(terms)
        if key in self._urls:
            first = self._urls[key]
            return replace(
                document, canonical_url=url, cluster_id=_story_id(self.stories.story_of(first))
            ), f"duplicate: same canonical URL as {first}"
        if digest in self._texts:
            first = self._texts[digest]
            self._urls[key] = first
            return replace(
                document, canonical_url=url, cluster_id=_story_id(self.stories.story_of(first))
            ), f"duplicate: same text as {first}"
        self._urls[key] = url
        self._texts[digest] = url
        story = self.stories.add(url, document.text, terms)
        return replace(document, canonical_url=url, cluster_id=_story_id(story)), None


def _story_id(first_member: str) -> str:
    return "story-" + hashlib.sha256(first_member.encode("utf-8")).hexdigest()[:16]
