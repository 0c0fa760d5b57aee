"""Render a reply's wording with Jinja2: plain text, and an HTML alternative.

Each action has a ``<action>.txt.j2`` template exporting three macros: ``greeting``,
``body`` and ``signoff``.  In a body, sentences sit one per line and a blank line
starts a new paragraph; a line starting with ``- `` is a list item.  The text part is
those paragraphs wrapped at 72 columns; the HTML part is the same paragraphs laid out
by ``reply.html.j2``, where autoescaping makes every value inert.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import jinja2

from tactful.core.compose.options import Action

WRAP_WIDTH = 72
"""Plain-text lines are wrapped here, as mail clients do, leaving room for quoting."""


@dataclass(frozen=True)
class Block:
    """A paragraph (``items`` empty) or a bulleted list (``text`` empty)."""

    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rendered:
    text: str
    html: str


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The one Jinja2 environment for replies.

    Cached only so templates compile once; it holds no per-draft state.  Undefined
    variables are errors, and autoescaping is on for ``.html.j2`` templates only.
    Templates load from the ``tactful.templates`` package, which maps to the
    repository's ``templates/`` folder in both editable and wheel installs.
    """
    return jinja2.Environment(
        loader=jinja2.PackageLoader("tactful.templates", ""),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html.j2",), default_for_string=False, default=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )


def blocks(body: str) -> tuple[Block, ...]:
    """Split rendered body text into paragraphs and lists (see the module docstring)."""
    found: list[Block] = []
    sentences: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if sentences:
            found.append(Block(text=" ".join(sentences)))
            sentences.clear()
        if items:
            found.append(Block(items=tuple(items)))
            items.clear()

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("- "):
            if sentences:
                flush()
            items.append(line[2:].strip())
        else:
            if items:
                flush()
            sentences.append(line)
    flush()
    return tuple(found)


def _wrap(block: Block) -> str:
    """Wrap a block for the text part; long words (links) are never broken."""
    if not block.items:
        return textwrap.fill(block.text, WRAP_WIDTH, break_long_words=False, break_on_hyphens=False)
    return "\n".join(
        textwrap.fill(
            item, WRAP_WIDTH, initial_indent="- ", subsequent_indent="  ",
            break_long_words=False, break_on_hyphens=False,
        )
        for item in block.items
    )


def _call(module: object, macro: str) -> str:
    """Call one of the macros every reply template exports."""
    return str(getattr(module, macro)())


def render(action: Action, variables: Mapping[str, object]) -> Rendered:
    """The text and HTML wording of a draft for ``action``."""
    env = environment()
    module = env.get_template(f"{action.value}.txt.j2").make_module(dict(variables))
    greeting = _call(module, "greeting").strip()
    body = blocks(_call(module, "body"))
    signoff = tuple(line.strip() for line in _call(module, "signoff").splitlines() if line.strip())
    text = "\n\n".join([greeting, *(_wrap(block) for block in body), "\n".join(signoff)]) + "\n"
    html = env.get_template("reply.html.j2").render(greeting=greeting, blocks=body, signoff=signoff) + "\n"
    return Rendered(text=text, html=html)
