"""What a night did and how each source is doing, read from the run ledger.

Counts, source ids and failure reason codes only — never article text, titles or names — so the
same report can go to the terminal, a Prefect artifact and an operator's chat.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.ledger import Ledger, SourceRun

TOP_REASONS = 3


@dataclass(frozen=True)
class SourceLine:
    source_id: str
    state: str
    fetched: int
    new: int
    failed: int
    reasons: dict[str, int]
    leads: int


@dataclass(frozen=True)
class NightReport:
    night: str
    lines: list[SourceLine]
    runs: int
    finished_runs: int
    duration_s: float

    @property
    def totals(self) -> SourceLine:
        return SourceLine("total", f"{sum(line.state == 'done' for line in self.lines)}/{len(self.lines)} done",
                          sum(line.fetched for line in self.lines), sum(line.new for line in self.lines),
                          sum(line.failed for line in self.lines), {}, sum(line.leads for line in self.lines))

    def markdown(self) -> str:
        """A markdown table for the Prefect artifact."""
        rows = ["| source | state | fetched | new | failed | top failure reasons | leads |",
                "|---|---|---:|---:|---:|---|---:|"]
        for line in [*self.lines, self.totals]:
            rows.append(f"| {line.source_id} | {line.state} | {line.fetched} | {line.new} | {line.failed} | "
                        f"{_reasons(line.reasons) or '-'} | {line.leads} |")
        return "\n".join([f"# rasad night {self.night}", "", *rows, "", self.footer()])

    def text(self) -> list[str]:
        """Aligned lines for the terminal."""
        width = max([len(line.source_id) for line in self.lines] + [6])
        out = [f"night {self.night}",
               f"{'source':<{width}}  {'state':<9} {'fetched':>7} {'new':>5} {'failed':>6} {'leads':>5}  reasons"]
        for line in [*self.lines, self.totals]:
            out.append(f"{line.source_id:<{width}}  {line.state:<9} {line.fetched:>7} {line.new:>5} "
                       f"{line.failed:>6} {line.leads:>5}  {_reasons(line.reasons)}")
        out.append(self.footer())
        return out

    def footer(self) -> str:
        return (f"duration: {self.duration_s:.1f}s in {self.finished_runs} finished run(s) "
                f"of {self.runs} started")


def _reasons(reasons: dict[str, int]) -> str:
    top = list(reasons.items())[:TOP_REASONS]
    more = len(reasons) - len(top)
    return ", ".join(f"{reason} ({count})" for reason, count in top) + (f", +{more} more" if more > 0 else "")


def night_report(ledger: Ledger, night: str) -> NightReport:
    lines = []
    for run in ledger.runs(night):
        reasons = ledger.failure_reasons(night, run.source_id)
        lines.append(SourceLine(run.source_id, run.state, run.fetched, run.documents, sum(reasons.values()),
                                reasons, run.leads))
    runs, finished, duration = ledger.attempts(night)
    return NightReport(night, lines, runs, finished, duration)


# -- health ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceHealth:
    source_id: str
    last_night: str
    failing_nights: int  # consecutive latest nights that failed or fetched nothing because of errors
    quiet_nights: int  # consecutive latest finished nights with no new item
    extraction_failures: int  # quarantined captures on the last night
    reason: str = ""  # why the last night failed, when the ledger says (counts and classes, no content)

    @property
    def verdict(self) -> str:
        if self.failing_nights:
            return f"FAILING for {self.failing_nights} night(s)" + (f": {self.reason}" if self.reason else "")
        if self.quiet_nights >= 2:
            return f"no new items for {self.quiet_nights} nights"
        if self.extraction_failures:
            return f"{self.extraction_failures} extraction failure(s)"
        return "ok"


def _failing(ledger: Ledger, run: SourceRun) -> bool:
    if run.state == "failed":
        return True
    crawl_errors = sum(count for reason, count in ledger.failure_reasons(run.night, run.source_id).items()
                       if reason.startswith("crawl:error:"))
    return run.state == "done" and run.fetched == 0 and crawl_errors > 0


def _streak(flags: list[bool]) -> int:
    count = 0
    for flag in flags:
        if not flag:
            break
        count += 1
    return count


def source_health(ledger: Ledger, source_id: str, nights: int = 7) -> SourceHealth:
    history = ledger.history(source_id, nights)
    finished = [run for run in history if run.state in ("done", "failed")]
    extraction = sum(count for reason, count in ledger.failure_reasons(history[0].night, source_id).items()
                     if reason.startswith("process:quarantine:")) if history else 0
    failing = _streak([_failing(ledger, run) for run in finished])
    return SourceHealth(
        source_id,
        history[0].night if history else "-",
        failing,
        _streak([run.state == "done" and run.documents == 0 for run in finished]),
        extraction,
        finished[0].error if failing else "",
    )
