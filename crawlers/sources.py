"""The source registry (``crawlers/sources.yaml``): schema, validation and loading.

Sources are reviewed data, not code. Validation is offline (it never touches the network) and
reports every problem as one line naming the entry, so a reviewer can fix the file quickly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from rasad.errors import UserError

REGISTRY_PATH = Path(__file__).with_name("sources.yaml")

KINDS = ("news", "telegram", "facebook", "x")
LANGUAGES = ("ar", "en", "ar+en")
DISCOVERY_TYPES = ("rss", "atom", "sitemap", "news_sitemap", "listing", "channel", "page", "profile")
ROBOTS_POLICIES = ("obey", "ignore")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
_TELEGRAM_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_KNOWN_KEYS = {
    "id", "name", "kind", "language", "homepage", "discovery", "render", "enabled", "robots",
    "robots_override_reason", "politeness", "proxy", "affiliation", "reliability", "notes",
    "verified", "handle", "fragile",
}
_POLITENESS_KEYS = {"concurrency", "delay_s", "page_budget"}


@dataclass(frozen=True)
class Discovery:
    type: str
    url: str


@dataclass(frozen=True)
class Politeness:
    """Per-host limits for one source; the defaults suit small Libyan sites."""

    concurrency: int = 1
    delay_s: float = 2.0
    page_budget: int = 500


@dataclass(frozen=True)
class Source:
    """One monitored source. ``verified`` says whether its URLs were checked online by a person."""

    id: str
    name: str
    kind: str
    language: str
    homepage: str
    discovery: tuple[Discovery, ...] = ()
    render: bool = False
    enabled: bool = True
    robots: str = "obey"
    robots_override_reason: str = ""
    politeness: Politeness = field(default_factory=Politeness)
    proxy: str | None = None
    affiliation: str = ""
    reliability: str = ""
    notes: str = ""
    verified: bool = False
    handle: str = ""
    fragile: bool = False

    @property
    def start_urls(self) -> tuple[str, ...]:
        """Where a crawl of this source starts: its discovery URLs, else its homepage."""
        return tuple(d.url for d in self.discovery) or (self.homepage,)

    @property
    def obeys_robots(self) -> bool:
        return self.robots == "obey"


def _is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


def _problems_of(entry: Mapping[str, Any]) -> list[str]:
    """Every schema problem of one registry entry (empty list: the entry is valid)."""
    problems: list[str] = []
    unknown = sorted(set(entry) - _KNOWN_KEYS)
    if unknown:
        problems.append(f"unknown field(s) {', '.join(unknown)}")
    for key in ("id", "name", "kind", "language", "homepage"):
        if not isinstance(entry.get(key), str) or not entry.get(key):
            problems.append(f"'{key}' is required (a non-empty string)")
    if isinstance(entry.get("id"), str) and not _ID.match(entry["id"]):
        problems.append("'id' must be lowercase letters, digits and dashes")
    if entry.get("kind") not in KINDS:
        problems.append(f"'kind' must be one of {', '.join(KINDS)}")
    if entry.get("language") not in LANGUAGES:
        problems.append(f"'language' must be one of {', '.join(LANGUAGES)}")
    if "homepage" in entry and not _is_http_url(entry["homepage"]):
        problems.append("'homepage' must be an http(s) URL")
    for i, item in enumerate(entry.get("discovery") or []):
        if not isinstance(item, Mapping) or item.get("type") not in DISCOVERY_TYPES:
            problems.append(f"discovery[{i}]: 'type' must be one of {', '.join(DISCOVERY_TYPES)}")
        elif not _is_http_url(item.get("url")):
            problems.append(f"discovery[{i}]: 'url' must be an http(s) URL")
    for flag in ("render", "enabled", "verified", "fragile"):
        if flag in entry and not isinstance(entry[flag], bool):
            problems.append(f"'{flag}' must be true or false")
    if entry.get("robots", "obey") not in ROBOTS_POLICIES:
        problems.append("'robots' must be obey or ignore")
    if entry.get("robots") == "ignore" and not str(entry.get("robots_override_reason") or "").strip():
        problems.append("'robots: ignore' needs a 'robots_override_reason'")
    politeness = entry.get("politeness") or {}
    if not isinstance(politeness, Mapping) or set(politeness) - _POLITENESS_KEYS:
        problems.append(f"'politeness' may only set {', '.join(sorted(_POLITENESS_KEYS))}")
    else:
        for key in ("concurrency", "page_budget"):
            if key in politeness and (not isinstance(politeness[key], int) or politeness[key] < 1):
                problems.append(f"politeness.{key} must be a positive integer")
        if "delay_s" in politeness and (not isinstance(politeness["delay_s"], int | float)
                                        or politeness["delay_s"] < 0):
            problems.append("politeness.delay_s must be a number >= 0")
    proxy = entry.get("proxy")
    if proxy is not None and not (isinstance(proxy, str) and urlsplit(proxy).scheme in ("http", "https", "socks5")):
        problems.append("'proxy' must be an http(s):// or socks5:// URL")
    kind = entry.get("kind")
    if kind == "telegram" and not _TELEGRAM_HANDLE.match(str(entry.get("handle") or "")):
        problems.append("a telegram source needs a 'handle' (5-32 letters, digits, underscores)")
    if kind in ("facebook", "x") and entry.get("render") is not True:
        problems.append(f"a {kind} source needs 'render: true' (pages are built by JavaScript)")
    if kind in ("facebook", "x") and entry.get("fragile") is not True:
        problems.append(f"a {kind} source must be marked 'fragile: true' (logged-out access breaks often)")
    if not str(entry.get("affiliation") or "").strip():
        problems.append("'affiliation' is required (say 'unknown' if it is)")
    return problems


def validate(data: object) -> list[str]:
    """All problems of a parsed registry, one line each; an empty list means valid."""
    if not isinstance(data, Mapping) or not isinstance(data.get("sources"), list):
        return ["the registry must be a mapping with a 'sources' list"]
    problems: list[str] = []
    seen: set[str] = set()
    for i, entry in enumerate(data["sources"]):
        if not isinstance(entry, Mapping):
            problems.append(f"sources[{i}]: must be a mapping")
            continue
        label = f"sources[{i}] ({entry.get('id', '?')})"
        problems.extend(f"{label}: {p}" for p in _problems_of(entry))
        if entry.get("id") in seen:
            problems.append(f"{label}: duplicate id")
        seen.add(str(entry.get("id")))
    return problems


def _source_of(entry: Mapping[str, Any]) -> Source:
    values = {k: v for k, v in entry.items() if k not in ("discovery", "politeness")}
    return Source(
        **values,
        discovery=tuple(Discovery(d["type"], d["url"]) for d in entry.get("discovery") or []),
        politeness=Politeness(**(entry.get("politeness") or {})),
    )


def parse_registry(text: str, origin: str = "sources.yaml") -> tuple[Source, ...]:
    """Sources of a registry text, or UserError naming the first problems found."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise UserError(f"{origin}: not valid YAML{where}") from None
    problems = validate(data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise UserError(f"{origin}: {problems[0]}{more}")
    return tuple(_source_of(entry) for entry in data["sources"])


def load_sources(path: Path = REGISTRY_PATH) -> tuple[Source, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot read source registry {path}: {exc.strerror or exc}") from None
    return parse_registry(text, str(path))


def source_by_id(sources: Sequence[Source], source_id: str) -> Source:
    for source in sources:
        if source.id == source_id:
            return source
    raise UserError(f"no source with id {source_id!r} in the registry")
