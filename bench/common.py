"""Shared helpers for benchmarks: every figure is a ratio against a baseline run side by side."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Ratio:
    name: str
    value: float
    baseline: float
    unit: str
    aim: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")

    def line(self) -> str:
        aim = f"  (aim {self.aim})" if self.aim else ""
        return (f"{self.name}: {self.value:.2f} {self.unit} vs baseline {self.baseline:.2f} {self.unit} "
                f"-> ratio {self.ratio:.2f}{aim}")


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def peak_rss_mb(children: bool = False) -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024
