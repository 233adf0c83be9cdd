"""Every reader of WARC records stops at the record cap: a gzip bomb in the archive (a small record
that inflates to hundreds of megabytes) is a named failure, never a full memory or a silent gap."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import textwrap
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipelines.archive import RecordTooBig, WarcArchive, iter_responses, read_body, verify_file
from pipelines.batch import process_captures
from pipelines.documents import InputError, InputItem
from pipelines.reprocess import archive_items
from rasad import captures
from rasad.errors import NotConfigured
from rasad.records import Capture
from rasad.settings import MAX_DOWNLOAD_BYTES, archive_record_cap

CAP = 1 << 20  # what the tests set RASAD_ARCHIVE_MAX_RECORD_BYTES to
INFLATED = 200 << 20  # what the bomb's payload inflates to
BOMB_FILE = "2026/11/20/bomb.warc.gz"
BOMB_ID = "<urn:uuid:0b0b0b0b-0000-4000-8000-000000000001>"


@dataclass(frozen=True)
class BombArchive:
    root: Path
    good: Capture
    bomb: Capture


def _deflate(data: bytes, mode: int) -> bytes:
    """Raw deflate of ``data`` from a fresh state, ending byte-aligned (full flush) or final (finish)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(mode)


def write_bomb(path: Path, inflated: int, in_headers: bool = False) -> str:
    """One gzip member holding one well-formed WARC response record whose payload is ``inflated`` spaces
    (``in_headers``: whose WARC headers end in one header line of ``inflated`` spaces that never ends);
    returns the payload's SHA-256 (hex). A full flush makes every 1 MiB block of spaces compress to the
    same bytes, so the member is written block by block in a fraction of a second and stays ~200 KB."""
    chunk = b" " * (1 << 20)
    assert inflated % len(chunk) == 0
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {inflated}\r\n\r\n".encode()
    digest, crc = hashlib.sha256(), 0
    for _ in range(inflated // len(chunk)):
        digest.update(chunk)
    warc = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: {BOMB_ID}\r\n"
            "WARC-Target-URI: http://bomb.example/a\r\nWARC-Date: 2026-11-20T00:00:00Z\r\n"
            f"WARC-Payload-Digest: sha256:{base64.b32encode(digest.digest()).decode()}\r\n"
            "Content-Type: application/http; msgtype=response\r\n").encode()
    if in_headers:
        warc += b"X-Bomb:"
    else:
        warc += f"Content-Length: {len(http) + inflated}\r\n\r\n".encode() + http
    block, tail = _deflate(chunk, zlib.Z_FULL_FLUSH), b"\r\n\r\n"
    with open(path, "wb") as out:
        out.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff")  # gzip header, no name, no time
        out.write(_deflate(warc, zlib.Z_FULL_FLUSH))
        crc = zlib.crc32(warc)
        for _ in range(inflated // len(chunk)):
            out.write(block)
            crc = zlib.crc32(chunk, crc)
        out.write(_deflate(tail, zlib.Z_FINISH))
        crc = zlib.crc32(tail, crc)
        size = len(warc) + inflated + len(tail)
        out.write(crc.to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))
    return digest.hexdigest()


def _archive_with_bomb(root: Path, in_headers: bool) -> BombArchive:
    """One good record in a WARC of its own, and a bomb in BOMB_FILE beside it."""
    with WarcArchive(root) as archive:
        good = archive.write_exchange(url="http://x.ly/1", final_url="http://x.ly/1", status=200,
                                      response_headers=[("Content-Type", "text/html")], body=b"<p>ok</p>")
    (root / BOMB_FILE).parent.mkdir(parents=True)
    return BombArchive(root, good, _capture(write_bomb(root / BOMB_FILE, INFLATED, in_headers=in_headers)))


@pytest.fixture(scope="module")
def bombed(tmp_path_factory: pytest.TempPathFactory) -> BombArchive:
    return _archive_with_bomb(tmp_path_factory.mktemp("archive"), in_headers=False)


def _capture(sha: str) -> Capture:
    return Capture(url="http://bomb.example/a", final_url="http://bomb.example/a", status=200,
                   fetched_at="2026-11-20T00:00:00Z", sha256=sha, warc_file=BOMB_FILE, warc_offset=0,
                   warc_record_id=BOMB_ID, content_type="text/html")


@pytest.fixture(scope="module")
def header_bombed(tmp_path_factory: pytest.TempPathFactory) -> BombArchive:
    """A record whose WARC headers never end: warcio would read the endless line whole to parse them."""
    return _archive_with_bomb(tmp_path_factory.mktemp("archive"), in_headers=True)


@pytest.fixture(autouse=True)
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_ARCHIVE_MAX_RECORD_BYTES", str(CAP))
    captures._cache.clear()


def _names_the_record(message: str) -> None:
    assert "\n" not in message
    assert BOMB_FILE in message and "@0" in message and BOMB_ID in message
    assert f"past the {CAP}-byte cap (RASAD_ARCHIVE_MAX_RECORD_BYTES)" in message


def test_the_bomb_is_small_on_disk_and_a_valid_record(bombed: BombArchive) -> None:
    assert (bombed.root / BOMB_FILE).stat().st_size < 400_000
    records, problems = verify_file(bombed.root / BOMB_FILE, BOMB_FILE)
    assert records == 0 and len(problems) == 1
    _names_the_record(problems[0].reason)  # verify stops at the cap too, and says where


def test_the_cap_defaults_to_twice_the_download_cap_and_refuses_junk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASAD_ARCHIVE_MAX_RECORD_BYTES")
    assert archive_record_cap() == 2 * MAX_DOWNLOAD_BYTES
    monkeypatch.setenv("RASAD_ARCHIVE_MAX_RECORD_BYTES", "20MB")
    with pytest.raises(NotConfigured, match="positive number of bytes"):
        archive_record_cap()


def test_read_body_refuses_the_bomb_and_still_reads_good_records(bombed: BombArchive) -> None:
    with pytest.raises(RecordTooBig) as caught:
        read_body(bombed.root, bombed.bomb)
    _names_the_record(str(caught.value))
    assert read_body(bombed.root, bombed.good) == b"<p>ok</p>"


def test_iter_responses_refuses_the_bomb(bombed: BombArchive) -> None:
    with pytest.raises(RecordTooBig, match="inflates past"):
        list(iter_responses(bombed.root / BOMB_FILE))


def test_rebuild_and_reprocess_count_the_bomb_as_unreadable(bombed: BombArchive) -> None:
    """``rasad index rebuild`` and the reprocess flow read the archive through ``archive_items``."""
    items = list(archive_items(bombed.root))
    assert [type(item) for item in items] == [InputError, InputItem]  # 2026/11/20 sorts before today
    assert items[0].source == f"{bombed.root / BOMB_FILE}@0"
    _names_the_record(items[0].reason)
    assert items[1].body == b"<p>ok</p>"


def test_night_processing_quarantines_the_bomb(bombed: BombArchive) -> None:
    result = process_captures([bombed.bomb], bombed.root)
    assert result.documents == [] and len(result.dead_letters) == 1
    letter = result.dead_letters[0]
    assert letter.kind == "quarantine"
    _names_the_record(letter.reason)


def test_archive_show_names_the_bomb_and_still_finds_the_rest(bombed: BombArchive,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(captures.CaptureUnreadable) as caught:
        captures.show_command(bombed.root, bombed.bomb.sha256, open_body=True)
    _names_the_record(str(caught.value))
    assert captures.show_command(bombed.root, bombed.good.sha256, open_body=True) == 0
    assert capsys.readouterr().out.strip() == "<p>ok</p>"
    line = captures.pointer_lines(bombed.root, bombed.bomb.sha256)[0]
    assert "unreadable" in line and BOMB_ID in line
    with pytest.raises(captures.CaptureUnreadable, match="could not be read whole"):
        captures.find_capture(bombed.root, "0" * 64)  # it may be behind the bomb: not "not found"


def test_referral_extraction_skips_the_bomb_file_with_its_reason(bombed: BombArchive, tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    from rasad.outputs.warc_extract import extract_captures

    found = extract_captures(bombed.root, {bombed.bomb.sha256, bombed.good.sha256}, tmp_path)
    assert set(found) == {bombed.good.sha256}
    assert any(BOMB_ID in record.getMessage() for record in caplog.records)


READ_IN_CHILD = textwrap.dedent("""
    import json, resource, sys
    from pathlib import Path
    from pipelines.archive import RecordTooBig, read_body
    from rasad.records import Capture

    root, capture = Path(sys.argv[1]), Capture.from_dict(json.loads(sys.argv[2]))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        read_body(root, capture)
        outcome = "read"
    except RecordTooBig:
        outcome = "refused"
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"outcome": outcome, "grown_kib": after - before}))
""")


def test_a_bomb_in_the_headers_is_refused_by_every_reader(header_bombed: BombArchive) -> None:
    root, where = header_bombed.root, f"{BOMB_FILE}@0 inflates past the {CAP}-byte cap"
    with pytest.raises(RecordTooBig, match=where):
        read_body(root, header_bombed.bomb)
    with pytest.raises(RecordTooBig, match="inflates past"):
        list(iter_responses(root / BOMB_FILE))
    items = list(archive_items(root))
    assert isinstance(items[0], InputError) and where in items[0].reason and "\n" not in items[0].reason
    assert isinstance(items[1], InputItem) and items[1].body == b"<p>ok</p>"
    records, problems = verify_file(root / BOMB_FILE, BOMB_FILE)
    assert records == 0 and [where in p.reason for p in problems] == [True]
    with pytest.raises(captures.CaptureUnreadable, match="could not be read whole"):
        captures.find_capture(root, header_bombed.bomb.sha256)  # its digest was never parsed
    assert captures.find_capture(root, header_bombed.good.sha256) is not None


@pytest.mark.parametrize("kind", ["payload", "headers"])
def test_reading_a_bomb_keeps_memory_bounded(kind: str, bombed: BombArchive, header_bombed: BombArchive) -> None:
    """Peak RSS of a fresh process that reads the bomb grows by tens of MB at most (the cap, the header
    room, one inflated block), not by the 200 MB it inflates to. (An address-space limit keeps a
    regression from taking the shared machine's memory.)"""
    archive = bombed if kind == "payload" else header_bombed
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31));"
    result = subprocess.run([sys.executable, "-c", limit + READ_IN_CHILD, str(archive.root),
                             json.dumps(archive.bomb.to_dict())],
                            check=False, capture_output=True, text=True, timeout=300,
                            env={"RASAD_ARCHIVE_MAX_RECORD_BYTES": str(CAP), "PATH": "/usr/bin:/bin"},
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["outcome"] == "refused"
    assert report["grown_kib"] < 128 * 1024  # without the caps the peak grows by > 400 MiB (200 MiB, joined)


def test_index_rebuild_quarantines_the_bomb_with_its_reason(bombed: BombArchive) -> None:
    """What ``rasad index rebuild`` and the reprocess flow run (``leads_from_archive`` counts these)."""
    from pipelines.reprocess import reprocess_archive

    outcomes = list(reprocess_archive(bombed.root, workers=1))
    bombs = [o for o in outcomes if o.capture.warc_file == f"{bombed.root / BOMB_FILE}@0"]
    assert len(outcomes) == 2 and len(bombs) == 1 and bombs[0].kind == "quarantine"
    _names_the_record(bombs[0].reason)
