"""Imports every module that declares case-store tables, so ``Base.metadata`` is complete.

Add one import line per model module (accounts, cases, audit, ...).
"""

import rasad.accounts.models
import rasad.alerts.models
import rasad.cases.models  # noqa: F401
