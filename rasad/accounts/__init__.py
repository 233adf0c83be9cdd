"""Accounts, roles, sessions and API tokens for the web app and the HTTP API.

Roles: ``researcher`` reads and searches, ``monitor`` also triages, ``admin`` also manages users
and sources. Secrets (passwords, session ids, API tokens) are stored hashed, never in clear.
"""
