"""Login throttling: too many failed sign-ins for one user name or from one address lock it for a while.

In memory, per process: enough for the single ``rasad serve`` process a team runs; a restart
forgets the counts (the passwords are argon2 hashes, so guessing stays slow anyway).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


class LoginThrottle:
    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW_SECONDS) -> None:
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] < now - self.window:
            failures.popleft()
        return failures

    def blocked(self, user: str, ip: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(key, now)) >= self.max_failures for key in (f"u:{user}", f"ip:{ip}"))

    def failed(self, user: str, ip: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"u:{user}", f"ip:{ip}"):
                self._recent(key, now).append(now)

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._failures.pop(f"u:{user}", None)
