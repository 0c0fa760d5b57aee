"""Refresh tokens encrypted at rest with Fernet, the keys from ``TACTFUL_TOKEN_KEY``.

The variable holds one key, or several separated by commas to rotate keys: the first
key encrypts, every key listed decrypts.  To rotate, put a new key in front, run
``Storage.reencrypt_credentials()``, then drop the old key.
"""

from __future__ import annotations

import binascii
import os
from collections.abc import Mapping, Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

TOKEN_KEY_VARIABLE = "TACTFUL_TOKEN_KEY"
GENERATE_KEY_COMMAND = 'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'


class MissingTokenKey(RuntimeError):
    """The token key is not configured, or is not a Fernet key; the message says how to make one."""

    def __init__(self, problem: str) -> None:
        super().__init__(
            f"{problem}. Tactful encrypts Google refresh tokens with the key(s) in {TOKEN_KEY_VARIABLE} "
            f"(several separated by commas: the first encrypts, all decrypt). Generate a key with:\n"
            f"    {GENERATE_KEY_COMMAND}"
        )


class CredentialUnreadable(Exception):
    """A stored token no configured key decrypts: the user must sign in again."""


class TokenCipher:
    """Encrypts with the newest key; decrypts with any of the keys."""

    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise MissingTokenKey(f"{TOKEN_KEY_VARIABLE} holds no key")
        fernets = []
        for position, key in enumerate(keys, start=1):
            try:
                fernets.append(Fernet(key.strip().encode("ascii")))
            except (ValueError, UnicodeEncodeError, binascii.Error) as error:
                raise MissingTokenKey(
                    f"key {position} of {TOKEN_KEY_VARIABLE} is not a Fernet key (32 url-safe base64-encoded bytes)"
                ) from error
        self._fernet = MultiFernet(fernets)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> TokenCipher:
        """The cipher for the keys in ``environ`` (default: the process environment), read now."""
        value = (os.environ if environ is None else environ).get(TOKEN_KEY_VARIABLE, "")
        if not value.strip():
            raise MissingTokenKey(f"{TOKEN_KEY_VARIABLE} is not set")
        return cls(value.split(","))

    def encrypt(self, secret: str) -> str:
        return self._fernet.encrypt(secret.encode("utf-8")).decode("ascii")

    def decrypt(self, stored: str) -> str:
        try:
            return self._fernet.decrypt(stored.encode("ascii")).decode("utf-8")
        except (InvalidToken, UnicodeError) as error:
            raise CredentialUnreadable("the stored Google credential cannot be decrypted; sign in again") from error

    def rotate(self, stored: str) -> str:
        """``stored`` encrypted again with the newest key; raises ``CredentialUnreadable``."""
        try:
            return self._fernet.rotate(stored.encode("ascii")).decode("ascii")
        except (InvalidToken, UnicodeError) as error:
            raise CredentialUnreadable("the stored Google credential cannot be decrypted; sign in again") from error
