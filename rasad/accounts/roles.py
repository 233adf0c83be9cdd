"""The roles, in order: each can do what the ones before it can (a module of its own, so the CLI
parser can name them without importing the database layer)."""

ROLES: tuple[str, ...] = ("researcher", "monitor", "admin")
