"""Password hashing (argon2id) and the rules a new password must meet.

Parameters: argon2id, RFC 9106 second recommendation by default (t=3,
m=64 MiB, p=4), 16-byte salt, 32-byte hash; the encoded hash records them, so
raising them later upgrades each account on its next sign-in. Hashing runs
in a thread so the event loop never waits on it.
"""

from __future__ import annotations

import asyncio
import re

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .errors import Unprocessable

# The most common passwords of public breach corpora (a small offline list);
# the length rule already rules out most of the rest.
COMMON = frozenset("""
123456789012 1234567890 password123 password1234 qwertyuiop 1q2w3e4r5t iloveyou12
qwerty123456 passw0rd123 letmein1234 welcome123 welcome1234 football123 baseball123
sunshine123 princess123 starwars123 trustno1234 superman123 abc123456789 monkey123456
dragon123456 0987654321 1111111111 0000000000 2222222222 1234512345 qwertyuiop1
password12 password01 iloveyou123 changeme123 administrator michael123 jennifer123
asdfghjkl123 zxcvbnm123 1qaz2wsx3edc qazwsxedc123 123qweasdzxc liverpool123 chelsea1234
""".split())


USERNAME = re.compile(r"[A-Za-z0-9_.-]{3,32}")


def check_username(username: str) -> None:
    if not USERNAME.fullmatch(username):
        raise Unprocessable("Usernames are 3 to 32 letters, digits, dots, dashes or "
                            "underscores.", "INVALID_USERNAME")


def hasher(time_cost: int = 3, memory_kib: int = 65536, parallelism: int = 4) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism,
                          hash_len=32, salt_len=16, type=Type.ID)


def check_new_password(password: str, username: str, min_length: int) -> None:
    """Refuse passwords that are short, common, or just the username."""
    if len(password) < min_length:
        raise Unprocessable(f"Please choose a password of at least {min_length} characters. "
                            "A few unrelated words together work well.", "WEAK_PASSWORD")
    if len(password) > 1024:
        raise Unprocessable("That password is longer than we can accept.", "WEAK_PASSWORD")
    folded = password.lower()
    if folded in COMMON or re.fullmatch(r"(.)\1+", folded) or username.lower() in folded:
        raise Unprocessable("That password is too easy to guess. A few unrelated words "
                            "together work well.", "WEAK_PASSWORD")


class Passwords:
    def __init__(self, ph: PasswordHasher | None = None) -> None:
        self.ph = ph or hasher()
        # Verified when the username is unknown, so timing does not reveal it.
        self.dummy = self.ph.hash("not-a-real-password-for-timing")

    async def hash(self, password: str) -> str:
        return await asyncio.to_thread(self.ph.hash, password)

    async def verify(self, encoded: str | None, password: str) -> bool:
        def run() -> bool:
            try:
                return self.ph.verify(encoded or self.dummy, password) and encoded is not None
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False
        return await asyncio.to_thread(run)

    def needs_rehash(self, encoded: str) -> bool:
        return self.ph.check_needs_rehash(encoded)
