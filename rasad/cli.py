"""The ``rasad`` command: the front door for monitors, researchers and operators.

User mistakes and bad input end in one line on stderr and a non-zero exit; only
internal bugs show a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from rasad.errors import UserError
from rasad.settings import load_settings

EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


def _demo(args: argparse.Namespace) -> int:
    from rasad.fixture_site import FIXTURE_SITES, start_in_thread, stop
    from rasad.night import run_once

    settings = load_settings()
    settings.ensure_data_dir()
    # A fixed port keeps page URLs, and so lead ids, the same from one demo run to the next.
    port = int(os.environ.get("RASAD_DEMO_PORT", "8731"))
    print(f"rasad demo: serving the fixture news site on 127.0.0.1:{port}, crawling it into {settings.data_dir}",
          file=sys.stderr)
    try:
        server, base_url = start_in_thread(FIXTURE_SITES / "news", port)
    except OSError as exc:
        raise UserError(f"cannot serve the demo site on port {port} ({exc.strerror}); set RASAD_DEMO_PORT") from None
    try:
        summary = run_once(
            [f"{base_url}/rss.xml", f"{base_url}/sitemap.xml"],
            settings,
            source_id="fixture-news",
            extra_settings={"AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8},
        )
    finally:
        stop(server)
    for line in summary.lines():
        print(line)
    print('next: rasad search "طرابلس"')
    return 0


def _search(args: argparse.Namespace) -> int:
    from rasad.store.commands import search_command

    return search_command(args)


def _leads(args: argparse.Namespace) -> int:
    from rasad.store.commands import leads_command

    return leads_command(args)


def _index(args: argparse.Namespace) -> int:
    from rasad.store.commands import index_command

    return index_command(args)


def _extract(args: argparse.Namespace) -> int:
    """One JSON line per document; a bad input costs one stderr line and a non-zero exit at the end."""
    from pipelines.dedup import Deduplicator
    from pipelines.documents import InputError, read_inputs
    from pipelines.extract import extract_document
    from rasad.errors import QuarantineItem, SkipItem

    keys = ("url", "title", "text", "published_at", "language", "language_confidence", "arabizi")
    dedup = Deduplicator() if args.full else None
    failed = 0
    for source in args.inputs:
        for item in read_inputs(source, allow_private=args.allow_private):
            if isinstance(item, InputError):
                print(f"rasad extract: {item.source}: {item.reason}", file=sys.stderr)
                failed += 1
                continue
            try:
                document = extract_document(item.body, item.capture)
            except (SkipItem, QuarantineItem) as exc:
                kind = "skipped" if isinstance(exc, SkipItem) else "quarantined"
                print(f"rasad extract: {item.capture.final_url or source}: {kind}: {exc}", file=sys.stderr)
                failed += 1
                continue
            row = {key: getattr(document, key) for key in keys}
            if dedup is not None:
                document, duplicate = dedup.check(document)
                row = {**document.to_dict(), "duplicate": duplicate}
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def _annotate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from nlp.jsonl import annotate_file

    source, target = args.files
    stats = annotate_file(Path(source), Path(target))
    print(f"rasad annotate: {stats.annotated} annotated, {stats.quarantined} bad line(s) kept with their reason, "
          f"{stats.failed} internal error(s) -> {target}", file=sys.stderr)
    return 1 if stats.failed else 0


def _ner(args: argparse.Namespace) -> int:
    from pathlib import Path

    from nlp.ner import tag_conll_file

    source, target = args.files
    sentences, tokens = tag_conll_file(Path(source), Path(target), model=args.model)
    print(f"rasad ner: {tokens} tokens in {sentences} sentences tagged -> {target}", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from nlp.evaluate import run_eval

    report = run_eval(jsonl=[Path(p) for p in args.jsonl or ()], conll=[Path(p) for p in args.conll or ()],
                      strict=args.strict, ner_model=args.model, lang=[Path(p) for p in args.lang or ()],
                      held_back=args.held_back)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.format == "json" else report["text"])
    return 0


def _sources(args: argparse.Namespace) -> int:
    """List or validate the source registry (offline: never touches the network)."""
    from pathlib import Path

    import yaml

    from crawlers.sources import REGISTRY_PATH, load_sources, validate

    path = Path(args.file) if args.file else REGISTRY_PATH
    if args.action == "check":
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
        except yaml.YAMLError:
            raise UserError(f"{path}: not valid YAML") from None
        problems = validate(data)
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        if problems:
            print(f"{len(problems)} problem(s) in {path}", file=sys.stderr)
            return 1
        sources = load_sources(path)
        kinds = ", ".join(f"{sum(s.kind == k for s in sources)} {k}" for k in ("news", "telegram", "facebook", "x"))
        print(f"{len(sources)} sources valid ({kinds}); {sum(not s.verified for s in sources)} not yet verified "
              f"online, {sum(not s.enabled for s in sources)} disabled")
        return 0
    sources = load_sources(path)
    for source in sources:
        if args.format == "jsonl":
            import dataclasses

            print(json.dumps(dataclasses.asdict(source), ensure_ascii=False))
            continue
        flags = ("on " if source.enabled else "off") + (" verified" if source.verified else " unverified") + (
            " render" if source.render else "")
        print(f"{source.id:<28} {source.kind:<9} {source.language:<6} {flags:<24} {source.homepage}")
    return 0


def _archive(args: argparse.Namespace) -> int:
    """Re-check every WARC digest under the archive; exit 1 and name each record that fails."""
    from pathlib import Path

    from pipelines.archive import verify

    if args.action == "show":
        from rasad.captures import show_command

        if not args.path:
            raise UserError("archive show needs the capture's SHA-256 (rasad leads show ID prints it)")
        return show_command(load_settings().archive_dir, args.path, args.out, args.open)
    root = Path(args.path) if args.path else load_settings().archive_dir
    if not root.exists():
        raise UserError(f"no archive at {root} (set RASAD_DATA_DIR or pass a path)")
    if args.action == "adopt":
        from pipelines.archive import adopt

        try:
            adopted, refused = adopt(root)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        for problem in refused:
            print(f"NOT ADOPTED {problem.file}: {problem.reason}")
        print(f"{len(adopted)} file(s) added to the manifest, {len(refused)} problem(s)")
        return 1 if refused else 0
    report = verify(root)
    for problem in report.problems:
        print(f"TAMPERED {problem.file} offset {problem.offset} {problem.record_id or '-'}: {problem.reason}")
    for name in report.writable:
        print(f"WARNING {name} is writable: archive files should be read-only once closed", file=sys.stderr)
    status = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{report.files} file(s), {report.records} record(s) checked: {status}")
    return 0 if report.ok else 1


def _alerts(args: argparse.Namespace) -> int:
    from rasad.alerts.commands import alerts_command

    return alerts_command(args)


def _cases(args: argparse.Namespace) -> int:
    from rasad.cases.commands import cases_command

    return cases_command(args)


def _users(args: argparse.Namespace) -> int:
    from rasad.accounts.cli import users_command

    return users_command(args)


def _serve(args: argparse.Namespace) -> int:
    from rasad.web.serve import serve_command

    return serve_command(args)


def _run(args: argparse.Namespace) -> int:
    from flows.cli import run_command

    return run_command(args)


def _status(args: argparse.Namespace) -> int:
    from flows.cli import status_command

    return status_command(args)


def _report(args: argparse.Namespace) -> int:
    from rasad.outputs.commands import report_command

    return report_command(args)


def _export(args: argparse.Namespace) -> int:
    from rasad.outputs.commands import export_command

    return export_command(args)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``rasad`` parser; given a ``command``, with that command's parser only.

    Running one command needs no other command's options: building (and importing) all of them
    costs more than a search on the embedded store, so ``main`` builds only the one asked for.
    """
    parser = argparse.ArgumentParser(
        prog="rasad",
        description="rasad: find candidate human-rights incidents in Libyan news and social sources.",
        epilog='Start with `rasad demo`, then `rasad search "طرابلس"`.',
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add_command in [COMMANDS[command]] if command in COMMANDS else dict.fromkeys(COMMANDS.values()):
        add_command(commands)
    return parser


def _add_demo(commands: Any) -> None:
    demo = commands.add_parser("demo", help="crawl the bundled fixture site offline and store its leads")
    demo.set_defaults(handler=_demo)


def _add_search(commands: Any) -> None:
    from rasad.store.commands import add_search_parser

    add_search_parser(commands, _search)


def _add_leads(commands: Any) -> None:
    from rasad.store.commands import add_leads_parser

    add_leads_parser(commands, _leads)


def _add_index(commands: Any) -> None:
    from rasad.store.commands import add_index_parser

    add_index_parser(commands, _index)


def _add_extract(commands: Any) -> None:
    extract = commands.add_parser(
        "extract", help="extract text, title, date and language from saved pages or a URL (one JSON line each)")
    extract.add_argument("inputs", nargs="+", metavar="PATH_OR_URL",
                         help=".html, .html.gz, .warc or .warc.gz file, an http(s) URL, or - for stdin")
    extract.add_argument("--allow-private", action="store_true",
                         help="fetch URLs on internal addresses too (loopback, private, link-local)")
    extract.add_argument("--full", action="store_true",
                         help="print every document field, with story cluster ids and exact-duplicate reasons")
    extract.set_defaults(handler=_extract)


def _add_annotate(commands: Any) -> None:
    annotate = commands.add_parser(
        "annotate", help="find places, actors and candidate incidents in texts (JSON lines in, JSON lines out)")
    annotate.add_argument("--jsonl", nargs=2, metavar=("IN", "OUT"), required=True, dest="files",
                          help='IN has one {"id", "text"} object per line (optional "published_at", "language")')
    annotate.set_defaults(handler=_annotate)


def _add_ner(commands: Any) -> None:
    ner = commands.add_parser("ner", help="tag tokens with PERS/LOC/ORG/MISC (CoNLL in, token<TAB>label out)")
    ner.add_argument("--conll", nargs=2, metavar=("IN", "OUT"), required=True, dest="files",
                     help="IN: one token per line (extra columns ignored), blank line between sentences")
    ner.add_argument("--model", help="model folder (default: the shipped nlp/models/ner-ar)")
    ner.set_defaults(handler=_ner)


def _add_eval(commands: Any) -> None:
    evaluate = commands.add_parser(
        "eval", help="score the NLP on labelled data: incidents JSONL (dev.jsonl schema) and/or CoNLL NER")
    evaluate.add_argument("--jsonl", action="append", metavar="FILE",
                          help="labelled items in the schema of tests/data/incidents/dev.jsonl (repeatable)")
    evaluate.add_argument("--conll", action="append", metavar="FILE", help="gold CoNLL file (repeatable)")
    evaluate.add_argument("--strict", action="store_true", help="also score only items labelled 'clear'")
    evaluate.add_argument("--lang", action="append", metavar="FILE",
                          help="language-ID JSONL (text, language, arabizi) to score (repeatable)")
    evaluate.add_argument("--held-back", action="store_true",
                          help="score --conll files on their last 10 %% only (the NER training's held-back slice)")
    evaluate.add_argument("--model", help="NER model folder (default: the shipped one)")
    evaluate.add_argument("--format", choices=("text", "json"), default="text")
    evaluate.set_defaults(handler=_eval)


def _add_sources(commands: Any) -> None:
    sources = commands.add_parser("sources", help="list or check the source registry (crawlers/sources.yaml)")
    sources.add_argument("action", choices=("list", "check"), help="list: show sources; check: validate offline")
    sources.add_argument("--file", help="a registry file other than the bundled one")
    sources.add_argument("--format", choices=("table", "jsonl"), default="table")
    sources.set_defaults(handler=_sources)


def _add_archive(commands: Any) -> None:
    archive = commands.add_parser("archive", help="evidence archive tools")
    archive.add_argument("action", choices=("verify", "adopt", "show"),
                         help="verify: re-check every SHA-256 digest and every file against the manifest; "
                              "adopt: list sound, closed files written before the manifest existed; "
                              "show SHA256: where a capture is")
    archive.add_argument("path", nargs="?", help="verify/adopt: a WARC file or folder (default: the data dir's "
                         "archive); show: the capture's SHA-256")
    archive.add_argument("--out", metavar="FILE", help="show: write the WARC record to FILE")
    archive.add_argument("--open", action="store_true", help="show: print the archived page as text")
    archive.set_defaults(handler=_archive)


def _add_alerts(commands: Any) -> None:
    from rasad.alerts.commands import add_alerts_parser

    add_alerts_parser(commands, _alerts)


def _add_cases(name: str) -> Callable[[Any], None]:
    def add(commands: Any) -> None:
        from rasad.cases import commands as cases

        getattr(cases, f"add_{name}_parser")(commands, _cases)

    return add


def _add_users(commands: Any) -> None:
    from rasad.accounts.cli import add_users_parser

    add_users_parser(commands, _users)


def _add_serve(commands: Any) -> None:
    from rasad.web.serve import add_serve_parser

    add_serve_parser(commands, _serve)


def _add_run(commands: Any) -> None:
    from flows.cli import add_run_parser

    add_run_parser(commands, _run)


def _add_status(commands: Any) -> None:
    from flows.cli import add_status_parser

    add_status_parser(commands, _status)


def _add_report(commands: Any) -> None:
    from rasad.outputs.commands import add_report_parser

    add_report_parser(commands, _report)


def _add_export(commands: Any) -> None:
    from rasad.outputs.commands import add_export_parser

    add_export_parser(commands, _export)


# Command name -> what adds its parser, in the order ``rasad --help`` lists them.
COMMANDS: dict[str, Callable[[Any], None]] = {
    "demo": _add_demo,
    "search": _add_search,
    "leads": _add_leads,
    "index": _add_index,
    "extract": _add_extract,
    "annotate": _add_annotate,
    "ner": _add_ner,
    "eval": _add_eval,
    "sources": _add_sources,
    "archive": _add_archive,
    "alerts": _add_alerts,
    "incidents": _add_cases("incidents"),
    "victims": _add_cases("victims"),
    "keys": _add_cases("keys"),
    "audit": _add_cases("audit"),
    "users": _add_users,
    "serve": _add_serve,
    "run": _add_run,
    "status": _add_status,
    "report": _add_report,
    "export": _add_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_help()  # every command, whichever parser ran
        return EXIT_USAGE
    try:
        return handler(args)
    except UserError as exc:
        print(f"rasad {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"rasad {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (`| head`): normal use, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit does not fail again
        return 0


if __name__ == "__main__":
    sys.exit(main())
