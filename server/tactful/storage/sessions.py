"""Bearer tokens of the extension API, and the one-time codes traded for them.

After Google sign-in the extension receives a one-time code in its redirect URL (which
never reaches the network) and trades it for a session token it sends as
``Authorization: Bearer``.  Both are random (``secrets``); only their SHA-256 digests are
stored, so a leaked database opens no session.  Signing out deletes every session.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from tactful.storage.models import ApiSession

CODE_LIFETIME = timedelta(minutes=2)
SESSION_LIFETIME = timedelta(days=30)
_TOKEN_BYTES = 32
_CODE, _SESSION = "code", "session"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class SessionTokens:
    """Issue, redeem and check API tokens; ``now`` is always the caller's clock."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def _issue(self, user_id: int, kind: str, expires_at: datetime) -> str:
        token = secrets.token_urlsafe(_TOKEN_BYTES)
        expires_at = expires_at.astimezone(UTC)  # SQLite keeps no offset: store every instant in UTC
        with self._sessions.begin() as session:
            session.add(ApiSession(user_id=user_id, token_digest=_digest(token), kind=kind, expires_at=expires_at))
        return token

    def issue_code(self, user_id: int, now: datetime) -> str:
        """A code that opens one session if redeemed within ``CODE_LIFETIME``."""
        return self._issue(user_id, _CODE, now + CODE_LIFETIME)

    def redeem_code(self, code: str, now: datetime) -> str | None:
        """A new session token for the code's user, or None for an unknown, used or expired code.

        The code is deleted in the same transaction that reads it, so it works once.
        """
        with self._sessions.begin() as session:
            row = session.scalars(
                select(ApiSession).where(ApiSession.token_digest == _digest(code), ApiSession.kind == _CODE)
            ).one_or_none()
            if row is None:
                return None
            session.delete(row)
            if _aware(row.expires_at) <= now:
                return None
            user_id = row.user_id
        return self._issue(user_id, _SESSION, now + SESSION_LIFETIME)

    def user_of(self, token: str, now: datetime) -> int | None:
        """The user a live session token belongs to, or None."""
        with self._sessions() as session:
            row = session.scalars(
                select(ApiSession).where(ApiSession.token_digest == _digest(token), ApiSession.kind == _SESSION)
            ).one_or_none()
        if row is None or _aware(row.expires_at) <= now:
            return None
        return row.user_id

    def end_all(self, user_id: int) -> None:
        """Sign the user out everywhere."""
        with self._sessions.begin() as session:
            session.execute(delete(ApiSession).where(ApiSession.user_id == user_id))

    def purge_expired(self, now: datetime) -> int:
        """Delete expired codes and sessions; how many went."""
        with self._sessions.begin() as session:
            result = session.execute(delete(ApiSession).where(ApiSession.expires_at <= now.astimezone(UTC)))
            return int(getattr(result, "rowcount", 0) or 0)


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for timezone-aware columns; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
