"""Typed access to the tables for one backend serving many users.

Each method runs in a transaction of its own.  Settings are the service layer's
``Settings``; callers validate changes (``apply_changes``) before saving them here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tactful.core.compose.options import Reason, Tone
from tactful.core.suggest import preferences_from_json, preferences_json
from tactful.service.ports import SavedDraft
from tactful.service.settings import Settings
from tactful.storage.crypto import TokenCipher
from tactful.storage.holds import HoldRecords
from tactful.storage.models import Credential, DraftRecord, User, UserSettings
from tactful.storage.sessions import SessionTokens

T = TypeVar("T")


class UnknownUser(LookupError):
    """No user has this id (never created, or deleted)."""


class Storage:
    """Users, their encrypted refresh tokens, settings, draft ledgers, API sessions and holds."""

    def __init__(self, engine: Engine, cipher: TokenCipher) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._cipher = cipher
        self.api_sessions = SessionTokens(self._sessions)
        self.holds = HoldRecords(self._sessions)

    def _write(self, user_id: int, change: Callable[[Session], T]) -> T:
        """Run ``change`` in a transaction, once more if a concurrent insert won the race."""
        for attempt in (1, 2):
            try:
                with self._sessions.begin() as session:
                    return change(session)
            except IntegrityError:
                with self._sessions() as session:
                    if session.get(User, user_id) is None:
                        raise UnknownUser(user_id) from None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    # Users

    def upsert_user(self, sub: str, email: str) -> int:
        """The id of the user with Google subject ``sub``, created if new; ``email`` kept current."""
        for attempt in (1, 2):
            try:
                with self._sessions.begin() as session:
                    user = session.scalars(select(User).where(User.sub == sub)).one_or_none()
                    if user is None:
                        user = User(sub=sub, email=email)
                        session.add(user)
                    else:
                        user.email = email
                    session.flush()
                    return user.id
            except IntegrityError:
                if attempt == 2:  # pragma: no cover - a second race on the same subject
                    raise
        raise AssertionError("unreachable")

    def user_email(self, user_id: int) -> str:
        with self._sessions() as session:
            user = session.get(User, user_id)
            if user is None:
                raise UnknownUser(user_id)
            return user.email

    def delete_user(self, user_id: int) -> None:
        """Remove the user with everything stored for them (the database cascades)."""
        with self._sessions.begin() as session:
            session.execute(delete(User).where(User.id == user_id))

    # Credentials

    def save_refresh_token(self, user_id: int, token: str, scopes: Iterable[str]) -> None:
        """Keep ``token`` (encrypted) and the ``scopes`` granted with it; replaces what was there."""
        encrypted = self._cipher.encrypt(token)
        granted = " ".join(sorted(set(scopes)))

        def change(session: Session) -> None:
            row = session.scalars(select(Credential).where(Credential.user_id == user_id)).one_or_none()
            if row is None:
                session.add(Credential(user_id=user_id, refresh_token_encrypted=encrypted, scopes=granted))
            else:
                row.refresh_token_encrypted = encrypted
                row.scopes = granted

        self._write(user_id, change)

    def refresh_token(self, user_id: int) -> str | None:
        """The user's refresh token, or None if they have none; raises ``CredentialUnreadable``."""
        with self._sessions() as session:
            stored = session.scalars(select(Credential.refresh_token_encrypted).where(Credential.user_id == user_id)).one_or_none()
        return None if stored is None else self._cipher.decrypt(stored)

    def granted_scopes(self, user_id: int) -> frozenset[str]:
        """The scopes granted with the stored refresh token (none without one)."""
        with self._sessions() as session:
            scopes = session.scalars(select(Credential.scopes).where(Credential.user_id == user_id)).one_or_none()
        return frozenset(scopes.split()) if scopes else frozenset()

    def forget_credentials(self, user_id: int) -> None:
        """Drop the user's refresh token (the grant was revoked, or they signed out)."""
        with self._sessions.begin() as session:
            session.execute(delete(Credential).where(Credential.user_id == user_id))

    def reencrypt_credentials(self) -> int:
        """Encrypt every stored token again with the newest key; returns how many.

        Raises ``CredentialUnreadable`` (and changes nothing) if a token no key decrypts.
        """
        with self._sessions.begin() as session:
            rows = session.scalars(select(Credential)).all()
            for row in rows:
                row.refresh_token_encrypted = self._cipher.rotate(row.refresh_token_encrypted)
            return len(rows)

    # Settings

    def settings(self, user_id: int, defaults: Settings = Settings()) -> Settings:
        """The user's saved settings, or ``defaults`` until they save some."""
        with self._sessions() as session:
            row = session.scalars(select(UserSettings).where(UserSettings.user_id == user_id)).one_or_none()
        if row is None:
            return defaults
        return Settings(
            working_hours=row.working_hours,
            zone=row.zone,
            default_tone=Tone(row.tone),
            default_reason=Reason(row.reason),
            slot_count=row.slot_count,
            holds=row.holds,
            calendars=tuple(row.calendars.split()),
            preferences=preferences_from_json(json.loads(row.preferences)),
            draft_ahead=row.draft_ahead,
            name=row.name,
        )

    def has_settings(self, user_id: int) -> bool:
        """Whether the user (or their first sign-in) ever saved settings."""
        with self._sessions() as session:
            return session.scalars(select(UserSettings.id).where(UserSettings.user_id == user_id)).first() is not None

    def save_settings(self, user_id: int, settings: Settings) -> None:
        values = {
            "working_hours": settings.working_hours,
            "zone": settings.zone,
            "tone": settings.default_tone.value,
            "reason": settings.default_reason.value,
            "slot_count": settings.slot_count,
            "holds": settings.holds,
            "calendars": " ".join(settings.calendars),
            "preferences": json.dumps(preferences_json(settings.preferences), ensure_ascii=False),
            "draft_ahead": settings.draft_ahead,
            "name": settings.name,
        }

        def change(session: Session) -> None:
            row = session.scalars(select(UserSettings).where(UserSettings.user_id == user_id)).one_or_none()
            if row is None:
                session.add(UserSettings(user_id=user_id, **values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)

        self._write(user_id, change)

    # Drafts

    def ledger(self, user_id: int, action: str | None = None) -> UserDraftLedger:
        """The draft ledger of one user; drafts it records are noted as made for ``action``."""
        return UserDraftLedger(self, user_id, action)

    def draft_action(self, user_id: int, thread_id: str) -> str | None:
        """The action of the draft recorded for the thread, if any was noted."""
        with self._sessions() as session:
            return session.scalars(
                select(DraftRecord.action).where(DraftRecord.user_id == user_id, DraftRecord.thread_id == thread_id)
            ).one_or_none()

    def saved_draft(self, user_id: int, thread_id: str) -> SavedDraft | None:
        with self._sessions() as session:
            row = session.scalars(
                select(DraftRecord).where(DraftRecord.user_id == user_id, DraftRecord.thread_id == thread_id)
            ).one_or_none()
        if row is None:
            return None
        return SavedDraft(
            draft_id=row.draft_id, thread_id=row.draft_thread_id, message_id=row.message_id, fingerprint=row.fingerprint
        )

    def record_draft(self, user_id: int, thread_id: str, saved: SavedDraft, action: str | None = None) -> None:
        def change(session: Session) -> None:
            row = session.scalars(
                select(DraftRecord).where(DraftRecord.user_id == user_id, DraftRecord.thread_id == thread_id)
            ).one_or_none()
            if row is None:
                row = DraftRecord(user_id=user_id, thread_id=thread_id)
                session.add(row)
            row.draft_id = saved.draft_id
            row.draft_thread_id = saved.thread_id
            row.message_id = saved.message_id
            row.fingerprint = saved.fingerprint
            if action is not None:
                row.action = action

        self._write(user_id, change)


class UserDraftLedger:
    """The ``DraftLedger`` of one user (``tactful.service.threads.DraftLedger``)."""

    def __init__(self, storage: Storage, user_id: int, action: str | None = None) -> None:
        self._storage = storage
        self.user_id = user_id
        self.action = action

    def get(self, thread_id: str) -> SavedDraft | None:
        return self._storage.saved_draft(self.user_id, thread_id)

    def put(self, thread_id: str, saved: SavedDraft) -> None:
        self._storage.record_draft(self.user_id, thread_id, saved, self.action)


if TYPE_CHECKING:
    from tactful.service.threads import DraftLedger

    def _fits_the_protocol(ledger: UserDraftLedger) -> DraftLedger:
        return ledger  # mypy checks that a UserDraftLedger is a DraftLedger
