"""``rasad report`` and ``rasad export referral|verify``: argument parsing and the adapters to the case store.

Each adapter (``load_*``) is the one place that reaches ``rasad.cases.service`` or the lead store; the
report and referral modules only ever see lists of records.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from rasad.cases.records import AuditEvent, IncidentRecord
from rasad.errors import UserError
from rasad.records import Lead

Handler = Callable[[argparse.Namespace], int]
EXIT_FAILED = 1


def add_report_parser(commands: Any, handler: Handler) -> None:
    report = commands.add_parser("report", help="write a monthly or yearly report (HTML in Arabic and English, "
                                                "CSV tables, SVG charts and district map)")
    when = report.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", metavar="YYYY-MM", help="report on one month, by event date")
    when.add_argument("--year", metavar="YYYY", help="report on one year, by event date")
    report.add_argument("--out", metavar="DIR", help="output folder (default: reports/PERIOD/)")
    report.add_argument("--include-unverified", action="store_true",
                        help="also count open (unverified) incidents, marked as such")
    report.set_defaults(handler=handler)


def add_export_parser(commands: Any, handler: Handler) -> None:
    export = commands.add_parser("export", help="referral packages: BagIt bags time-stamped by an RFC 3161 TSA")
    actions = export.add_subparsers(dest="export_action", metavar="ACTION", required=True)
    referral = actions.add_parser("referral", help="package incidents with their evidence (needs RASAD_TSA_URL)")
    referral.add_argument("incident_ids", nargs="+", metavar="INCIDENT_ID")
    referral.add_argument("--out", metavar="DIR", required=True, help="the bag folder to create (must not exist)")
    verify = actions.add_parser("verify", help="check a referral bag: hashes, time-stamp, WARC digests")
    verify.add_argument("bag", metavar="DIR")
    verify.add_argument("--tsa-cert", metavar="PEM", help="the TSA certificate to trust (default: the bag's copy)")
    export.set_defaults(handler=handler)


# --- adapters: the only code here that knows where cases and leads are stored -----------------------------


def _engine() -> Any:
    """The case store's engine; a store that does not exist yet is an error, never created by an output."""
    from sqlalchemy.engine import make_url

    from rasad.db.base import database_url, open_database
    from rasad.settings import load_settings

    settings = load_settings()
    if not os.environ.get("RASAD_DB_URL") and not settings.data_dir.is_dir():
        raise UserError(f"no data directory {settings.data_dir} (set RASAD_DATA_DIR); nothing written")
    url = make_url(database_url(settings))
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        raise UserError(f"no case store at {url.database}: no incident has been recorded in this data "
                        "directory (set RASAD_DATA_DIR?); nothing written")
    return open_database(settings)


def load_period_incidents(first_day: str, last_day: str) -> list[IncidentRecord]:
    """Every incident whose event date falls between the two ISO dates (inclusive), any status."""
    engine, page, found = _engine(), 1000, []
    from rasad.cases.service import list_incidents

    while True:  # the service lists a page at a time
        batch = list_incidents(engine, status=None, event_from=first_day, event_to=last_day, limit=page,
                               offset=len(found))
        found.extend(batch)
        if len(batch) < page:
            return found


def load_incidents(incident_ids: Sequence[str]) -> list[IncidentRecord]:
    """The named incidents; an unknown id is a one-line error."""
    engine = _engine()
    from rasad.cases.service import get_incident

    found = []
    for incident_id in incident_ids:
        try:
            incident = get_incident(engine, incident_id)
        except LookupError:
            incident = None
        if incident is None:
            raise UserError(f"unknown incident id {incident_id!r}; nothing written")
        found.append(incident)
    return found


def load_audit_events(subject_ids: Sequence[str]) -> list[AuditEvent]:
    engine = _engine()
    from rasad.cases.service import audit_events

    return list(audit_events(engine, subject_ids=list(subject_ids)))


def load_leads(lead_ids: Sequence[str]) -> list[Lead]:
    from rasad.settings import load_settings
    from rasad.store import open_store

    with open_store(load_settings()) as store:
        leads = []
        for lead_id in lead_ids:
            lead = store.get(lead_id)
            if lead is None:
                raise UserError(f"lead {lead_id!r} of the incident is not in the lead store; nothing written")
            leads.append(lead)
    return leads


# --- commands ---------------------------------------------------------------------------------------------


def report_command(args: argparse.Namespace) -> int:
    from rasad.outputs.periods import month_period, year_period

    period = month_period(args.month) if args.month else year_period(args.year)
    previous = period.previous()
    incidents = load_period_incidents(previous.start.isoformat(), (period.end - timedelta(days=1)).isoformat())
    out = Path(args.out) if args.out else Path("reports") / period.label
    return run_report(incidents, period, out, args.include_unverified)


def run_report(incidents: Sequence[IncidentRecord], period: Any, out: Path, include_unverified: bool) -> int:
    """Build and write the report from records (the part of ``rasad report`` after loading)."""
    from rasad.outputs.report import build_report, write_report

    report = build_report(incidents, period, incidents, include_unverified)
    write_report(report, out)
    if report.empty:
        kind = "verified or candidate" if include_unverified else "verified"
        print(f"rasad report: no {kind} incidents in {period.label}; wrote an empty report to {out}/",
              file=sys.stderr)
    else:
        marks = report.current.distinct_incidents
        print(f"rasad report: {period.label}: {marks['verified']} verified incident(s)"
              + (f", {marks['unverified']} unverified" if include_unverified else "")
              + f"; wrote {out}/report.html, tables.csv and SVG charts")
    return 0


def export_command(args: argparse.Namespace) -> int:
    if args.export_action == "verify":
        return verify_command(Path(args.bag), Path(args.tsa_cert) if args.tsa_cert else None)
    return referral_command(args.incident_ids, Path(args.out))


def referral_command(incident_ids: Sequence[str], out: Path) -> int:
    from rasad.outputs.referral import write_referral_bag
    from rasad.outputs.timestamp import TimestampAuthority
    from rasad.settings import load_settings

    tsa_url = os.environ.get("RASAD_TSA_URL", "").strip()
    if not tsa_url:
        raise UserError("RASAD_TSA_URL is not set: name the RFC 3161 time-stamping authority that stamps "
                        "referral packages; nothing written")
    if out.exists():
        raise UserError(f"{out} already exists; choose a new --out folder")
    incidents = load_incidents(list(dict.fromkeys(incident_ids)))
    lead_ids = list(dict.fromkeys(lead for incident in incidents for lead in incident.lead_ids))
    leads = load_leads(lead_ids)
    subjects = [i.id for i in incidents] + [v.id for i in incidents for v in i.victims] + lead_ids
    events = load_audit_events(subjects)
    summary = write_referral_bag(incidents, leads, events, load_settings().archive_dir, out,
                                 TimestampAuthority(tsa_url))
    print(f"rasad export referral: wrote {summary.path}/: {summary.incidents} incident(s), {summary.leads} "
          f"lead(s), {summary.captures} capture(s), {summary.screenshots} screenshot(s), "
          f"{summary.audit_events} audit event(s); stamped {summary.stamped_at:%Y-%m-%dT%H:%M:%SZ}")
    return 0


def verify_command(bag: Path, tsa_cert: Path | None) -> int:
    from rasad.outputs.referral import verify_bag
    from rasad.outputs.timestamp import cert_pem_of

    if not bag.is_dir():
        raise UserError(f"{bag} is not a folder")
    cert = None
    if tsa_cert is not None:
        try:
            cert = cert_pem_of(tsa_cert.read_bytes())
        except (OSError, ValueError) as exc:
            raise UserError(f"cannot read the TSA certificate {tsa_cert} ({type(exc).__name__})") from None
    check = verify_bag(bag, cert)
    if not check.ok:
        for problem in check.problems:
            print(f"rasad export verify: FAIL {problem.file}: {problem.reason}", file=sys.stderr)
        print(f"rasad export verify: {bag} FAILED ({len(check.problems)} problem(s))", file=sys.stderr)
        return EXIT_FAILED
    trust = ("the TSA certificate given" if check.cert_source == "--tsa-cert"
             else "the certificate stored in the bag (give --tsa-cert to check against one you trust)")
    print(f"rasad export verify: {bag} OK: {check.files} files, every hash and WARC digest checked; "
          f"time-stamped {check.stamped_at:%Y-%m-%dT%H:%M:%SZ}, signature verified against {trust}")
    return 0
