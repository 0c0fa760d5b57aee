"""HTML mail bodies turned into text the detectors and the quote splitter can read."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.core.html_text import MAX_HTML_CHARS, MAX_NESTING, html_to_text
from tactful.core.quoting import split_newest


@pytest.mark.parametrize(
    ("html", "text"),
    [
        pytest.param("<p>Hi Sam,</p><p>We would like to meet.<br>Best,<br>Priya</p>",
                     "Hi Sam,\n\nWe would like to meet.\nBest,\nPriya", id="paragraphs are set apart and br ends a line"),
        pytest.param("one<br/>two<br />three", "one\ntwo\nthree", id="self-closing br ends a line"),
        pytest.param("<p>first</p>\n\n    <p>second</p>", "first\n\nsecond",
                     id="white space between paragraphs adds no lines"),
        pytest.param("<div>Tuesday<div>or Wednesday</div>at ten</div>", "Tuesday\nor Wednesday\nat ten",
                     id="nested divs each start a line"),
        pytest.param("<ul><li>Tuesday 10:00</li><li>Wednesday 14:00</li></ul>",
                     "- Tuesday 10:00\n- Wednesday 14:00", id="list items start with a dash"),
        pytest.param("<table><tr><th>Day</th><th>Time</th></tr><tr><td>Tue</td><td>10:00</td></tr></table>",
                     "Day | Time\nTue | 10:00", id="table rows become lines with cells joined by bars"),
        pytest.param("<p>Caf&eacute; &amp; &lt;tea&gt; &#8212; it&#x27;s&nbsp;fine</p>", "Café & <tea> — it's fine",
                     id="named and numeric entities are decoded"),
        pytest.param("<pre>Mon  10:00\nTue  14:00</pre>", "Mon  10:00\nTue  14:00", id="preformatted text keeps its spacing"),
        pytest.param("<img src='logo.png' alt='Northwind'> careers", "Northwind careers", id="an image is read by its alt text"),
        pytest.param("<p>x</p><!-- tracking -->y", "x\n\ny", id="comments are dropped"),
        pytest.param("", "", id="empty html gives empty text"),
        pytest.param("<p>unclosed <b>bold <i>italic", "unclosed bold italic", id="unclosed tags still give their text"),
    ],
)
def test_html_layout_becomes_lines(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        pytest.param("<a href='https://calendly.com/northwind/30min'>Book a time</a>",
                     "Book a time (https://calendly.com/northwind/30min)",
                     id="a scheduling button keeps its target"),
        pytest.param("<a href='https://meet.google.com/abc-defg-hij'>Join\n   the call</a>",
                     "Join the call (https://meet.google.com/abc-defg-hij)", id="a link whose text wraps keeps its target"),
        pytest.param("<a href='https://zoom.us/j/123'>https://zoom.us/j/123</a>", "https://zoom.us/j/123",
                     id="a link that shows its target is not repeated"),
        pytest.param("<a href='https://northwind.io/'>https://northwind.io</a>", "https://northwind.io",
                     id="a trailing slash does not make a link differ"),
        pytest.param("<a href='mailto:priya@northwind.io'>write to me</a>", "write to me",
                     id="a mail link keeps only its text"),
        pytest.param("<a href='javascript:alert(1)'>Click</a>", "Click", id="a script link keeps only its text"),
    ],
)
def test_links_keep_targets_that_their_text_hides(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    "html",
    [
        pytest.param("<html><head><style>p {color: red}</style><script>var secret = 1;</script></head>"
                     "<body><p>Visible</p></body></html>", id="style and script in the head are dropped"),
        pytest.param("<body><script>var secret = 1;</script><p>Visible</p><style>.x{}</style></body>",
                     id="style and script in the body are dropped"),
        pytest.param("<head><title>secret title</title><body><p>Visible</p>", id="a head left open does not hide the body"),
        pytest.param("<noscript>secret</noscript><template>secret</template><p>Visible</p>",
                     id="noscript and template are dropped"),
    ],
)
def test_hidden_content_is_dropped(html: str) -> None:
    text = html_to_text(html)
    assert text == "Visible"


GMAIL_REPLY = (
    "<div dir='ltr'>Sure, Tuesday works for me.</div><br>"
    "<div class='gmail_quote'><div dir='ltr' class='gmail_attr'>On Mon, 3 Mar 2025 at 09:12, "
    "Priya Raman &lt;priya@northwind.io&gt; wrote:<br></div>"
    "<blockquote class='gmail_quote' style='margin:0 0 0 .8ex'>Could you do Tuesday at 10:00?<br>Priya</blockquote></div>"
)


def test_gmail_quote_lines_are_marked_as_quotes() -> None:
    lines = html_to_text(GMAIL_REPLY).splitlines()
    assert lines[0] == "Sure, Tuesday works for me."
    assert "> On Mon, 3 Mar 2025 at 09:12, Priya Raman <priya@northwind.io> wrote:" in lines
    assert "> > Could you do Tuesday at 10:00?" in lines


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(GMAIL_REPLY, id="a Gmail reply"),
        pytest.param("<p>Sure, Tuesday works for me.</p><blockquote>Could you do Tuesday at 10:00?<br>Priya</blockquote>",
                     id="a reply quoting in a bare blockquote"),
    ],
)
def test_quoted_html_splits_like_quoted_text(html: str) -> None:
    parts = split_newest(html_to_text(html))
    assert parts.newest == "Sure, Tuesday works for me."
    assert "Could you do Tuesday at 10:00?" in parts.quoted


def test_a_div_without_the_gmail_quote_class_is_not_a_quote() -> None:
    assert html_to_text("<div class='gmail_signature'>Priya</div>") == "Priya"


def test_nested_blockquotes_add_a_marker_per_level() -> None:
    lines = html_to_text("<p>Thanks</p><blockquote>Older<blockquote>Oldest</blockquote></blockquote>").splitlines()
    assert "> Older" in lines
    assert "> > Oldest" in lines


def test_thousands_of_nested_divs_convert() -> None:
    assert html_to_text("<div>" * 20_000 + "deep" + "</div>" * 20_000) == "deep"


@pytest.mark.parametrize("depth", [MAX_NESTING, MAX_NESTING + 1, 20_000])
def test_nesting_stops_at_the_bound(depth: int) -> None:
    # Past MAX_NESTING an element opens no level, so every end tag searches a bounded
    # list of open elements (bench/hostile_inputs.py times 20,000 levels).
    first_line = html_to_text("<blockquote>" * depth + "deep").splitlines()[0]
    assert first_line == "> " * MAX_NESTING + "deep"


def test_html_beyond_the_cap_is_not_read() -> None:
    html = "<p>start</p>" + "x" * MAX_HTML_CHARS + "<p>beyond the cap</p>"
    text = html_to_text(html)
    assert text.startswith("start")
    assert "beyond the cap" not in text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["<p>", "</p>", "<br>", "<div class='gmail_quote'>", "</div>", "<blockquote>", "</blockquote>",
                     "<a href='https://x.io'>", "</a>", "<script>", "</script>", "<pre>", "</pre>", "<li>", "<td>",
                     "<tr>", "</table>", "&amp;", "&#0;", "&#xFFFFFF;", "<", ">", "<!--", "<head>", "<body>"]),
    st.text(max_size=20),
), max_size=40))
def test_any_markup_converts_without_raising(pieces: list[str]) -> None:
    text = html_to_text("".join(pieces))
    assert "<script>" not in text
    assert not text.startswith("\n") and not text.endswith("\n")


@pytest.mark.parametrize(
    "piece",
    [
        pytest.param("<a ", id="tags that never close"),
        pytest.param("<a x='>' ", id="tags whose quoted values hide their end"),
        pytest.param("<!--", id="comments that never close"),
        pytest.param("<!-- -- ->", id="comments that look closed but are not"),
        pytest.param("<![CDATA[", id="CDATA sections that never close"),
        pytest.param("<?x ", id="processing instructions that never close"),
        pytest.param("</ ", id="end tags with no name"),
    ],
)
def test_unclosed_markup_repeated_over_a_quarter_megabyte_never_reaches_the_parser(
    piece: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python 3.11's html.parser rescans the rest of its input at each "<" it cannot close,
    # which takes minutes on each of these (bench/hostile_inputs.py times them): every
    # such "<" is escaped before the parser is fed.
    fed: list[str] = []
    feed = HTMLParser.feed

    def recording(parser: HTMLParser, data: str) -> None:
        fed.append(data)
        feed(parser, data)

    monkeypatch.setattr(HTMLParser, "feed", recording)
    html = piece * (256 * 1024 // len(piece))
    text = html_to_text(html)
    assert fed and not any("<" in data for data in fed)
    assert text.count("<") == html.count("<")  # the markup that opens nothing is shown as the text it is


@pytest.mark.parametrize(
    ("html", "text"),
    [
        pytest.param("<p>3 < 4 and 5 > 4</p>", "3 < 4 and 5 > 4", id="a bare less-than sign is text"),
        pytest.param("<p>x<a b</p>", "x<a b", id="a tag cut off by another tag is text"),
        pytest.param("<!--[if mso]><table><tr><td>mso</td></tr></table><![endif]-->Hello", "Hello",
                     id="an Outlook conditional comment is dropped whole"),
        pytest.param("<!DOCTYPE html><?xml version='1.0'?><p>Hello</p>", "Hello",
                     id="declarations and processing instructions are dropped"),
    ],
)
def test_stray_angle_brackets_have_a_defined_outcome(html: str, text: str) -> None:
    assert html_to_text(html) == text
