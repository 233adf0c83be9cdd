"""RFC 3161 tokens from a real (local, openssl) TSA: granted, checked, and refused when anything differs."""

from __future__ import annotations

import hashlib

import pytest

from rasad.errors import NotConfigured
from rasad.outputs.timestamp import TimestampAuthority, TokenInvalid, check_token, request_stamp
from tests.outputs.conftest import LocalTsa

DATA = b"0123abcd  data/incidents/inc-1.json\n"


def test_token_stamps_the_digest_and_verifies_against_the_tsa_cert(local_tsa: LocalTsa) -> None:
    stamp = request_stamp(TimestampAuthority(local_tsa.url), hashlib.sha256(DATA).digest())
    assert b"BEGIN CERTIFICATE" in stamp.tsa_cert_pem
    when = check_token(stamp.token, DATA, local_tsa.cert.read_bytes())
    assert when == stamp.gen_time
    assert check_token(stamp.token, DATA, stamp.tsa_cert_pem) == when


def test_token_refuses_other_data_and_other_cert(local_tsa: LocalTsa) -> None:
    stamp = request_stamp(TimestampAuthority(local_tsa.url), hashlib.sha256(DATA).digest())
    with pytest.raises(TokenInvalid, match="changed after stamping"):
        check_token(stamp.token, DATA + b"x", local_tsa.cert.read_bytes())
    with pytest.raises(TokenInvalid, match="signature does not verify"):
        check_token(stamp.token, DATA, local_tsa.other_cert.read_bytes())


def test_unreachable_tsa_is_one_clear_error() -> None:
    with pytest.raises(NotConfigured, match="unreachable"):
        request_stamp(TimestampAuthority("http://127.0.0.1:9/tsa", timeout=2), hashlib.sha256(DATA).digest())


def test_a_certificate_of_the_same_key_not_meant_for_time_stamping_is_refused(local_tsa: LocalTsa) -> None:
    stamp = request_stamp(TimestampAuthority(local_tsa.url), hashlib.sha256(DATA).digest())
    with pytest.raises(TokenInvalid, match="not for time-stamping"):
        check_token(stamp.token, DATA, local_tsa.no_eku_cert.read_bytes())
