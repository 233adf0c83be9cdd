"""Accounts, roles, sessions and API tokens for the web app and the HTTP API.

Roles: ``researcher`` reads and searches, ``monitor`` also triages, ``admin`` also manages users
and sources. Secrets (passwords, session ids, API tokens) are stored hashed, never in clear.
"""

from rasad.accounts.models import ROLES, ApiToken, User, WebSession

__all__ = ["ROLES", "ApiToken", "User", "WebSession"]
