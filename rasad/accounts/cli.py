"""``rasad users add|list|disable|passwd|token``: account management for admins at the terminal.

Passwords are read from a prompt (twice) or, when stdin is not a terminal, from its first line:
never from an argument, which would leave them in the shell history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

from rasad.accounts.roles import ROLES
from rasad.errors import UserError


def add_users_parser(commands: Any, handler: Callable[[argparse.Namespace], int]) -> None:
    users = commands.add_parser("users", help="web and API accounts: add, list, disable, passwd, token")
    actions = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (password from a prompt or the first line of stdin)")
    add.add_argument("name", help="the pseudonym shown in the triage log")
    add.add_argument("--role", choices=ROLES, required=True,
                     help="researcher: read and search; monitor: also triage; admin: also manage users")
    actions.add_parser("list", help="list users, their role and whether they are disabled")
    disable = actions.add_parser("disable", help="disable a user: sessions end, API tokens are revoked")
    disable.add_argument("name")
    passwd = actions.add_parser("passwd", help="set a new password (ends the user's sessions)")
    passwd.add_argument("name")
    token = actions.add_parser("token", help="print a new API token for the user (shown once, stored hashed)")
    token.add_argument("name")
    users.set_defaults(handler=handler)


def read_password() -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("no password on stdin")
        return line.rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise UserError("the two passwords differ")
    return first


def users_command(args: argparse.Namespace) -> int:
    from rasad.accounts import service
    from rasad.db import open_database
    from rasad.settings import load_settings

    engine = open_database(load_settings())
    if args.action == "list":
        for account in service.list_users(engine):
            print(f"{account.name:<24} {account.role:<11} {'disabled' if account.disabled else 'active'}")
        return 0
    if args.action == "add":
        service.check_name(args.name)
        account = service.add_user(engine, args.name, args.role, read_password())
        print(f"user {account.name} added ({account.role})", file=sys.stderr)
    elif args.action == "passwd":
        service.set_password(engine, args.name, read_password())
        print(f"password of {args.name} changed; their sessions ended", file=sys.stderr)
    elif args.action == "disable":
        service.disable_user(engine, args.name)
        print(f"user {args.name} disabled; sessions ended, API tokens revoked", file=sys.stderr)
    elif args.action == "token":
        print(service.issue_token(engine, args.name))
        print("keep this token secret: it is shown once and acts as the user", file=sys.stderr)
    return 0
