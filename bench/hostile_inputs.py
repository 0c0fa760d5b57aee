"""How long hostile input takes to decode, convert, split or detect.

Usage: python bench/hostile_inputs.py

Each input is one that once took from ten seconds to several minutes (a parser or a
regular expression doing quadratic work) before the caps and rewrites in ``core.mime``,
``core.html_text`` and ``core.quoting``.  The tests check what keeps them fast (what the
parser is handed, the nesting bound, how often a pattern runs; detection's shapes are in
``tests/test_detect_hostile.py``); this prints the time
each takes now, best of three, and as its last line one JSON object with
``slowest_ms``, ``slowest`` and ``ms`` (every input's figure).  Each should stay well
under a second on any machine.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime, timezone

from tactful.core.detect import detect
from tactful.core.html_text import html_to_text
from tactful.core.mime import email_from_bytes
from tactful.core.model import Email
from tactful.core.quoting import split_newest


def _mime(raw: bytes) -> Callable[[], object]:
    return lambda: email_from_bytes(raw)


def _html(html: str) -> Callable[[], object]:
    return lambda: html_to_text(html)


def _split(text: str) -> Callable[[], object]:
    return lambda: split_newest(text)


def _detect(text: str) -> Callable[[], object]:
    email = Email(id="x", from_name="A B", from_email="a.b@acme.example", subject="Interview", body=text,
                  sent_at=datetime(2026, 3, 2, tzinfo=timezone.utc))
    return lambda: detect(email)


_HEAD = b"From: a@b.example\r\n"
_MULTIPART = _HEAD + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
_QUARTER_MEGABYTE = 256 * 1024

CASES: dict[str, Callable[[], object]] = {
    "mime: 300,000 parts": _mime(_MULTIPART + b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 300_000 + b"--b--\r\n"),
    "mime: thousands of content-type parameters": _mime(
        _MULTIPART + (b"--b\r\nContent-Type: text/plain; " + b"a=b; " * 2000 + b"\r\n\r\nx\r\n") * 900
    ),
    "mime: 700,000 encoded words in the subject": _mime(_HEAD + b"Subject: " + b"=?utf-8?q?a?= " * 700_000 + b"\r\n\r\nx"),
    "mime: ten megabytes of recipients": _mime(_HEAD + b"To: " + b"a@b.example, " * 800_000 + b"\r\n\r\nx"),
    "html: 20,000 nested divs": _html("<div>" * 20_000 + "deep" + "</div>" * 20_000),
    **{
        f"html: {piece!r} over a quarter megabyte": _html(piece * (_QUARTER_MEGABYTE // len(piece)))
        for piece in ("<a ", "<a x='>' ", "<!--", "<!-- -- ->", "<![CDATA[", "<?x ", "</ ")
    },
    "quoting: a megabyte of quoted lines": _split("> x\n" * 250_000),
    "quoting: an attribution and 200,000 spaces": _split("On Monday Priya wrote" + " " * 200_000 + "x"),
    "quoting: a German attribution and 200,000 spaces": _split("Am 3. März schrieb" + " " * 200_000 + "x"),
    "quoting: a wrapped attribution and 200,000 spaces": _split("On Monday\nwrote" + " " * 200_000 + "x"),
    "quoting: a 200,000-character underscore rule": _split("_" * 200_000 + " " * 200_000 + "x"),
    "quoting: 20,000 nested forwards": _split(
        "Note\n---------- Forwarded message ---------\nFrom: a\n\n" * 20_000
    ),
    # A conditional's sentence was read to the end of the text from each opening.
    "detect: 'if your profile' over a quarter megabyte, no full stop": _detect(
        "if your profile " * (_QUARTER_MEGABYTE // 16)
    ),
}


def best_ms(work: Callable[[], object], rounds: int = 3) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings) * 1000


def main() -> None:
    figures = {name: round(best_ms(work), 1) for name, work in CASES.items()}
    for name, ms in figures.items():
        print(f"  {name:<52} {ms:9.1f} ms")
    slowest = max(figures, key=lambda name: figures[name])
    print(json.dumps({"slowest_ms": figures[slowest], "slowest": slowest, "ms": figures}))


if __name__ == "__main__":
    main()
