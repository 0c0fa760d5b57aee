"""Which tentative calendar events Tactful placed for the slots proposed in each thread."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from tactful.storage.models import CalendarHold


class HoldRecords:
    """The calendar event ids of each user's holds, by thread."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add(self, user_id: int, thread_id: str, event_ids: Sequence[str]) -> None:
        with self._sessions.begin() as session:
            session.add_all(CalendarHold(user_id=user_id, thread_id=thread_id, event_id=event) for event in event_ids)

    def of_thread(self, user_id: int, thread_id: str) -> list[str]:
        with self._sessions() as session:
            rows = session.scalars(
                select(CalendarHold.event_id)
                .where(CalendarHold.user_id == user_id, CalendarHold.thread_id == thread_id)
                .order_by(CalendarHold.id)
            )
            return list(rows)

    def forget(self, user_id: int, event_ids: Sequence[str]) -> None:
        with self._sessions.begin() as session:
            session.execute(
                delete(CalendarHold).where(CalendarHold.user_id == user_id, CalendarHold.event_id.in_(list(event_ids)))
            )

    def of_user(self, user_id: int) -> UserHolds:
        return UserHolds(self, user_id)


class UserHolds:
    """One user's hold records (``tactful.service.holds.HoldLedger``)."""

    def __init__(self, records: HoldRecords, user_id: int) -> None:
        self._records = records
        self.user_id = user_id

    def of_thread(self, thread_id: str) -> list[str]:
        return self._records.of_thread(self.user_id, thread_id)

    def add(self, thread_id: str, event_ids: Sequence[str]) -> None:
        self._records.add(self.user_id, thread_id, event_ids)

    def forget(self, event_ids: Sequence[str]) -> None:
        self._records.forget(self.user_id, event_ids)
