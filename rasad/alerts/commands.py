"""``rasad alerts save|list|delete|inbox|run``: saved searches and their notifications."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from rasad.settings import load_settings
from rasad.triage import default_actor

SEVERE_MIN_KILLED = 3


def add_alerts_parser(commands: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    from rasad.store.commands import add_query_options

    alerts = commands.add_parser("alerts", help="saved searches that notify you of new matching leads after a night")
    actions = alerts.add_subparsers(dest="alerts_action", metavar="ACTION", required=True)
    save = actions.add_parser("save", help="save a search: alerts save NAME [words] [--type ...] [--email ADDR]")
    save.add_argument("name", help="a name for the saved search")
    add_query_options(save)
    save.add_argument("--email", help="also e-mail the short ids of new matches here (SMTP: RASAD_SMTP_HOST)")
    listing = actions.add_parser("list", help="your saved searches")
    delete = actions.add_parser("delete", help="delete one of your saved searches")
    delete.add_argument("search_id", type=int, metavar="ID")
    inbox = actions.add_parser("inbox", help="your notifications (unread first)")
    inbox.add_argument("--all", action="store_true", help="include read notifications")
    inbox.add_argument("--mark-read", action="store_true", help="mark what is shown as read")
    run = actions.add_parser("run", help="notify of leads fetched since the last run (the nightly flow does this)")
    run.add_argument("--since", metavar="ISO_TIME", help="leads fetched after this time (default: the last run)")
    run.add_argument("--min-killed", type=int, default=SEVERE_MIN_KILLED,
                     help=f"severe-lead rule: a killing with at least this many dead notifies every monitor "
                          f"(default {SEVERE_MIN_KILLED})")
    run.add_argument("--monitor", action="append", default=[], metavar="NAME",
                     help="who the severe-lead rule notifies (default: every active monitor account)")
    for sub in (save, listing, delete, inbox):
        sub.add_argument("--as", dest="actor", default=None, help="your user name (default: $USER)")
    alerts.set_defaults(handler=handler)


def alerts_command(args: argparse.Namespace) -> int:
    from rasad.alerts import service
    from rasad.db import open_database

    engine = open_database(load_settings())
    action = args.alerts_action
    user = getattr(args, "actor", None) or default_actor()
    if action == "save":
        from rasad.store.commands import query_from_args

        search_id = service.save_search(engine, user, args.name, query_from_args(args), email=args.email)
        print(f"saved search {search_id} for {user}: new matches are notified after each night")
    elif action == "list":
        for search in service.list_searches(engine, user):
            print(f"{search.id:>5}  {search.name[:40]:<40}  {search.email or 'in the app'}  {search.query}")
    elif action == "delete":
        service.delete_search(engine, user, args.search_id)
        print(f"deleted saved search {args.search_id}")
    elif action == "inbox":
        shown = service.inbox(engine, user, unread_only=not args.all)
        for item in shown:
            why = "severe lead" if item.reason == "severe" else f"saved search {item.search_name or item.reason}"
            print(f"{'  ' if item.read else '* '}{item.lead_id[:8]}  {item.created_at[:16]}  {why}")
        if args.mark_read:
            service.mark_read(engine, user, [item.id for item in shown])
        print(f"{sum(not item.read for item in shown)} unread", file=sys.stderr)
    else:
        from rasad.store.commands import opened_store

        with opened_store() as store:  # a clear error when there are no leads yet
            report = service.run_configured_alerts(load_settings(), store=store, since=args.since,
                                                   severe_min_killed=args.min_killed, monitors=args.monitor or None)
        for line in report.lines():
            print(line)
    return 0
