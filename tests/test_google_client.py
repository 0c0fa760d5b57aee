"""The connection pool: Google connections outlive the request that opened them."""

from __future__ import annotations

from fakegoogle import FakeGoogle
from fakegoogle.clients import credentials

from tactful.adapters.google_client import ConnectionPool, Endpoints, GoogleClient


def test_a_given_back_connection_is_lent_again_and_the_pool_keeps_only_so_many() -> None:
    pool = ConnectionPool(keep=1)
    first, second = pool.lend(5.0), pool.lend(5.0)
    assert first is not second
    pool.give_back(first)
    pool.give_back(second)
    assert pool.idle == 1
    assert pool.lend(9.0) is first and first.timeout == 9.0
    assert pool.idle == 0


def test_a_client_borrows_one_connection_per_api_and_gives_them_back_on_close(fake: FakeGoogle) -> None:
    pool = ConnectionPool()
    client = GoogleClient(credentials(fake), Endpoints.local(fake.url), pool=pool)
    client.execute(client.gmail.users().getProfile(userId="me"), "reading the profile")
    client.execute(client.calendar.calendarList().list(), "listing calendars")
    assert pool.idle == 0
    client.close()
    assert pool.idle == 2
    again = GoogleClient(credentials(fake), Endpoints.local(fake.url), pool=pool)
    again.execute(again.gmail.users().getProfile(userId="me"), "reading the profile")
    assert pool.idle == 1


def test_a_client_without_a_pool_closes_quietly(fake: FakeGoogle) -> None:
    client = GoogleClient(credentials(fake), Endpoints.local(fake.url))
    client.execute(client.gmail.users().getProfile(userId="me"), "reading the profile")
    client.close()
