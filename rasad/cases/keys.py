"""The installation's case key: Fernet keys for victims' identities and a secret for pseudonyms.

The key file lives outside the data directory (``RASAD_KEY_FILE``, default
``~/.config/rasad/case.key``), so a copied data folder or backup is unreadable without it. It holds
JSON: ``fernet`` (newest first; MultiFernet decrypts with any, encrypts with the first) and
``pseudonym`` (an HMAC secret that never rotates, so pseudonyms stay stable).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from rasad.errors import UserError
from rasad.settings import Settings


def key_path() -> Path:
    return Path(os.environ.get("RASAD_KEY_FILE") or "~/.config/rasad/case.key").expanduser()


@dataclass(frozen=True)
class Keyring:
    fernet_keys: tuple[str, ...]  # newest first
    pseudonym_key: str
    path: Path

    @property
    def cipher(self) -> MultiFernet:
        return MultiFernet([Fernet(key) for key in self.fernet_keys])

    def encrypt(self, value: str | None) -> str | None:
        return None if value is None else self.cipher.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str | None) -> str | None:
        if token is None:
            return None
        try:
            return self.cipher.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise UserError(f"the key file {self.path} does not open this case store's identities "
                            "(wrong or replaced key file: restore the right one)") from None

    def rotate_token(self, token: str) -> str:
        try:
            return self.cipher.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken:
            raise UserError(f"the key file {self.path} does not open every identity: nothing was rotated") from None

    def pseudonym(self, victim_id: str) -> str:
        """Stable and one-way: the same victim always gets it, and it says nothing about them."""
        digest = hmac.new(base64.urlsafe_b64decode(self.pseudonym_key), victim_id.encode("utf-8"),
                          hashlib.sha256).hexdigest()
        return "P-" + digest[:10]


def _check_location(path: Path, settings: Settings) -> None:
    data_dir = settings.data_dir.expanduser().resolve()
    if path.resolve().is_relative_to(data_dir):
        raise UserError(f"the key file {path} is inside the data directory {data_dir}: keep it elsewhere "
                        "(RASAD_KEY_FILE), so a copy of the data is not a copy of the key")


def _write(path: Path, fernet_keys: tuple[str, ...], pseudonym_key: str) -> None:
    """Write the key file 0600, atomically (a crash leaves the old file or the new one, never half)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        json.dump({"fernet": list(fernet_keys), "pseudonym": pseudonym_key}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def load_keyring(settings: Settings, create: bool = False) -> Keyring:
    """The installation's keys; created (0600, with a message on stderr) only when ``create`` is set.

    The case service passes ``create`` only while no identity is stored yet: a missing key file with
    identities in the store is an error, never a silent new key that would orphan them.
    """
    path = key_path()
    _check_location(path, settings)
    if not path.exists():
        if not create:
            raise UserError(f"no case key file at {path}: identities cannot be read or written without it "
                            "(restore it, or set RASAD_KEY_FILE)")
        pseudonym_key = base64.urlsafe_b64encode(os.urandom(32)).decode("ascii")
        _write(path, (Fernet.generate_key().decode("ascii"),), pseudonym_key)
        print(f"rasad: created the case key {path} (0600). Back it up somewhere safe and apart from the data: "
              "without it victims' names and contacts cannot be read.", file=sys.stderr)
    try:
        data = json.loads(path.read_text(encoding="ascii"))
        keyring = Keyring(tuple(data["fernet"]), str(data["pseudonym"]), path)
        keyring.cipher  # noqa: B018 - validates every key
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"the case key file {path} is unreadable or damaged ({type(exc).__name__})") from None
    if path.stat().st_mode & 0o077:
        raise UserError(f"the case key file {path} is readable by others: chmod 600 {path}")
    return keyring


def add_new_key(keyring: Keyring) -> Keyring:
    """Put a fresh Fernet key first, keeping the old ones to decrypt until rotation is done."""
    rotated = Keyring((Fernet.generate_key().decode("ascii"), *keyring.fernet_keys), keyring.pseudonym_key,
                      keyring.path)
    _write(keyring.path, rotated.fernet_keys, rotated.pseudonym_key)
    return rotated


def drop_old_keys(keyring: Keyring) -> Keyring:
    kept = Keyring(keyring.fernet_keys[:1], keyring.pseudonym_key, keyring.path)
    _write(keyring.path, kept.fernet_keys, kept.pseudonym_key)
    return kept
