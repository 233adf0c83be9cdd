"""The ``rasad search``, ``rasad leads ...`` and ``rasad index ...`` commands (parsers and handlers).

Kept beside the store so ``rasad/cli.py`` only wires them in. Output never goes to logs:
lead text and notes are printed to the terminal of the person who asked for them.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rasad.errors import RetryableError, UserError
from rasad.records import LEAD_STATUSES, Lead
from rasad.settings import Settings, load_settings
from rasad.store.base import COUNT_FIELDS, SORTS, LeadStore, SearchQuery, SearchResult, parse_bbox
from rasad.triage import TriageEdit, default_actor

FILTER_OPTIONS = (("type", "incident_type", "incident type, e.g. killing"),
                  ("place", "place", "gazetteer place id, e.g. ly-tripoli"),
                  ("region", "region", "admin region id"),
                  ("actor", "actor", "actor registry id"),
                  ("source", "source", "source id"),
                  ("language", "language", "ar or en"),
                  ("status", "status", f"triage status: {', '.join(LEAD_STATUSES)}"),
                  ("assignee", "assignee", "who the lead is assigned to"),
                  ("victim", "victim", "victim category: children, women, migrants, journalists, activists or protesters"),
                  ("cluster", "cluster", "story cluster id: the same story from every outlet"))
CSV_COLUMNS = ("id", "published_at", "incident_types", "places", "regions", "status", "assignee", "score",
               "killed", "injured", "detained", "event_date", "event_date_precision", "victim_categories",
               "cluster_id", "title", "url", "evidence")


@contextmanager
def opened_store(settings: Settings | None = None) -> Iterator[LeadStore]:
    """The configured store; a node that stops answering becomes one clear line, not a traceback."""
    from rasad.store import open_store

    settings = settings or load_settings()
    if not settings.search_url and not settings.sqlite_path.exists():
        raise UserError(f"no leads yet in {settings.sqlite_path}: run `rasad demo` first (or set RASAD_DATA_DIR)")
    try:
        with open_store(settings) as store:
            yield store
    except RetryableError as exc:
        raise UserError(f"{exc} (nothing was lost: try again later)") from None


def add_search_parser(commands: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    search = commands.add_parser(
        "search", help="search leads (Arabic-aware: أ/إ/ا, ة/ه, ى/ي, diacritics, و/ب/ل/ال, light stemming)")
    add_query_options(search)
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument("--facets", action="store_true",
                        help="also count leads by type x region x month and by victim category")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    search.set_defaults(handler=handler)


def add_query_options(parser: argparse.ArgumentParser) -> None:
    """What a researcher query asks (words, filters, dates, box): shared by search and saved searches."""
    parser.add_argument("query", nargs="?", default="", help="words to look for (all must match)")
    _add_filters(parser)
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    _add_ranges(parser)
    parser.add_argument("--bbox", metavar="TOP,LEFT,BOTTOM,RIGHT", help="event location inside this box")
    parser.add_argument("--exact", action="store_true", help="match words as written (no stemming)")


def query_from_args(args: argparse.Namespace, **page: Any) -> SearchQuery:
    return SearchQuery(
        text=args.query, filters=_filters(args), date_from=args.date_from, date_to=args.date_to,
        bbox=parse_bbox(args.bbox) if args.bbox else None, exact=args.exact, **_ranges(args), **page,
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    for option, _, help_text in FILTER_OPTIONS:
        parser.add_argument(f"--{option}", help=help_text)


def _add_ranges(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event-from", metavar="YYYY-MM-DD", help="event (not publication) on or after")
    parser.add_argument("--event-to", metavar="YYYY-MM-DD", help="event on or before")
    for name in COUNT_FIELDS:
        parser.add_argument(f"--min-{name}", metavar="N", help=f"at least N {name} (as stated in the text)")


def _ranges(args: argparse.Namespace) -> dict[str, Any]:
    ranges: dict[str, Any] = {"event_from": args.event_from, "event_to": args.event_to}
    for name in COUNT_FIELDS:
        value = getattr(args, f"min_{name}")
        if value is not None and not (value.isascii() and value.isdigit()):
            raise UserError(f"--min-{name} needs a whole number >= 0, not {value[:20]!r}")
        ranges[f"min_{name}"] = None if value is None else int(value)
    return ranges


def _filters(args: argparse.Namespace) -> dict[str, str]:
    return {name: value for option, name, _ in FILTER_OPTIONS if (value := getattr(args, option, None))}


def search_command(args: argparse.Namespace) -> int:
    query = query_from_args(args, limit=args.limit, offset=args.offset, sort=args.sort, facets=args.facets)
    with opened_store() as store:
        print_result(store.search(query), args.format, store.short_id)
    return 0


def print_result(result: SearchResult, fmt: str, short_id: Callable[[str], str] = str) -> None:
    """Leads as a table (short ids: any unique prefix resolves), JSONL or CSV (full ids)."""
    if fmt == "jsonl":
        for hit in result.hits:
            row = {**hit.lead.to_dict(), "relevance": hit.score, "highlights": [h.marked() for h in hit.highlights]}
            print(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for hit in result.hits:
            lead = hit.lead
            writer.writerow([lead.id, lead.published_at or "", ";".join(lead.incident_types), ";".join(lead.places),
                             ";".join(lead.regions), lead.status, lead.assignee or "", lead.score,
                             *("" if v is None else v for v in (lead.killed, lead.injured, lead.detained,
                                                               lead.event_date, lead.event_date_precision)),
                             ";".join(lead.victim_categories), lead.cluster_id or "", lead.title,
                             lead.url, " | ".join(h.marked() for h in hit.highlights)])
    else:
        print(f"{result.total} lead(s)")
        for hit in result.hits:
            lead = hit.lead
            print(f"{short_id(lead.id):<8}  {lead.published_at or '-':<25.25}  {','.join(lead.incident_types):<20}  "
                  f"{','.join(lead.places) or '-':<30}  {lead.status:<9}  {lead.title[:80]}")
            for highlight in hit.highlights[:1]:
                print(f"    » {highlight.marked()[:240]}")
    if result.facets:
        out = sys.stdout if fmt == "table" else sys.stderr  # jsonl/csv stay one lead per line
        print("facets (incident type, region, month: leads)", file=out)
        for bucket in result.facets[:50]:
            print(f"  {bucket.incident_type or '-':<22} {bucket.region or '-':<22} {bucket.month or '-':<8} "
                  f"{bucket.count}", file=out)
    if result.victim_facets:
        out = sys.stdout if fmt == "table" else sys.stderr
        print("facets (victim category: leads)", file=out)
        for count in result.victim_facets:
            print(f"  {count.value:<22} {count.count}", file=out)


# -- rasad leads ----------------------------------------------------------------------------------

LEAD_ACTIONS = {
    "assign": "assign the lead to someone: leads assign ID NAME",
    "review": "start reviewing (new -> in_review; also re-opens a decided lead)",
    "verify": "mark as verified (in_review -> verified)",
    "reject": "mark as rejected (in_review -> rejected)",
    "duplicate": "mark as a duplicate (in_review -> duplicate), optionally --of ORIGINAL_ID",
    "note": "add a note: leads note ID TEXT",
}


def add_leads_parser(commands: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    leads = commands.add_parser("leads", help="triage leads: list, show, assign, review, verify, reject, ...")
    actions = leads.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list leads, newest first")
    _add_filters(listing)
    _add_ranges(listing)
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    show = actions.add_parser("show", help="show one lead with its triage fields")
    show.add_argument("id")
    show.add_argument("--format", choices=("text", "json"), default="text")
    history = actions.add_parser("history", help="the lead's triage log, oldest first")
    history.add_argument("id")
    for name, help_text in LEAD_ACTIONS.items():
        action = actions.add_parser(name, help=help_text)
        action.add_argument("id")
        if name in ("assign", "note"):
            action.add_argument("value", metavar="NAME" if name == "assign" else "TEXT")
        if name == "duplicate":
            action.add_argument("--of", dest="value", metavar="ORIGINAL_ID")
        action.add_argument("--as", dest="actor", help="your pseudonym in the log (default: $RASAD_ACTOR or login)")
        action.add_argument("--expect-version", type=int,
                            help="fail with a conflict if the lead is no longer at this version")
    leads.set_defaults(handler=handler)


def leads_command(args: argparse.Namespace) -> int:
    with opened_store() as store:
        if args.action == "list":
            query = SearchQuery(filters=_filters(args), limit=args.limit, offset=args.offset, sort="newest",
                                match_all=True, **_ranges(args))
            print_result(store.search(query), args.format, store.short_id)
            return 0
        lead_id = store.resolve_id(args.id)
        if args.action == "history":
            for event in store.history(lead_id):
                changed = {k: v for k, v in event.after.items() if event.before.get(k) != v and k != "version"}
                print(f"{event.at}  v{event.after.get('version')}  {event.actor:<16} {event.action:<10} "
                      f"{json.dumps(changed, ensure_ascii=False)}")
            return 0
        if args.action == "show":
            lead = store.get(lead_id)
            if lead is None:
                raise UserError(f"no lead {lead_id!r}")
            _show(lead, args.format)
            return 0
        value = getattr(args, "value", None)
        if args.action == "duplicate" and value:
            value = store.resolve_id(value)
        edit = TriageEdit(args.action, args.actor or default_actor(), value)
        from rasad.cases.audit import triaged

        lead = triaged(load_settings(), store, lead_id, edit, args.expect_version)
    print(f"{lead.id}: {lead.status}, assignee {lead.assignee or '-'}, {len(lead.notes)} note(s), "
          f"version {lead.version}")
    return 0


def _show(lead: Lead, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(lead.to_dict(), ensure_ascii=False, indent=2))
        return
    for name in ("id", "status", "assignee", "version", "title", "url", "published_at", "source_id",
                 "incident_types", "places", "regions", "actors", "location", "score", "killed", "injured",
                 "detained", "event_date", "event_date_precision", "victim_categories", "cluster_id"):
        value = getattr(lead, name)
        shown = ", ".join(map(str, value)) if isinstance(value, tuple) and name != "location" else value
        print(f"{name:>15}: {shown if shown not in (None, '') else '-'}")
    for sentence in lead.evidence:
        print(f"{'evidence':>15}: {sentence}")
    for note in lead.notes:
        print(f"{'note':>15}: {note}")
    from rasad.captures import pointer_lines

    for line in pointer_lines(load_settings().archive_dir, lead.capture_sha256):
        print(line)


# -- rasad index ----------------------------------------------------------------------------------


def add_index_parser(commands: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    index = commands.add_parser("index", help="index maintenance: status, migrate, rebuild")
    actions = index.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("status", help="which index the alias points to, its mapping version and lead count")
    migrate = actions.add_parser("migrate", help="new index version from the templates, copy, swap the alias")
    migrate.add_argument("--delete-old", action="store_true", help="delete the previous index afterwards")
    rebuild = actions.add_parser("rebuild", help="recreate the index from the WARC archive plus the triage log")
    rebuild.add_argument("--archive", help="archive root (default: the data dir's archive)")
    rebuild.add_argument("--triage-log", metavar="FILE",
                         help="replay this exported triage log (for when the store is gone or damaged)")
    export = actions.add_parser("export-log", help="write the triage log to FILE (JSON lines) for rebuilds")
    export.add_argument("file", metavar="FILE")
    index.set_defaults(handler=handler)


def index_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rasad.store import maintenance

    settings = load_settings()
    try:
        if args.action == "status":
            for line in maintenance.status(settings):
                print(line)
        elif args.action == "migrate":
            print(maintenance.migrate(settings, delete_old=args.delete_old))
        elif args.action == "export-log":
            from rasad.store import open_store
            from rasad.store.triage_log import export_log

            with open_store(settings) as store:
                count = export_log(store, Path(args.file))
            print(f"{count} triage event(s) written to {args.file}")
        else:
            archive = Path(args.archive) if args.archive else settings.archive_dir
            log = Path(args.triage_log) if args.triage_log else None
            message, lost = maintenance.rebuild_report(settings, archive, triage_log=log)
            print(message)
            if lost:
                return 1
    except RetryableError as exc:
        raise UserError(f"{exc} (the previous index is untouched: try again later)") from None
    return 0
