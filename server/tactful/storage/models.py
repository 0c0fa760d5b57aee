"""The tables of the Google mode: users, their credentials, settings and drafts.

The draft record holds ids and a fingerprint of what Tactful wrote, never a message
body: every text column here is short and bounded (a test checks the schema).
The access token is never stored; only the refresh token, encrypted (see ``crypto``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Constraint names fixed by convention, so migrations can refer to them on any database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID_LENGTH = 255  # Google subjects, Gmail thread, draft and message ids (and RFC Message-IDs)
PREFERENCES_LENGTH = 6000  # two lists of 20 names of 80 characters and a few short fields, as JSON


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sub: Mapped[str] = mapped_column(String(ID_LENGTH), unique=True)  # Google's stable account id
    email: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class Credential(Base):
    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    refresh_token_encrypted: Mapped[str] = mapped_column(Text)  # a Fernet token
    scopes: Mapped[str] = mapped_column(Text)  # the granted scopes, space-separated
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class UserSettings(Base):
    __tablename__ = "user_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    working_hours: Mapped[str] = mapped_column(String(200))  # e.g. "Mon-Fri 09:00-17:00"
    zone: Mapped[str] = mapped_column(String(64))  # an IANA name
    tone: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))
    slot_count: Mapped[int] = mapped_column(Integer)
    holds: Mapped[bool] = mapped_column(Boolean)
    calendars: Mapped[str] = mapped_column(String(2600), default="primary")  # up to 10 calendar ids, space-separated
    preferences: Mapped[str] = mapped_column(String(PREFERENCES_LENGTH), default="{}")  # job preferences, JSON
    draft_ahead: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str | None] = mapped_column(String(100))  # the name replies are signed with
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class DraftRecord(Base):
    """The draft Tactful saved in a thread: ids and a fingerprint only."""

    __tablename__ = "draft_records"
    __table_args__ = (UniqueConstraint("user_id", "thread_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    thread_id: Mapped[str] = mapped_column(String(ID_LENGTH))  # the thread replied to
    action: Mapped[str | None] = mapped_column(String(32))  # decline, reschedule, accept
    draft_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    draft_thread_id: Mapped[str] = mapped_column(String(ID_LENGTH))  # where the mailbox filed the draft
    message_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    fingerprint: Mapped[str] = mapped_column(String(128))  # a SHA-256 hex digest of the content
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)


class ApiSession(Base):
    """A bearer token of the extension API, or the one-time code traded for one.

    Only a SHA-256 digest of the token is kept: a copy of the database opens no session.
    """

    __tablename__ = "api_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # "code" (one-time, minutes) or "session"
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CalendarHold(Base):
    """A tentative event Tactful put on the user's calendar for a slot proposed in a thread."""

    __tablename__ = "calendar_holds"
    __table_args__ = (UniqueConstraint("user_id", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    thread_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    event_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
