"""Referral bags from a real small archive and a local openssl TSA: complete, verifiable, tamper-evident."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
import zlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pytest
from warcio.archiveiterator import ArchiveIterator

from pipelines.archive import WarcArchive
from rasad.cases.records import AuditEvent, IncidentRecord, VictimRecord
from rasad.cli import main
from rasad.errors import NotConfigured, UserError
from rasad.outputs.referral import verify_bag, write_referral_bag
from rasad.outputs.timestamp import TimestampAuthority
from rasad.records import Lead
from tests.conftest import CANARY_NAMES
from tests.outputs.conftest import LocalTsa

PAGE = "<html><body><p>اعتقال ناشط في طرابلس</p></body></html>".encode()
RENDERED = "<html><body><p>منشور عن اختطاف</p></body></html>".encode()
OTHER = b"<html><body>unrelated</body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def build_archive(root: Path) -> tuple[str, str]:
    with WarcArchive(root) as archive:
        first = archive.write_exchange(url="http://127.0.0.1/a", final_url="http://127.0.0.1/a", status=200,
                                       response_headers=[("Content-Type", "text/html")], body=PAGE)
        archive.write_exchange(url="http://127.0.0.1/x", final_url="http://127.0.0.1/x", status=200,
                               response_headers=[("Content-Type", "text/html")], body=OTHER)
        second = archive.write_exchange(url="http://127.0.0.1/p", final_url="http://127.0.0.1/p", status=200,
                                        response_headers=[("Content-Type", "text/html")], body=RENDERED,
                                        rendered=True, screenshot=PNG)
    return first.sha256, second.sha256


def lead(lead_id: str, sha: str, text: str) -> Lead:
    return Lead(id=lead_id, url=f"http://127.0.0.1/{lead_id}", title="t", text=text, language="ar",
                published_at=None, fetched_at="2026-11-02T10:00:00Z", source_id="s1", capture_sha256=sha,
                notes=("internal triage note",), assignee="monitor1")


INCIDENT = IncidentRecord(
    id="inc-1", title="احتجاز ناشط", types=("arbitrary_detention",), status="verified", event_date="2026-11-02",
    district="Tripoli", lead_ids=("L1", "L2"),
    victims=(VictimRecord(id="v-1", incident_id="inc-1", pseudonym="V-7Q2", gender="male", age_group="adult"),),
)
EVENTS = [AuditEvent(seq=1, at="2026-11-03T09:00:00Z", actor="monitor1", action="incident.create",
                     subject_type="incident", subject_id="inc-1", details={"after": {"status": "open"}},
                     prev_hash="0" * 64, hash="a" * 64)]


@pytest.fixture()
def bag(tmp_path: Path, local_tsa: LocalTsa) -> Path:
    first, second = build_archive(tmp_path / "archive")
    leads = [lead("L1", first, "نص مستخرج أول"), lead("L2", second, "نص مستخرج ثان")]
    summary = write_referral_bag([INCIDENT], leads, EVENTS, tmp_path / "archive", tmp_path / "bag",
                                 TimestampAuthority(local_tsa.url))
    assert (summary.incidents, summary.leads, summary.captures, summary.screenshots) == (1, 2, 2, 1)
    return summary.path


def test_bag_holds_byte_exact_records_screenshot_text_and_verifies(bag: Path, local_tsa: LocalTsa) -> None:
    captures = sorted((bag / "data" / "captures").glob("*.warc.gz"))
    assert len(captures) == 2
    kinds = {}
    for path in captures:
        with open(path, "rb") as stream:
            records = [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(stream)]
        kinds[path.name.split(".")[0]] = records
    page_sha = hashlib.sha256(PAGE).hexdigest()
    assert [k for k, _ in kinds[page_sha]] == ["warcinfo", "response", "request"]
    assert kinds[page_sha][1][1] == PAGE
    rendered = kinds[hashlib.sha256(RENDERED).hexdigest()]
    assert [k for k, _ in rendered] == ["warcinfo", "response", "request", "resource"]
    assert all(OTHER not in body for _, body in rendered + kinds[page_sha])
    assert (bag / "data" / "captures" / f"{hashlib.sha256(RENDERED).hexdigest()}.png").read_bytes() == PNG
    assert (bag / "data" / "leads" / "L1.txt").read_text(encoding="utf-8") == "نص مستخرج أول"
    lead_json = (bag / "data" / "leads" / "L1.json").read_text(encoding="utf-8")
    assert "capture_sha256" in lead_json and "internal triage note" not in lead_json and "نص مستخرج" not in lead_json
    assert "V-7Q2" in (bag / "data" / "incidents" / "inc-1.json").read_text(encoding="utf-8")
    assert "incident.create" in (bag / "data" / "audit" / "events.jsonl").read_text(encoding="utf-8")
    assert len((bag / "manifest-sha256.txt").read_text().split()[0]) == 64
    check = verify_bag(bag, local_tsa.cert.read_bytes())
    assert check.ok, check.problems
    assert check.stamped_at is not None and check.cert_source == "--tsa-cert"
    assert verify_bag(bag).ok and verify_bag(bag).cert_source == "the bag"
    assert bagit.Bag(str(bag)).is_valid()  # the Library of Congress tool agrees
    # and openssl accepts the token over the manifest, chained to the TSA's CA
    openssl = subprocess.run(
        ["openssl", "ts", "-verify", "-data", str(bag / "manifest-sha256.txt"), "-in",
         str(bag / "timestamp" / "manifest-sha256.txt.tst"), "-token_in", "-CAfile", str(local_tsa.ca_cert),
         "-untrusted", str(bag / "timestamp" / "tsa-cert.pem")], capture_output=True, text=True, check=False)
    assert openssl.returncode == 0 and "Verification: OK" in openssl.stdout, openssl.stderr


def _files_by_kind(bag: Path) -> dict[str, Path]:
    data = bag / "data"
    return {
        "incident": data / "incidents" / "inc-1.json",
        "lead": data / "leads" / "L1.json",
        "text": data / "leads" / "L2.txt",
        "warc": next((data / "captures").glob("*.warc.gz")),
        "screenshot": next((data / "captures").glob("*.png")),
        "audit": data / "audit" / "events.jsonl",
        "manifest": bag / "manifest-sha256.txt",
        "tagmanifest": bag / "tagmanifest-sha256.txt",
        "bag-info": bag / "bag-info.txt",
        "token": bag / "timestamp" / "manifest-sha256.txt.tst",
        "tsa-cert": bag / "timestamp" / "tsa-cert.pem",
    }


@pytest.mark.parametrize("kind", ["incident", "lead", "text", "warc", "screenshot", "audit", "manifest",
                                  "tagmanifest", "bag-info", "token", "tsa-cert"])
def test_one_flipped_byte_in_any_file_fails_and_names_it(bag: Path, local_tsa: LocalTsa, kind: str) -> None:
    path = _files_by_kind(bag)[kind]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.chmod(0o644)
    path.write_bytes(bytes(data))
    check = verify_bag(bag, local_tsa.cert.read_bytes())
    assert not check.ok
    name = path.relative_to(bag).as_posix()
    assert any(p.file == name for p in check.problems), check.problems


def _gzip_members(data: bytes) -> list[bytes]:
    members = []
    while data:
        inflater = zlib.decompressobj(wbits=31)
        members.append(inflater.decompress(data))
        data = inflater.unused_data
    return members


def test_a_rehashed_warc_change_is_still_caught_by_the_token_and_warc_digests(bag: Path, local_tsa: LocalTsa) -> None:
    """Someone who edits a capture and rewrites the manifests cannot forge the token or the WARC digests."""
    warc = bag / "data" / "captures" / f"{hashlib.sha256(PAGE).hexdigest()}.warc.gz"
    word, forged = "ناشط".encode(), "صحفي".encode()
    assert len(word) == len(forged)
    members = [m.replace(word, forged) for m in _gzip_members(warc.read_bytes())]
    warc.write_bytes(b"".join(gzip.compress(m) for m in members))
    bagit.Bag(str(bag)).save(manifests=True)
    problems = verify_bag(bag, local_tsa.cert.read_bytes()).problems
    reasons = {p.file: p.reason for p in problems}
    assert "changed after stamping" in reasons["manifest-sha256.txt"]
    assert "digest" in reasons[warc.relative_to(bag).as_posix()]


def test_deleted_and_added_files_fail(bag: Path, local_tsa: LocalTsa) -> None:
    (bag / "data" / "leads" / "L1.txt").unlink()
    (bag / "tagmanifest-sha256.txt").unlink()
    (bag / "data" / "leads" / "extra.txt").write_text("x")
    (bag / "timestamp" / "extra.tst").write_bytes(b"x")
    files = {p.file for p in verify_bag(bag, local_tsa.cert.read_bytes()).problems}
    assert {"data/leads/L1.txt", "data/leads/extra.txt", "timestamp/extra.tst", "tagmanifest-sha256.txt"} <= files


def test_the_wrong_tsa_cert_fails(bag: Path, local_tsa: LocalTsa) -> None:
    problems = verify_bag(bag, local_tsa.other_cert.read_bytes()).problems
    assert [p.file for p in problems] == ["timestamp/manifest-sha256.txt.tst"]


def test_unknown_capture_or_dead_tsa_leaves_nothing(tmp_path: Path, local_tsa: LocalTsa) -> None:
    first, _ = build_archive(tmp_path / "archive")
    with pytest.raises(UserError, match="not in the archive"):
        write_referral_bag([INCIDENT], [lead("L1", "ab" * 32, "")], EVENTS, tmp_path / "archive",
                           tmp_path / "out" / "bag", TimestampAuthority(local_tsa.url))
    with pytest.raises(NotConfigured, match="unreachable"):
        write_referral_bag([INCIDENT], [lead("L1", first, "")], EVENTS, tmp_path / "archive",
                           tmp_path / "out" / "bag", TimestampAuthority("http://127.0.0.1:9/", timeout=2))
    assert list((tmp_path / "out").iterdir()) == []


def test_no_victim_name_reaches_the_bag_or_the_log(tmp_path: Path, local_tsa: LocalTsa,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    first, _ = build_archive(tmp_path / "archive")
    caplog.set_level("INFO")
    text = f"شهادة {CANARY_NAMES[0]}"
    summary = write_referral_bag([INCIDENT], [lead("L1", first, text)], EVENTS, tmp_path / "archive",
                                 tmp_path / "bag", TimestampAuthority(local_tsa.url))
    assert all(CANARY_NAMES[0] not in r.getMessage() for r in caplog.records)
    assert (summary.path / "data" / "leads" / "L1.txt").read_text(encoding="utf-8") == text
    shutil.rmtree(summary.path)


def test_cli_verify_passes_then_fails_naming_the_file(bag: Path, local_tsa: LocalTsa,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "verify", str(bag), "--tsa-cert", str(local_tsa.cert)]) == 0
    assert "OK" in capsys.readouterr().out
    text = bag / "data" / "leads" / "L1.txt"
    text.write_bytes(text.read_bytes() + b" ")
    assert main(["export", "verify", str(bag), "--tsa-cert", str(local_tsa.cert)]) == 1
    err = capsys.readouterr().err
    assert "FAIL data/leads/L1.txt: sha256 differs from the manifest" in err


def test_cli_without_a_tsa_is_one_line_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("RASAD_TSA_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["export", "referral", "inc-1", "--out", "bag"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("rasad export: error: RASAD_TSA_URL is not set") and "\n" not in err
    assert list(tmp_path.iterdir()) == []
    assert main(["export", "verify", "no-such-bag"]) == 2
    assert main(["export", "verify", str(tmp_path), "--tsa-cert", "missing.pem"]) == 2


def test_captures_are_looked_for_in_the_fetch_day_first_then_everywhere(
        tmp_path: Path, local_tsa: LocalTsa, caplog: pytest.LogCaptureFixture) -> None:
    archive = tmp_path / "archive"
    first, _ = build_archive(archive)
    damaged = archive / "2020" / "01" / "01" / "old.warc.gz"
    damaged.parent.mkdir(parents=True)
    whole = next(archive.rglob("*.warc.gz")).read_bytes()
    damaged.write_bytes(whole[: len(whole) // 2] + b"\x00" * 64)  # cut mid-record
    today = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    caplog.set_level("WARNING")
    write_referral_bag([INCIDENT], [replace(lead("L1", first, ""), fetched_at=today)], EVENTS, archive,
                       tmp_path / "bag1", TimestampAuthority(local_tsa.url))
    assert not any("old.warc.gz" in r.getMessage() for r in caplog.records)  # never read
    summary = write_referral_bag([INCIDENT], [lead("L1", first, "")], EVENTS, archive,  # fetched on 2026-11-02
                                 tmp_path / "bag2", TimestampAuthority(local_tsa.url))
    assert summary.captures == 1
    assert any("old.warc.gz" in r.getMessage() and "skipped" in r.getMessage() for r in caplog.records)
