"""Which sources a night crawls: the registry (crawlers/sources.yaml) and/or ad-hoc sites.

Ad-hoc sites (``rasad run --site URL`` or ``--site ID=URL``) are for local and test sites; they
get an id from their host and port unless one is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from crawlers.sources import REGISTRY_PATH, load_sources
from rasad.errors import UserError
from rasad.night import SourcePlan, host_group_of

_SITE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def site_plan(spec: str) -> SourcePlan:
    """``URL`` or ``ID=URL`` -> a plan for one ad-hoc news site."""
    source_id, _, url = spec.rpartition("=") if "=" in spec.split("://", 1)[0] else ("", "", spec)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"--site needs an http(s) URL (optionally ID=URL), not {spec!r}")
    if not source_id:
        source_id = re.sub(r"[^a-z0-9]+", "-", f"site-{parts.hostname}-{parts.port or ''}".lower()).strip("-")
    if not _SITE_ID.match(source_id):
        raise UserError(f"site id {source_id!r} must be lowercase letters, digits and dashes")
    return SourcePlan(source_id, (url,), host_group_of(url))


def registry_plans(path: Path = REGISTRY_PATH, only: Sequence[str] = ()) -> list[SourcePlan]:
    """Enabled registry sources (or just ``only``, which must exist and be enabled)."""
    sources = {source.id: source for source in load_sources(path)}
    unknown = [source_id for source_id in only if source_id not in sources]
    if unknown:
        raise UserError(f"no source with id {unknown[0]!r} in {path}")
    chosen = [sources[source_id] for source_id in only] if only else list(sources.values())
    return [SourcePlan(s.id, s.start_urls, host_group_of(s.homepage), s) for s in chosen if s.enabled]


def resolve_plans(sites: Sequence[str] = (), registry: str | None = None,
                  source_ids: Sequence[str] = ()) -> list[SourcePlan]:
    """Sites given explicitly replace the registry unless a registry or source ids are also given."""
    plans = [site_plan(spec) for spec in sites]
    if registry or source_ids or not plans:
        plans += registry_plans(Path(registry) if registry else REGISTRY_PATH, source_ids)
    ids = [plan.source_id for plan in plans]
    duplicate = next((source_id for source_id in ids if ids.count(source_id) > 1), None)
    if duplicate:
        raise UserError(f"source id {duplicate!r} is given twice")
    if not plans:
        raise UserError("no enabled source to crawl (check the registry or pass --site URL)")
    return plans
