"""Turn an HTML mail body into plain text that the detectors can read.

Written on the stdlib ``html.parser``: the converters on PyPI (html2text, BeautifulSoup
``get_text``) either produce Markdown or lose the two things Tactful needs from mail HTML,
link targets hidden behind buttons and the quote containers that mark earlier messages.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Element names whose content never reaches the reader.
_HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "object"})
# Elements that start and end a line of their own.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
# Blocks that stand apart from their neighbours by a blank line.
_PARAGRAPHS = frozenset(
    {"blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "table", "ul"}
)
_CELLS = frozenset({"td", "th"})
_CELL_SEPARATOR = " | "
# Void elements never get an end tag, so they must not open a nesting level.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
_LINK_SCHEMES = ("http://", "https://")
_SPACES = re.compile(r"\s+")
_BLANK_RUNS = re.compile(r"\n{3,}")
# A "<" that opens no complete comment, declaration or tag.  The html.parser of Python
# 3.11 rescans to the end of the input for every "<" that opens something it cannot close
# (quadratic time on input like "<!--" or "<a x='>' " repeated; fixed only in later
# CPython releases), so such a "<" is escaped before parsing.  To keep this check linear,
# a tag's quoted values and a comment may not hold what would start another one ("<", ">"
# in values; "<!--" in comments): a real tag breaking that rule shows as text.
_UNCLOSED = re.compile(
    r"""<(?!!--(?:[^<]|<(?!!--))*?-->|!(?!--)[^<>]*>|\?[^<>]*>"""
    r"""|/?[A-Za-z][^<>"']*(?:(?:"[^"<>]*"|'[^'<>]*')[^<>"']*)*>)"""
)
# Beyond this many characters the input is cut: the parser is linear, but a bound keeps a
# hostile body from costing more than a few tens of milliseconds.
MAX_HTML_CHARS = 1_000_000
MAX_NESTING = 256


def _is_quote_container(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether this element holds an earlier message (``blockquote``, Gmail's ``gmail_quote``)."""
    if tag == "blockquote":
        return True
    if tag != "div":
        return False
    classes = next((value for name, value in attrs if name == "class"), None) or ""
    return "gmail_quote" in classes.split()


class _TextCollector(HTMLParser):
    """Collects lines of text; each line remembers how many quote containers enclose it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._words: list[str] = []
        self._quote_depth = 0
        self._hidden_depth = 0
        self._pre_depth = 0
        # Open elements, each with whether it opened a quote container: lets an end tag
        # close exactly what its start tag opened even in badly nested HTML.
        self._open: list[tuple[str, bool]] = []
        # Open links: (href, index in self._words where the link text starts).
        self._links: list[tuple[str | None, int]] = []
        self._cells_in_row = 0

    # -- lines -------------------------------------------------------------------------
    def _add_line(self, text: str) -> None:
        self.lines.append(("> " * self._quote_depth + text).rstrip())

    def _flush(self) -> bool:
        """End the current line; False when it held no text."""
        text = "".join(self._words)
        self._words = []
        text = text.rstrip() if self._pre_depth else _SPACES.sub(" ", text).strip()
        if text:
            self._add_line(text)
        if self._links:  # an open link's text now starts on this new line
            self._links = [(href, 0) for href, _ in self._links]
        return bool(text)

    def _paragraph(self) -> None:
        self._flush()
        if self.lines and self.lines[-1].strip("> "):
            self._add_line("")

    def _end_block(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self._paragraph()
        else:
            self._flush()

    def _newline_in_pre(self, data: str) -> None:
        for index, piece in enumerate(data.split("\n")):
            if index and not self._flush():
                self._add_line("")
            self._words.append(piece)

    # -- parser callbacks --------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and any(name == "head" for name, _ in self._open):
            self.handle_endtag("head")  # a missing </head> must not hide the whole body
        # Past the depth bound an element still breaks lines but opens no nesting level,
        # which keeps every end tag's search of the open elements bounded.
        nests = tag not in _VOID and len(self._open) < MAX_NESTING
        if tag in _HIDDEN:
            if nests:
                self._hidden_depth += 1
                self._open.append((tag, False))
            return
        if self._hidden_depth:
            return
        if tag == "br":
            if not self._flush():
                self._add_line("")
            return
        if tag in _CELLS:
            if self._cells_in_row:
                self._words.append(_CELL_SEPARATOR)
            self._cells_in_row += 1
        elif tag in _BLOCKS:
            self._end_block(tag)
            if tag == "tr":
                self._cells_in_row = 0
            elif tag == "li":
                self._words.append("- ")
            elif tag == "pre" and nests:
                self._pre_depth += 1
        elif tag == "a" and nests:
            href = next((value for name, value in attrs if name == "href"), None)
            self._links.append((href, len(self._words)))
        elif tag == "img":
            alt = next((value for name, value in attrs if name == "alt"), None)
            if alt:
                self._words.append(f" {alt} ")
        if nests:
            quote = _is_quote_container(tag, attrs)
            self._quote_depth += quote
            self._open.append((tag, quote))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        # Close back to the matching start tag; an end tag with no start is ignored.
        if not any(name == tag for name, _ in reversed(self._open)):
            return
        while self._open:
            name, quote = self._open.pop()
            self._close(name, quote)
            if name == tag:
                break

    def _close(self, tag: str, quote: bool) -> None:
        if tag in _HIDDEN:
            self._hidden_depth -= 1
            return
        if self._hidden_depth:
            return
        if tag == "a" and self._links:
            self._end_link()
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre_depth -= 1
        if quote:
            self._quote_depth -= 1
        if tag in _PARAGRAPHS:
            self._paragraph()

    def _end_link(self) -> None:
        href, start = self._links.pop()
        if not href or not href.lower().startswith(_LINK_SCHEMES):
            return
        target = href.strip()
        label = _SPACES.sub(" ", "".join(self._words[start:])).strip()
        if label.rstrip("/") != target.rstrip("/"):
            self._words.append(f" ({target})")

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        if self._pre_depth:
            self._newline_in_pre(data)
        else:
            self._words.append(data)

    def close(self) -> None:
        super().close()
        while self._open:
            self._close(*self._open.pop())
        self._flush()


def html_to_text(html: str) -> str:
    """Readable text of an HTML body.

    Block elements and ``<br>`` end lines, list items start with ``"- "``, table cells
    are joined by ``" | "``, and a link whose text differs from its target keeps the
    target in parentheses (schedulers hide their URLs behind "Book a time" buttons).
    Text inside ``blockquote`` or Gmail's ``div.gmail_quote`` is prefixed with ``"> "``
    per level, so the quote stripping that works on plain text works here too.
    """
    parser = _TextCollector()
    parser.feed(_UNCLOSED.sub("&lt;", html[:MAX_HTML_CHARS]))
    parser.close()
    return _BLANK_RUNS.sub("\n\n", "\n".join(parser.lines)).strip("\n")
