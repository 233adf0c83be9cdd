"""RFC 3161 time-stamp tokens: ask a time-stamping authority (TSA) to sign a digest, check a token later.

A token proves that the referral manifest existed, unchanged, at the TSA's time. The request and the
token are DER (asn1crypto); the signature is checked with ``cryptography`` against the TSA's certificate.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

import httpx
from asn1crypto import cms, tsp, x509
from cryptography import x509 as cx509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID

from rasad.errors import NotConfigured

_HASHES = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512, "sha1": hashes.SHA1}


@dataclass(frozen=True)
class TimestampAuthority:
    """Where to ask for tokens (``RASAD_TSA_URL``)."""

    url: str
    timeout: float = 30.0


@dataclass(frozen=True)
class Stamp:
    """A granted token (DER ContentInfo) and the TSA certificate it carried (PEM, may be empty)."""

    token: bytes
    tsa_cert_pem: bytes
    gen_time: datetime


class TokenInvalid(Exception):
    """The token is damaged or its signature does not verify."""


class DataChanged(TokenInvalid):
    """The token is genuine but stamps other data: the data changed after it was stamped."""


def request_stamp(tsa: TimestampAuthority, digest: bytes) -> Stamp:
    """Ask the TSA to time-stamp a SHA-256 digest; raise NotConfigured on any failure (nothing is kept)."""
    nonce = secrets.randbits(63)
    request = tsp.TimeStampReq({
        "version": 1,
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
        "nonce": nonce,
        "cert_req": True,
    })
    try:
        answer = httpx.post(tsa.url, content=request.dump(), timeout=tsa.timeout,
                            headers={"Content-Type": "application/timestamp-query"})
    except httpx.HTTPError as exc:
        raise NotConfigured(f"time-stamping authority {tsa.url} unreachable ({type(exc).__name__})") from None
    if answer.status_code != 200:
        raise NotConfigured(f"time-stamping authority {tsa.url} answered HTTP {answer.status_code}")
    try:
        response = tsp.TimeStampResp.load(answer.content)
        status = response["status"]["status"].native
        if status not in ("granted", "granted_with_mods"):
            raise NotConfigured(f"time-stamping authority {tsa.url} refused the request ({status})")
        token = response["time_stamp_token"]
        info = _tst_info(token)
    except NotConfigured:
        raise
    except Exception as exc:  # noqa: BLE001 - any malformed answer is the TSA's fault, said in one line
        raise NotConfigured(f"time-stamping authority {tsa.url} sent no readable token ({type(exc).__name__})") \
            from None
    if info["message_imprint"]["hashed_message"].native != digest or info["nonce"].native != nonce:
        raise NotConfigured(f"time-stamping authority {tsa.url} stamped something else (digest or nonce differ)")
    certs = [c.chosen for c in token["content"]["certificates"] or []
             if isinstance(c.chosen, x509.Certificate)]
    pem = b"".join(_pem(c.dump()) for c in certs[:1])
    return Stamp(token.dump(), pem, info["gen_time"].native)


def check_token(token_der: bytes, data: bytes, tsa_cert_pem: bytes) -> datetime:
    """Check that the token stamps ``data`` (its SHA-256) and is signed by the certificate; its time."""
    try:
        token = cms.ContentInfo.load(token_der)
        info = _tst_info(token)
        signed = token["content"]
        signer = signed["signer_infos"][0]
    except Exception as exc:  # noqa: BLE001 - a damaged token is a finding
        raise TokenInvalid(f"token unreadable ({type(exc).__name__})") from None
    digest_name = signer["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        raise TokenInvalid(f"signature uses unsupported hash {digest_name}")
    content = signed["encap_content_info"]["content"].contents
    attrs = signer["signed_attrs"]
    message_digest = next((a["values"][0].native for a in attrs if a["type"].native == "message_digest"), None)
    if message_digest != hashlib.new(digest_name, content).digest():
        raise TokenInvalid("token content does not match its signed digest")
    try:
        cert = cx509.load_pem_x509_certificate(tsa_cert_pem)
    except ValueError:
        raise TokenInvalid("TSA certificate unreadable") from None
    signed_bytes = b"\x31" + attrs.dump()[1:]  # signed over the attributes as a SET, not the [0] tag
    key = cert.public_key()
    signature = signer["signature"].native
    try:
        if isinstance(key, rsa.RSAPublicKey):
            scheme = signer["signature_algorithm"].signature_algo
            pad = (padding.PSS(padding.MGF1(_HASHES[digest_name]()), padding.PSS.AUTO) if scheme == "rsassa_pss"
                   else padding.PKCS1v15())
            key.verify(signature, signed_bytes, pad, _HASHES[digest_name]())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed_bytes, ec.ECDSA(_HASHES[digest_name]()))
        else:
            raise TokenInvalid(f"unsupported TSA key type {type(key).__name__}")
    except InvalidSignature:
        raise TokenInvalid("token signature does not verify against the TSA certificate") from None
    _check_tsa_cert(cert, info["gen_time"].native)
    imprint = info["message_imprint"]
    algorithm = imprint["hash_algorithm"]["algorithm"].native
    if algorithm not in _HASHES:
        raise TokenInvalid(f"token uses unsupported hash {algorithm}")
    if hashlib.new(algorithm, data).digest() != imprint["hashed_message"].native:
        raise DataChanged("does not match the digest in the time-stamp token (changed after stamping)")
    return info["gen_time"].native  # type: ignore[no-any-return]


def _check_tsa_cert(cert: cx509.Certificate, gen_time: datetime) -> None:
    """RFC 3161 2.3: a TSA certificate is for time-stamping only, and was valid when it signed."""
    try:
        usage = cert.extensions.get_extension_for_class(cx509.ExtendedKeyUsage).value
    except cx509.ExtensionNotFound:
        usage = None
    if usage is None or ExtendedKeyUsageOID.TIME_STAMPING not in usage:
        raise TokenInvalid("the TSA certificate is not for time-stamping (no timeStamping extended key usage)")
    if not cert.not_valid_before_utc <= gen_time <= cert.not_valid_after_utc:
        raise TokenInvalid("the token's time is outside the TSA certificate's validity")


def cert_pem_of(data: bytes) -> bytes:
    """A certificate as PEM, from PEM or DER bytes (raises ValueError if neither)."""
    try:
        return cx509.load_pem_x509_certificate(data).public_bytes(serialization.Encoding.PEM)
    except ValueError:
        return cx509.load_der_x509_certificate(data).public_bytes(serialization.Encoding.PEM)


def _tst_info(token: cms.ContentInfo) -> tsp.TSTInfo:
    if token["content_type"].native != "signed_data":
        raise TokenInvalid("token is not CMS signed data")
    return token["content"]["encap_content_info"]["content"].parsed


def _pem(der: bytes) -> bytes:
    return cx509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
