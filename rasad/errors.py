"""The four kinds of error, defined once (see DESIGN.md, house style).

- ``SkipItem``: not for us (wrong type, out of scope); record why and move on.
- ``QuarantineItem``: bad input; keep it, say why, move on.
- ``RetryableError``: transient (timeouts, 429/503, a node restarting); retry with backoff.
- ``NotConfigured``: an operator mistake (unreachable search URL, unwritable data dir);
  stop with one clear line.
``UserError`` is what the CLI prints as one line on stderr with a non-zero exit.
"""

from __future__ import annotations


class RasadError(Exception):
    """Base class for errors rasad reports deliberately."""


class UserError(RasadError):
    """A mistake by whoever ran the command: printed as one line, exit status 2."""


class NotConfigured(UserError):
    """The environment is not set up as required (search node, data dir, ...)."""


class SkipItem(RasadError):
    """The item is not for us; the reason is recorded."""


class QuarantineItem(RasadError):
    """The item is bad input; it is kept with the reason and processing goes on."""


class RetryableError(RasadError):
    """A transient failure worth retrying."""


class ConflictError(UserError):
    """A triage edit raced another edit of the same lead; nothing was written."""


class DataFileError(UserError):
    """A state file (seen-store, ledger, lead database) exists but cannot be read: never taken for empty."""
