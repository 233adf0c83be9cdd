"""A WARC file whose writer was killed: its whole records past the last reported one are adopted
(rebuilt exactly as the writer reported them), a torn tail is moved aside, and the file is closed."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from pathlib import Path

import pytest

from pipelines.archive import (
    MANIFEST,
    TORN_SUFFIX,
    UnclosedWarc,
    WarcArchive,
    WriterAlive,
    post_capture,
    verify,
)
from rasad.records import Capture

BODY = "<html><body><p>قتل مدنيان في طرابلس</p></body></html>".encode() * 40


def exchange(archive: WarcArchive, n: int, **extra: object) -> Capture:
    return archive.write_exchange(
        url=f"http://127.0.0.1/a{n}", final_url=f"http://127.0.0.1/b{n}", status=200,
        response_headers=[("Content-Type", "text/html; charset=utf-8")], body=BODY + str(n).encode(),
        ip="127.0.0.1", redirect_chain=(f"http://127.0.0.1/a{n}",), source_id="s1", charset="utf-8",
        charset_flag="relabelled", truncated=n == 3, **extra)  # type: ignore[arg-type]


def killed(archive: WarcArchive) -> None:
    """What kill -9 leaves of a writer: the bytes it flushed, no close, no manifest entry, no lock."""
    archive._file.close()
    os.close(archive._lock)


def member_ends(archive: WarcArchive, captures: list[Capture]) -> list[int]:
    return [c.warc_offset for c in captures] + [archive.path.stat().st_size]


@pytest.fixture()
def unclosed(tmp_path: Path) -> tuple[WarcArchive, list[Capture], list[Capture]]:
    """Five pages (the third rendered, with a screenshot and a post); the writer reported two."""
    archive = WarcArchive(tmp_path, opened_list=tmp_path / "opened.warcs.jsonl")
    pages = [exchange(archive, 1, article=True), exchange(archive, 2)]
    third = exchange(archive, 3, article=True, rendered=True, screenshot=b"\x89PNG fake")
    data = json.dumps({"url": "http://127.0.0.1/post/1", "text": "x"}).encode()
    offset = archive.tell()
    post_id = archive.write_resource("http://127.0.0.1/post/1", data, "application/vnd.rasad.post+json",
                                     refers_to=third.warc_record_id, kind="metadata", source_id="s1")
    post = post_capture(third, "http://127.0.0.1/post/1", hashlib.sha256(data).hexdigest(), offset, post_id)
    fourth = exchange(archive, 4)
    killed(archive)
    return archive, pages, [third, post, fourth]


def test_the_writer_lists_its_file_before_creating_it(unclosed: tuple[WarcArchive, list, list]) -> None:
    archive, _, _ = unclosed
    listed = (archive.root / "opened.warcs.jsonl").read_text().splitlines()
    assert [json.loads(line)["file"] for line in listed] == [str(archive.path.relative_to(archive.root))]


@pytest.mark.parametrize("cut", ["inside-data", "trailer", "one-byte"])
def test_whole_records_past_the_manifest_are_adopted_and_the_torn_tail_moved_aside(
        unclosed: tuple[WarcArchive, list[Capture], list[Capture]], cut: str) -> None:
    archive, reported, after = unclosed
    name = str(archive.path.relative_to(archive.root))
    whole = archive.path.stat().st_size
    # A fifth page torn by the kill: its gzip member cut inside its data, before its last trailer
    # byte (warcio reads both as a whole record), or after one byte.
    fifth = _one_member(archive.root.parent / f"{archive.root.name}-scratch")
    with open(archive.path, "ab") as out:
        out.write({"inside-data": fifth[: len(fifth) // 2], "trailer": fifth[:-1], "one-byte": fifth[:1]}[cut])
    size = archive.path.stat().st_size

    with UnclosedWarc.claim(archive.root, name) as warc:
        assert warc is not None
        salvage = warc.scan(reported)
        assert list(salvage.adopted) == after  # rebuilt exactly as the writer reported them
        assert (salvage.whole_bytes, salvage.size, salvage.records) == (whole, size, 1 + 2 * 4 + 2)  # warcinfo, 4 exchanges, screenshot, post
        quarantined = warc.seal(salvage)

    assert quarantined == name + TORN_SUFFIX
    assert (archive.root / quarantined).read_bytes() == fifth[: size - whole]  # nothing lost
    assert archive.path.stat().st_size == whole
    report = verify(archive.root)
    assert report.ok and report.files == 1 and report.writable == [], report.problems
    with UnclosedWarc.claim(archive.root, name) as warc:
        assert warc is None  # closed now: listed in the manifest


def test_a_file_cut_at_a_record_boundary_is_closed_without_quarantine(
        unclosed: tuple[WarcArchive, list[Capture], list[Capture]]) -> None:
    archive, reported, after = unclosed
    name = str(archive.path.relative_to(archive.root))
    with UnclosedWarc.claim(archive.root, name) as warc:
        assert warc is not None
        salvage = warc.scan([*reported, *after[:2]])  # the writer also reported the third page and its post
        assert list(salvage.adopted) == after[2:] and salvage.torn_bytes == 0
        assert warc.seal(salvage) == ""
    assert not (archive.root / (name + TORN_SUFFIX)).exists()
    assert verify(archive.root).ok


def test_a_file_still_being_written_is_not_touched(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    exchange(archive, 1)
    archive.flush()
    name = str(archive.path.relative_to(tmp_path))
    with pytest.raises(WriterAlive, match="still being written"), UnclosedWarc.claim(tmp_path, name, wait_s=0.3):
        pass
    assert archive.path.stat().st_mode & 0o222  # untouched
    archive.close()
    with UnclosedWarc.claim(tmp_path, name) as warc:
        assert warc is None  # closed by its writer
    assert len((tmp_path / MANIFEST).read_text().splitlines()) == 1


def test_a_file_without_a_whole_record_is_moved_aside_whole(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    killed(archive)
    name = str(archive.path.relative_to(tmp_path))
    original = archive.path.read_bytes()
    os.truncate(archive.path, len(original) - 5)  # the warcinfo record itself torn
    with UnclosedWarc.claim(tmp_path, name) as warc:
        assert warc is not None
        salvage = warc.scan([])
        assert (salvage.records, salvage.adopted, salvage.whole_bytes) == (0, (), 0)
        assert warc.seal(salvage) == name + TORN_SUFFIX
    assert not archive.path.exists() and (tmp_path / (name + TORN_SUFFIX)).read_bytes() == original[:-5]
    assert not (tmp_path / MANIFEST).exists()


def test_a_reported_record_that_is_not_whole_leaves_the_file_as_found(
        unclosed: tuple[WarcArchive, list[Capture], list[Capture]]) -> None:
    archive, reported, _ = unclosed
    name = str(archive.path.relative_to(archive.root))
    raw = bytearray(archive.path.read_bytes())
    raw[reported[1].warc_offset + 40] ^= 0xFF  # damage inside the second reported page
    archive.path.write_bytes(bytes(raw))
    with UnclosedWarc.claim(archive.root, name) as warc:
        assert warc is not None
        salvage = warc.scan(reported)
    assert salvage.damaged and salvage.adopted == ()
    assert salvage.whole_bytes <= reported[1].warc_offset


def _one_member(scratch: Path) -> bytes:
    """The bytes of one page's response record (one gzip member), written by a throwaway writer."""
    with WarcArchive(scratch) as other:
        capture = exchange(other, 5)
        other.flush()
        end = other.tell()
    raw = other.path.read_bytes()
    return raw[capture.warc_offset:end][: _member_length(raw, capture.warc_offset)]


def _member_length(raw: bytes, start: int) -> int:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    inflater.decompress(raw[start:])
    return len(raw) - start - len(inflater.unused_data)
