"""Reading messages from local files and writing drafts back, with real files in tmp_path."""

from __future__ import annotations

import json
import mailbox
from dataclasses import replace
from datetime import datetime, timezone
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path

import pytest

from tactful.adapters.local_mailbox import (
    ReadProblem,
    count_messages,
    group_threads,
    is_maildir,
    read_messages,
    save_draft,
    save_draft_to_maildir,
)
from tactful.core.model import Email


def _mail(number: int, *, with_id: bool = True) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Priya Raman <priya@northwind.io>"
    message["To"] = "sam@example.org"
    message["Subject"] = f"Interview {number}"
    message["Date"] = "Mon, 03 Mar 2025 09:12:00 +0000"
    if with_id:
        message["Message-ID"] = f"<invite-{number}@northwind.io>"
    # A body line starting with "From " is what an mbox must escape.
    message.set_content(f"From the hiring team: could you do Tuesday? ({number})\n")
    return message


def _record(identifier: str) -> str:
    return json.dumps({"id": identifier, "from_email": "priya@northwind.io", "subject": identifier, "body": "Tuesday?"})


def _subjects(items: list[Email | ReadProblem]) -> list[str]:
    return [item.subject if isinstance(item, Email) else f"problem: {item}" for item in items]


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "messages.jsonl"
    path.write_text(f"{_record('first')}\n{{not json\n\n{_record('third')}\n[1, 2]\n", encoding="utf-8")
    return path


@pytest.fixture
def mbox(tmp_path: Path) -> Path:
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(path)
    for number in range(3):
        box.add(_mail(number))
    box.add(_mail(3, with_id=False))
    box.close()
    return path


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    path = tmp_path / "Mail"
    box = mailbox.Maildir(path)
    for number in range(3):
        box.add(_mail(number))
    return path


@pytest.fixture
def eml_directory(tmp_path: Path) -> Path:
    path = tmp_path / "exported"
    path.mkdir()
    for number in range(2):
        (path / f"{number}.eml").write_bytes(_mail(number).as_bytes())
    (path / "notes.txt").write_text("not mail", encoding="utf-8")
    return path


# -- reading ---------------------------------------------------------------------------------


def test_a_malformed_jsonl_line_is_a_problem_naming_file_and_line(jsonl: Path) -> None:
    items = list(read_messages([jsonl]))
    problems = [item for item in items if isinstance(item, ReadProblem)]
    assert [problem.where for problem in problems] == ["line 2", "line 5"]
    assert all(problem.source == str(jsonl) for problem in problems)
    assert str(problems[0]).startswith(f"{jsonl}:line 2: ")
    assert "JSON object" in problems[1].reason


def test_the_other_jsonl_lines_are_still_read(jsonl: Path) -> None:
    emails = [item for item in read_messages([jsonl]) if isinstance(item, Email)]
    assert [email.id for email in emails] == ["first", "third"]


def test_a_jsonl_line_missing_a_field_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "partial.jsonl"
    path.write_text(json.dumps({"id": "x", "body": "hi"}) + "\n", encoding="utf-8")
    (problem,) = read_messages([path])
    assert isinstance(problem, ReadProblem)
    assert problem.where == "line 1"
    assert "from_email" in problem.reason


def test_an_eml_file_is_one_message_named_by_its_message_id(tmp_path: Path) -> None:
    path = tmp_path / "invite.eml"
    path.write_bytes(_mail(7).as_bytes())
    (email,) = read_messages([path])
    assert isinstance(email, Email)
    assert (email.id, email.subject, email.from_email) == ("invite-7@northwind.io", "Interview 7", "priya@northwind.io")


def test_an_eml_file_without_message_id_is_named_by_its_file(tmp_path: Path) -> None:
    path = tmp_path / "no-id.eml"
    path.write_bytes(_mail(7, with_id=False).as_bytes())
    (email,) = read_messages([path])
    assert isinstance(email, Email) and email.id == "no-id.eml"


def test_an_mbox_is_read_in_order_with_bodies_unescaped(mbox: Path) -> None:
    emails = list(read_messages([mbox]))
    assert _subjects(emails) == ["Interview 0", "Interview 1", "Interview 2", "Interview 3"]
    first = emails[0]
    assert isinstance(first, Email)
    assert first.body.startswith("From the hiring team")


def test_an_mbox_message_without_message_id_is_named_by_file_and_position(mbox: Path) -> None:
    last = list(read_messages([mbox]))[-1]
    assert isinstance(last, Email) and last.id == "takeout.mbox#4"


def test_a_maildir_is_read_whole_and_in_a_stable_order(maildir: Path) -> None:
    first = list(read_messages([maildir]))
    assert sorted(_subjects(first)) == ["Interview 0", "Interview 1", "Interview 2"]
    assert _subjects(list(read_messages([maildir]))) == _subjects(first)


def test_a_directory_reads_its_mail_files_and_skips_the_rest(eml_directory: Path) -> None:
    assert _subjects(list(read_messages([eml_directory]))) == ["Interview 0", "Interview 1"]


def test_a_directory_holding_a_maildir_and_an_mbox_reads_both(tmp_path: Path, maildir: Path, mbox: Path) -> None:
    assert len(list(read_messages([tmp_path]))) == 7


def test_a_missing_path_is_a_problem_and_the_next_path_is_still_read(tmp_path: Path, mbox: Path) -> None:
    missing = tmp_path / "nowhere.mbox"
    items = list(read_messages([missing, mbox]))
    assert items[0] == ReadProblem(str(missing), None, "no such file or directory")
    assert str(items[0]) == f"{missing}: no such file or directory"
    assert len(items) == 5


def test_a_file_that_is_not_an_mbox_gives_no_messages(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list\nbread\n", encoding="utf-8")
    assert list(read_messages([path])) == []
    assert count_messages([path]) == 0


def test_an_mbox_body_line_escaped_twice_loses_one_marker(tmp_path: Path) -> None:
    path = tmp_path / "rd.mbox"
    path.write_bytes(b"From x Mon Mar  3 09:12:00 2025\nSubject: s\n\n>>From the start\n>From the team\n> quoted\n")
    (email,) = read_messages([path])
    assert isinstance(email, Email)
    assert email.body == ">From the start\nFrom the team\n> quoted\n"


def test_a_jsonl_file_with_bad_bytes_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes(b'{"id": "caf\xe9", "from_email": "priya@northwind.io", "body": "Tuesday?"}\n')
    (email,) = read_messages([path])
    assert isinstance(email, Email) and email.id == "caf\ufffd"


# -- counting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("jsonl", 4, id="a jsonl file counts its non-empty lines"),
        pytest.param("mbox", 4, id="an mbox counts its separators, not escaped body lines"),
        pytest.param("maildir", 3, id="a maildir counts its messages"),
        pytest.param("eml_directory", 2, id="a directory counts its mail files"),
    ],
)
def test_count_messages_counts_each_kind_of_source(source: str, expected: int, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(source)
    assert count_messages([path]) == expected


def test_count_messages_of_one_eml_is_one(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(_mail(1).as_bytes())
    assert count_messages([path]) == 1


def test_count_messages_adds_up_several_paths(mbox: Path, maildir: Path) -> None:
    assert count_messages([mbox, maildir]) == 7


def test_count_messages_of_a_missing_path_is_unknown(tmp_path: Path, mbox: Path) -> None:
    assert count_messages([mbox, tmp_path / "missing.mbox"]) is None


def test_count_messages_skips_maildir_dot_files(maildir: Path) -> None:
    (maildir / "cur" / ".hidden").write_text("x", encoding="utf-8")
    assert count_messages([maildir]) == 3
    assert len(list(read_messages([maildir]))) == 3


def test_count_matches_what_is_read(mbox: Path, maildir: Path, eml_directory: Path) -> None:
    for path in (mbox, maildir, eml_directory):
        assert count_messages([path]) == len(list(read_messages([path])))


def test_is_maildir_needs_cur_and_new(tmp_path: Path, maildir: Path) -> None:
    (tmp_path / "half" / "cur").mkdir(parents=True)
    assert is_maildir(maildir)
    assert not is_maildir(tmp_path / "half")
    assert not is_maildir(tmp_path / "absent")


# -- saving drafts ---------------------------------------------------------------------------

DRAFT = b"To: priya@northwind.io\r\nSubject: Re: Interview\r\n\r\nThank you.\r\n"


def test_a_draft_is_saved_under_its_id(tmp_path: Path) -> None:
    path = save_draft(tmp_path / "drafts", "invite-7@northwind.io", DRAFT)
    assert path == tmp_path / "drafts" / "invite-7_northwind.io.eml"
    assert path.read_bytes() == DRAFT


def test_a_second_draft_never_overwrites_the_first(tmp_path: Path) -> None:
    first = save_draft(tmp_path, "m1", DRAFT)
    first.write_bytes(b"edited by the user")
    second = save_draft(tmp_path, "m1", b"second")
    third = save_draft(tmp_path, "m1", b"third")
    assert (first.name, second.name, third.name) == ("m1.eml", "m1-2.eml", "m1-3.eml")
    assert first.read_bytes() == b"edited by the user"
    assert second.read_bytes() == b"second"


@pytest.mark.parametrize(
    ("hostile_id", "name"),
    [
        pytest.param("../../etc/passwd", "etc_passwd.eml", id="a path climbing out of the folder stays inside"),
        pytest.param("/etc/passwd", "etc_passwd.eml", id="an absolute path stays inside"),
        pytest.param("..", "draft.eml", id="dots alone become a plain draft name"),
        pytest.param("", "draft.eml", id="an empty id becomes a plain draft name"),
        pytest.param("<a b>\x00\n@x", "a_b_x.eml", id="control characters and brackets are replaced"),
        pytest.param("x" * 1000, "x" * 100 + ".eml", id="a very long id is shortened"),
    ],
)
def test_hostile_ids_give_a_safe_file_name_inside_the_folder(tmp_path: Path, hostile_id: str, name: str) -> None:
    out = tmp_path / "drafts"
    path = save_draft(out, hostile_id, DRAFT)
    assert path == out / name
    assert path.resolve().parent == out.resolve()


def test_a_draft_goes_into_the_maildir_drafts_folder_flagged_as_draft(maildir: Path) -> None:
    key = save_draft_to_maildir(maildir, DRAFT)
    (stored,) = (maildir / ".Drafts" / "cur").iterdir()
    assert stored.name.startswith(key)
    assert stored.name.endswith(":2,D")
    assert message_from_bytes(stored.read_bytes())["Subject"] == "Re: Interview"
    assert mailbox.Maildir(maildir, create=False).get_folder("Drafts").get_message(key).get_flags() == "D"


def test_a_second_maildir_draft_does_not_replace_the_first(maildir: Path) -> None:
    first = save_draft_to_maildir(maildir, DRAFT)
    second = save_draft_to_maildir(maildir, DRAFT.replace(b"Thank you.", b"Thanks again."))
    assert first != second
    drafts = mailbox.Maildir(maildir, create=False).get_folder("Drafts")
    assert sorted(drafts.keys()) == sorted([first, second])


def test_maildir_drafts_are_not_read_back_as_inbox_messages(maildir: Path) -> None:
    save_draft_to_maildir(maildir, DRAFT)
    assert count_messages([maildir]) == 3
    assert "Re: Interview" not in _subjects(list(read_messages([maildir])))


def test_a_jsonl_line_nested_too_deeply_is_a_problem_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + _record("after") + "\n")
    items = list(read_messages([path]))
    assert items[0] == ReadProblem(str(path), "line 1", "JSON nested too deeply")
    assert isinstance(items[1], Email) and items[1].id == "after"


def _threaded(ident: str, *, references: tuple[str, ...] = (), hour: int | None = None,
              thread_id: str | None = None) -> Email:
    return Email(
        id=ident, from_name="", from_email="priya@northwind.io", subject=ident, body="",
        sent_at=datetime(2025, 3, 3, hour, tzinfo=timezone.utc) if hour is not None else None,
        message_id=f"<{ident}@x>", references=references, thread_id=thread_id,
    )


def _ids(threads: list[tuple[Email, ...]]) -> list[list[str]]:
    return [[item.id for item in thread] for thread in threads]


@pytest.mark.parametrize(
    ("emails", "expected"),
    [
        pytest.param([_threaded("a", hour=9), _threaded("b", references=("<a@x>",), hour=10)], [["a", "b"]],
                     id="a reply joins the message it references"),
        pytest.param([_threaded("b", references=("<a@x>",), hour=10), _threaded("a", hour=9)], [["a", "b"]],
                     id="a thread is in sending order whatever the input order"),
        pytest.param([_threaded("b", references=("<a@x>",)), _threaded("c", references=("<a@x>",))], [["b", "c"]],
                     id="two replies to a message missing from the mailbox share its thread"),
        pytest.param([_threaded("a"), _threaded("z"), _threaded("b", references=("<a@x>",))], [["a", "b"], ["z"]],
                     id="unrelated messages stay apart and threads keep first-seen order"),
        pytest.param([_threaded("a", thread_id="t1"), _threaded("b", thread_id="t1")], [["a", "b"]],
                     id="messages with one Gmail thread id share a thread"),
        pytest.param([_threaded("c", references=("<b@x>",)), _threaded("a"), _threaded("b", references=("<a@x>",))],
                     [["c", "a", "b"]], id="a chain joins through its middle message"),
        pytest.param([replace(_threaded("u"), message_id=None), replace(_threaded("t"), message_id=None)],
                     [["u"], ["t"]], id="messages without any id each stand alone"),
        pytest.param([], [], id="no messages give no threads"),
    ],
)
def test_group_threads_follows_references_and_thread_ids(emails: list[Email], expected: list[list[str]]) -> None:
    assert _ids(group_threads(emails)) == expected


def test_group_threads_reads_in_reply_to_from_real_messages(tmp_path: Path) -> None:
    first, reply = _mail(1), _mail(2)
    reply["In-Reply-To"] = "<invite-1@northwind.io>"  # no References header at all
    for name, message in (("1.eml", first), ("2.eml", reply)):
        (tmp_path / name).write_bytes(message.as_bytes())
    emails = [item for item in read_messages([tmp_path]) if isinstance(item, Email)]
    assert _ids(group_threads(emails)) == [["invite-1@northwind.io", "invite-2@northwind.io"]]
