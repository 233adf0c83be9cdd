"""Referral packages: a BagIt bag of the evidence for some incidents, time-stamped by an RFC 3161 TSA.

Layout (all under ``data/``, every file in ``manifest-sha256.txt``)::

    incidents/<incident>.json   the incident with its victims (pseudonymous: no name, no contact)
    leads/<lead>.json           the source lead's metadata (text kept apart)
    leads/<lead>.txt            the extracted text
    captures/<sha256>.warc.gz   the capture's WARC records, copied byte for byte from the archive
    captures/<sha256>.png       the screenshot, when the page was rendered
    audit/events.jsonl          the audit events of these incidents, victims and leads

The token over ``manifest-sha256.txt`` and the TSA certificate are tag files under ``timestamp/``.
The bag is built in a hidden folder beside ``out_dir`` and renamed into place only when complete, so a
failure (unknown capture, unreachable TSA) leaves nothing behind. Reads the archive, never writes it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import bagit

from pipelines.archive import RecordTooBig, file_sha256, iter_responses, verify_file
from rasad.cases.records import AuditEvent, IncidentRecord
from rasad.errors import UserError
from rasad.outputs.timestamp import DataChanged, TimestampAuthority, TokenInvalid, check_token, request_stamp
from rasad.outputs.warc_extract import extract_captures
from rasad.records import Lead

log = logging.getLogger(__name__)

MANIFEST = "manifest-sha256.txt"
TOKEN = "timestamp/manifest-sha256.txt.tst"
TSA_CERT = "timestamp/tsa-cert.pem"
TAG_MANIFEST = "tagmanifest-sha256.txt"
# The text goes in its own file; triage notes and the assignee are the team's internal work, not evidence.
LEAD_FIELDS_KEPT_BACK = ("text", "notes", "assignee")


@dataclass(frozen=True)
class BagSummary:
    path: Path
    incidents: int
    leads: int
    captures: int
    screenshots: int
    audit_events: int
    stamped_at: datetime


@dataclass(frozen=True)
class BagProblem:
    file: str
    reason: str


@dataclass
class BagCheck:
    problems: list[BagProblem] = field(default_factory=list)
    stamped_at: datetime | None = None
    cert_source: str = ""  # "--tsa-cert" or "the bag"
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def safe_name(identifier: str) -> str:
    """A file name for an id: ids are ours (hashes, slugs), but a path separator must never slip in."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", identifier).lstrip(".") or "_"


def capture_days(leads: Sequence[Lead]) -> set[str]:
    """Archive folders (``YYYY/MM/DD``) that should hold the leads' captures: the fetch day and the day
    before (a file is filed under the day it was opened, and a night runs past midnight)."""
    days = set()
    for lead in leads:
        try:
            day = datetime.fromisoformat(lead.fetched_at).astimezone(UTC)
        except ValueError:
            continue
        days.update(f"{d:%Y/%m/%d}" for d in (day - timedelta(days=1), day))
    return days


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def write_referral_bag(
    incidents: Sequence[IncidentRecord],
    leads: Sequence[Lead],
    audit_events: Sequence[AuditEvent],
    archive_root: Path,
    out_dir: Path,
    tsa: TimestampAuthority,
) -> BagSummary:
    """Write the bag to ``out_dir`` (which must not exist); all or nothing."""
    if out_dir.exists():
        raise UserError(f"{out_dir} already exists; choose a new --out folder")
    if not incidents:
        raise UserError("no incident to export")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.partial-", dir=out_dir.parent))
    try:
        summary = _fill(staging, incidents, leads, audit_events, archive_root, tsa)
        os.rename(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("referral bag written: %d incidents, %d leads, %d captures", summary.incidents, summary.leads,
             summary.captures)
    return BagSummary(out_dir, summary.incidents, summary.leads, summary.captures, summary.screenshots,
                      summary.audit_events, summary.stamped_at)


def _fill(staging: Path, incidents: Sequence[IncidentRecord], leads: Sequence[Lead],
          audit_events: Sequence[AuditEvent], archive_root: Path, tsa: TimestampAuthority) -> BagSummary:
    for incident in incidents:
        _write_json(staging / "incidents" / f"{safe_name(incident.id)}.json", incident.to_dict())
    captures = staging / "captures"
    captures.mkdir()
    wanted = {lead.capture_sha256 for lead in leads if lead.capture_sha256}
    found = extract_captures(archive_root, wanted, captures, capture_days(leads)) if wanted else {}
    for lead in leads:
        if not lead.capture_sha256 or lead.capture_sha256 not in found:
            raise UserError(f"lead {lead.id}: its capture ({lead.capture_sha256 or 'no digest'}) is not in the "
                            f"archive under {archive_root}")
        record = {k: v for k, v in lead.to_dict().items() if k not in LEAD_FIELDS_KEPT_BACK}
        capture = found[lead.capture_sha256]
        record["capture_file"] = f"captures/{next(captures.glob(lead.capture_sha256 + '.warc*')).name}"
        record["capture_source_files"] = capture.source_files
        _write_json(staging / "leads" / f"{safe_name(lead.id)}.json", record)
        (staging / "leads" / f"{safe_name(lead.id)}.txt").write_text(lead.text, encoding="utf-8")
    screenshots = 0
    for sha, capture in found.items():
        if capture.screenshot is not None:
            (captures / f"{sha}.png").write_bytes(capture.screenshot)
            screenshots += 1
    audit = staging / "audit"
    audit.mkdir()
    lines = (json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
             for e in sorted(audit_events, key=lambda e: e.seq))
    (audit / "events.jsonl").write_text("".join(lines), encoding="utf-8")
    bagit.make_bag(str(staging), {
        "Bag-Software-Agent": "rasad",
        "External-Description": f"rasad referral package: {len(incidents)} incident(s)",
        "External-Identifier": " ".join(i.id for i in incidents),
    }, checksums=["sha256"])
    stamp = request_stamp(tsa, hashlib.sha256((staging / MANIFEST).read_bytes()).digest())
    (staging / "timestamp").mkdir()
    (staging / TOKEN).write_bytes(stamp.token)
    if stamp.tsa_cert_pem:
        (staging / TSA_CERT).write_bytes(stamp.tsa_cert_pem)
    bagit.Bag(str(staging)).save()  # the tag manifest now covers the token and the certificate
    return BagSummary(staging, len(incidents), len(leads), len(found), screenshots, len(audit_events),
                      stamp.gen_time)


def verify_bag(bag_dir: Path, tsa_cert_pem: bytes | None = None) -> BagCheck:
    """Check every hash, the time-stamp token and the WARC digests; every change is one problem."""
    check = BagCheck()
    if not (bag_dir / "bagit.txt").is_file():
        check.problems.append(BagProblem(str(bag_dir), "not a BagIt bag (no bagit.txt)"))
        return check
    try:
        bag = bagit.Bag(str(bag_dir))
    except bagit.BagError as exc:
        check.problems.append(BagProblem("bagit.txt / manifests", f"unreadable bag: {exc}"))
        return check
    _check_hashes(bag, bag_dir, check)
    _check_timestamp(bag_dir, tsa_cert_pem, check)
    _check_warcs(bag_dir, check)
    return check


def _check_hashes(bag: bagit.Bag, bag_dir: Path, check: BagCheck) -> None:
    seen: set[str] = set()

    def add(file: str, reason: str) -> None:
        if file not in seen:
            seen.add(file)
            check.problems.append(BagProblem(file, reason))

    for name in (MANIFEST, TAG_MANIFEST):
        if not (bag_dir / name).is_file():
            add(name, "missing")
    only_in_manifest, only_on_disk = bag.compare_manifests_with_fs()
    for name in only_in_manifest:
        add(name, "listed in the manifest but missing")
    for name in only_on_disk:
        add(name, "not in the manifest (added after the bag was made)")
    listed = set(bag.entries)
    for path in sorted(p for p in bag_dir.rglob("*") if p.is_file()):
        name = path.relative_to(bag_dir).as_posix()
        check.files += 1
        if not name.startswith("data/") and name not in listed and not name.startswith("tagmanifest-"):
            add(name, "not in the tag manifest (added after the bag was made)")
    for name, hashes in sorted(bag.entries.items()):
        path = bag_dir / name
        expected = hashes.get("sha256")
        if not path.is_file():
            add(name, "listed in the manifest but missing")
        elif expected is None:
            add(name, "no sha256 in the manifests")
        elif (found := file_sha256(path)) != expected:
            add(name, f"sha256 differs from the manifest (expected {expected}, found {found})")
            if not name.startswith("data/"):  # nothing signs the tag manifest: it or the tag file changed
                add(TAG_MANIFEST, f"its hash of {name} does not match the file")
    if not check.problems:  # structure, bagit.txt, Payload-Oxum: bagit's own checks
        try:
            bag.validate(processes=1)
        except bagit.BagError as exc:
            add("bag-info.txt", str(getattr(exc, "message", exc)))


def _check_timestamp(bag_dir: Path, tsa_cert_pem: bytes | None, check: BagCheck) -> None:
    token = bag_dir / TOKEN
    if not token.is_file():
        check.problems.append(BagProblem(TOKEN, "no time-stamp token"))
        return
    if tsa_cert_pem is None:
        stored = bag_dir / TSA_CERT
        if not stored.is_file():
            check.problems.append(BagProblem(TSA_CERT, "no TSA certificate in the bag; give --tsa-cert"))
            return
        tsa_cert_pem, check.cert_source = stored.read_bytes(), "the bag"
    else:
        check.cert_source = "--tsa-cert"
    manifest = bag_dir / MANIFEST
    try:
        check.stamped_at = check_token(token.read_bytes(), manifest.read_bytes() if manifest.is_file() else b"",
                                       tsa_cert_pem)
    except DataChanged as exc:
        check.problems.append(BagProblem(MANIFEST, str(exc)))
    except TokenInvalid as exc:
        check.problems.append(BagProblem(TOKEN, str(exc)))


def _check_warcs(bag_dir: Path, check: BagCheck) -> None:
    for path in sorted((bag_dir / "data" / "captures").glob("*.warc*")):
        name = path.relative_to(bag_dir).as_posix()
        _, problems = verify_file(path, name)
        for problem in problems:
            check.problems.append(BagProblem(name, f"WARC record {problem.record_id or '?'}: {problem.reason}"))
        if problems:
            continue
        sha = path.name.split(".", 1)[0]
        try:
            matched = any(hashlib.sha256(body).hexdigest() == sha for _, _, body, _ in iter_responses(path))
        except RecordTooBig as exc:
            check.problems.append(BagProblem(name, str(exc)))
            continue
        if not matched:
            check.problems.append(BagProblem(name, "no response record whose payload has the SHA-256 in its name"))
