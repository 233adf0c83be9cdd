"""``rasad incidents``, ``rasad victims``, ``rasad keys`` and ``rasad audit``: parsers and handlers.

They call ``rasad.cases.service`` only. Names and contacts are never arguments (they would stay in
shell history and process lists): they come from a prompt, stdin or ``--identity-file``. The CLI
user holds the key file, so for identities the CLI acts as the installation's admin.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasad.cases.records import (
    AGE_GROUPS,
    CONSENT,
    GENDERS,
    GRADES,
    INCIDENT_STATUSES,
    MIGRANT_STATUSES,
    NEEDS,
    OCCUPATION_GROUPS,
    IncidentRecord,
    VictimRecord,
)
from rasad.errors import UserError
from rasad.settings import load_settings
from rasad.triage import default_actor

if TYPE_CHECKING:
    from rasad.cases.service import GroupProposal

Handler = Callable[[argparse.Namespace], int]
CLI_ROLE = "admin"  # whoever runs the CLI holds the key file


def _engine() -> Any:
    from rasad.db.base import open_database

    return open_database(load_settings())


def _add_actor(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="actor", help="your pseudonym in the audit log (default: $RASAD_ACTOR or login)")


def _actor(args: argparse.Namespace) -> str:
    return args.actor or default_actor()


# -- parsers ------------------------------------------------------------------------------------


def add_incidents_parser(commands: Any, handler: Handler) -> None:
    incidents = commands.add_parser("incidents", help="group leads into incidents, grade and verify them")
    actions = incidents.add_subparsers(dest="action", metavar="ACTION", required=True)
    propose = actions.add_parser("propose", help="suggest groups of leads (same story, or same place, day and type)")
    propose.add_argument("--format", choices=("table", "jsonl"), default="table")
    create = actions.add_parser("create", help="make an incident from leads: incidents create LEAD_ID...")
    create.add_argument("lead_ids", nargs="+", metavar="LEAD_ID", help="full lead id or its first 8 characters")
    create.add_argument("--title", help="default: the first lead's title")
    _add_actor(create)
    add = actions.add_parser("add", help="add leads to an incident: incidents add INCIDENT_ID LEAD_ID...")
    add.add_argument("id", metavar="INCIDENT_ID")
    add.add_argument("lead_ids", nargs="+", metavar="LEAD_ID")
    _add_actor(add)
    show = actions.add_parser("show", help="one incident with its leads and victims (by pseudonym)")
    show.add_argument("id", metavar="INCIDENT_ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.add_argument("--identities", action="store_true",
                      help="json only: include victims' names and contacts (audited; never share this file)")
    _add_actor(show)
    listing = actions.add_parser("list", help="incidents, newest event first")
    listing.add_argument("--status", choices=INCIDENT_STATUSES)
    listing.add_argument("--from", dest="event_from", metavar="YYYY-MM-DD", help="event on or after")
    listing.add_argument("--to", dest="event_to", metavar="YYYY-MM-DD", help="event on or before")
    listing.add_argument("--type", dest="incident_type", help="incident type, e.g. killing")
    listing.add_argument("--district", help="district (sha'biya) as in the gazetteer")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--format", choices=("table", "jsonl"), default="table")
    setting = actions.add_parser("set", help="set fields yourself (then no longer derived from the leads)")
    setting.add_argument("id", metavar="INCIDENT_ID")
    setting.add_argument("--title")
    setting.add_argument("--type", dest="types", action="append", metavar="TYPE", help="(repeatable)")
    setting.add_argument("--event-date", metavar="YYYY[-MM[-DD]]")
    setting.add_argument("--place", dest="place_id", metavar="GAZETTEER_ID")
    setting.add_argument("--place-name")
    setting.add_argument("--district")
    setting.add_argument("--perpetrator", dest="perpetrators", action="append", metavar="ACTOR_ID",
                         help="(repeatable)")
    _add_actor(setting)
    verify = actions.add_parser("verify", help="mark an incident verified")
    verify.add_argument("id", metavar="INCIDENT_ID")
    _add_actor(verify)
    grade = actions.add_parser("grade", help=f"grade the evidence: {', '.join(GRADES)}")
    grade.add_argument("id", metavar="INCIDENT_ID")
    grade.add_argument("grade", choices=GRADES)
    _add_actor(grade)
    status = actions.add_parser("status", help=f"move an incident to {', '.join(INCIDENT_STATUSES)}")
    status.add_argument("id", metavar="INCIDENT_ID")
    status.add_argument("status", choices=INCIDENT_STATUSES)
    _add_actor(status)
    incidents.set_defaults(handler=handler)


def add_victims_parser(commands: Any, handler: Handler) -> None:
    victims = commands.add_parser("victims", help="record victims of an incident (names and contacts encrypted)")
    actions = victims.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add a victim; the name and contact are prompted for (or read from stdin: name line, contact "
                    "line), never given as arguments")
    add.add_argument("incident_id", metavar="INCIDENT_ID")
    add.add_argument("--gender", choices=GENDERS, default="unknown")
    add.add_argument("--age-group", choices=AGE_GROUPS, default="unknown")
    add.add_argument("--nationality", metavar="CC", help="ISO 3166-1 alpha-2, e.g. LY")
    add.add_argument("--migrant-status", choices=MIGRANT_STATUSES, default="unknown")
    add.add_argument("--occupation", dest="occupation_group", choices=OCCUPATION_GROUPS)
    add.add_argument("--violation", dest="violations", action="append", default=[], metavar="TYPE",
                     help="incident type suffered, e.g. arbitrary_detention (repeatable)")
    add.add_argument("--need", dest="needs", action="append", default=[], choices=NEEDS, help="(repeatable)")
    add.add_argument("--consent", choices=CONSENT, default="not_asked")
    add.add_argument("--identity-file", type=Path, metavar="FILE",
                     help="read the name (first line) and contact (second line) from FILE")
    add.add_argument("--no-identity", action="store_true", help="store no name or contact; do not prompt")
    _add_actor(add)
    listing = actions.add_parser("list", help="an incident's victims, by pseudonym")
    listing.add_argument("incident_id", metavar="INCIDENT_ID")
    listing.add_argument("--identities", action="store_true", help="also show names and contacts (audited)")
    listing.add_argument("--format", choices=("table", "jsonl"), default="table")
    _add_actor(listing)
    victims.set_defaults(handler=handler)


def add_keys_parser(commands: Any, handler: Handler) -> None:
    keys = commands.add_parser("keys", help="the case key that encrypts victims' identities")
    actions = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    rotate = actions.add_parser("rotate", help="re-encrypt every identity under a new key (old key kept until done)")
    _add_actor(rotate)
    keys.set_defaults(handler=handler)


def add_audit_parser(commands: Any, handler: Handler) -> None:
    audit = commands.add_parser("audit", help="the tamper-evident audit log of triage and case events")
    actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("verify", help="re-check the hash chain; exit 1 at the first edited, deleted or moved event")
    listing = actions.add_parser("list", help="audit events, oldest first")
    listing.add_argument("--subject", action="append", help="only events about this id (repeatable)")
    listing.add_argument("--format", choices=("table", "jsonl"), default="table")
    audit.set_defaults(handler=handler)


# -- handlers -----------------------------------------------------------------------------------


def cases_command(args: argparse.Namespace) -> int:
    """The one entry ``rasad/cli.py`` delegates to (service and crypto imported only when used)."""
    handlers = {"incidents": incidents_command, "victims": victims_command, "keys": keys_command,
                "audit": audit_command}
    return handlers[args.command](args)


def incidents_command(args: argparse.Namespace) -> int:
    from rasad.cases import service

    engine = _engine()
    if args.action in ("propose", "create", "add"):
        from rasad.store.commands import opened_store

        with opened_store() as store:
            if args.action == "propose":
                _print_proposals(service.propose_groups(store, engine), args.format)
                return 0
            if args.action == "create":
                record = service.create_incident(engine, args.lead_ids, _actor(args), args.title, store=store)
            else:
                record = service.add_leads(engine, args.id, args.lead_ids, _actor(args), store=store)
        print(_summary(record))
        return 0
    if args.action == "show":
        if args.format == "json":
            data = service.export_incident(engine, args.id, CLI_ROLE, _actor(args),
                                           include_identities=args.identities)
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            if args.identities:
                raise UserError("--identities needs --format json (or use `rasad victims list --identities`)")
            _show(service.get_incident(engine, args.id))
        return 0
    if args.action == "list":
        records = service.list_incidents(engine, args.status, args.event_from, args.event_to, args.incident_type,
                                         args.district, args.limit, args.offset)
        for record in records:
            print(json.dumps(record.to_dict(), ensure_ascii=False) if args.format == "jsonl" else _summary(record))
        if args.format == "table":
            print(f"{len(records)} incident(s)", file=sys.stderr)
        return 0
    if args.action == "set":
        fields = {name: getattr(args, name) for name in ("title", "types", "event_date", "place_id", "place_name",
                                                           "district", "perpetrators") if getattr(args, name)}
        if not fields:
            raise UserError("name at least one field to set (see rasad incidents set --help)")
        record = service.set_fields(engine, args.id, _actor(args), **fields)
    elif args.action == "verify":
        record = service.verify(engine, args.id, _actor(args))
    elif args.action == "grade":
        record = service.grade(engine, args.id, _actor(args), args.grade)
    else:
        record = service.set_status(engine, args.id, _actor(args), args.status)
    print(_summary(record))
    return 0


def _summary(record: IncidentRecord) -> str:
    return (f"{record.id}  {record.status:<8}  {record.event_date or '-':<10}  {','.join(record.types) or '-':<24}  "
            f"{record.district or '-':<16}  {len(record.lead_ids)} lead(s), {record.independent_sources} "
            f"independent source(s): {record.corroboration}, grade {record.grade or '-'}  {record.title[:60]}")


def _show(record: IncidentRecord) -> None:
    for name in ("id", "title", "status", "grade", "corroboration", "independent_sources", "types", "event_date",
                 "place_id", "place_name", "district", "location", "perpetrators", "lead_ids", "source_ids",
                 "created_by", "created_at", "updated_at"):
        value = getattr(record, name)
        shown = ", ".join(map(str, value)) if isinstance(value, tuple) and name != "location" else value
        print(f"{name:>20}: {shown if shown not in (None, '', ()) else '-'}")
    for victim in record.victims:
        print(f"{'victim':>20}: {_victim_line(victim)}")


def _victim_line(victim: VictimRecord) -> str:
    return (f"{victim.id} {victim.pseudonym} {victim.gender}/{victim.age_group} {victim.nationality or '-'} "
            f"{victim.migrant_status} {victim.occupation_group or '-'} violations={','.join(victim.violations) or '-'}"
            f" needs={','.join(victim.needs) or '-'} consent={victim.consent}"
            f"{' identity-stored' if victim.has_identity else ''}")


def _print_proposals(proposals: list[GroupProposal], fmt: str) -> None:
    for proposal in proposals:
        if fmt == "jsonl":
            print(json.dumps({"lead_ids": list(proposal.lead_ids), "reason": proposal.reason}))
        else:
            print(f"{proposal.reason}: rasad incidents create {' '.join(proposal.lead_ids)}")
    if fmt == "table":
        print(f"{len(proposals)} proposed group(s)", file=sys.stderr)


def read_identity(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """Name and contact from ``--identity-file``, a prompt on a terminal, or the first two lines of stdin."""
    if args.no_identity:
        return None, None
    if args.identity_file is not None:
        try:
            lines = args.identity_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read {args.identity_file} ({type(exc).__name__})") from None
    elif sys.stdin.isatty():
        print("The name and contact are encrypted and never shown in logs or exports. Leave empty if unknown.",
              file=sys.stderr)
        lines = [input("name: "), input("contact: ")]
    else:
        lines = sys.stdin.read().splitlines()
    if len([line for line in lines if line.strip()]) > 2:
        raise UserError("give at most two lines: the name, then the contact")
    lines = [*lines, "", ""]
    return lines[0].strip() or None, lines[1].strip() or None


def victims_command(args: argparse.Namespace) -> int:
    from rasad.cases import service

    engine = _engine()
    if args.action == "add":
        name, contact = read_identity(args)
        victim = service.add_victim(
            engine, args.incident_id, _actor(args), gender=args.gender, age_group=args.age_group,
            nationality=args.nationality, migrant_status=args.migrant_status,
            occupation_group=args.occupation_group, violations=args.violations, needs=args.needs,
            consent=args.consent, name=name, contact=contact,
        )
        print(_victim_line(victim))
        return 0
    victims = service.list_victims(engine, args.incident_id)
    keyring = service.keyring_for(engine) if args.identities and victims else None
    for victim in victims:
        row: dict[str, Any] = victim.to_dict()
        if args.identities:
            identity = service.victim_identity(engine, victim.id, CLI_ROLE, actor=_actor(args), keyring=keyring)
            row["name"], row["contact"] = identity.name, identity.contact
        if args.format == "jsonl":
            print(json.dumps(row, ensure_ascii=False))
        else:
            extra = f"  name={row.get('name') or '-'} contact={row.get('contact') or '-'}" if args.identities else ""
            print(_victim_line(victim) + extra)
    return 0


def keys_command(args: argparse.Namespace) -> int:
    from rasad.cases import service

    count = service.rotate_keys(_engine(), _actor(args))
    print(f"rasad keys: {count} identit{'y' if count == 1 else 'ies'} re-encrypted under a new key; "
          "the old key was removed from the key file")
    return 0


def audit_command(args: argparse.Namespace) -> int:
    from rasad.cases import service
    from rasad.cases.audit import verify_chain

    engine = _engine()
    if args.action == "verify":
        report = verify_chain(engine)
        if not report.ok:
            print(f"BROKEN at seq {report.broken_seq}: {report.reason} ({report.checked} event(s) before it intact)")
            return 1
        print(f"{report.checked} audit event(s) checked: chain intact")
        return 0
    for event in service.audit_events(engine, args.subject):
        if args.format == "jsonl":
            print(json.dumps(event.to_dict(), ensure_ascii=False))
        else:
            print(f"{event.seq:>6}  {event.at}  {event.actor:<16} {event.action:<22} {event.subject_type:<9} "
                  f"{event.subject_id}  {json.dumps(event.details, ensure_ascii=False)}")
    return 0
