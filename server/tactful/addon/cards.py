"""A small typed builder for Google Workspace add-on cards: frozen dataclasses in, card JSON out.

Only the widgets Tactful uses are modelled.  ``to_json`` emits the camelCase names of
Google's Card proto (``google.apps.card_v1``).  Every text is plain text: cards render a
subset of HTML in text fields, and a sender's words are data, so text is HTML-escaped
here, once, for every widget.  Google allows at most 100 sections per card and 100
widgets per section; a section must hold a widget.  Building a card that breaks these
raises ``ValueError`` rather than failing in Gmail.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

Json = dict[str, Any]
MAX_SECTIONS = 100
MAX_WIDGETS = 100


def _text(value: str) -> str:
    return html.escape(value, quote=False)


@dataclass(frozen=True)
class Action:
    """A call back to the backend: ``url`` is the endpoint, ``parameters`` travel in the event."""

    url: str
    parameters: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> Json:
        shaped: Json = {"function": self.url}
        if self.parameters:
            shaped["parameters"] = [{"key": key, "value": value} for key, value in self.parameters.items()]
        return shaped


@dataclass(frozen=True)
class Button:
    text: str
    action: Action
    filled: bool = False

    def to_json(self) -> Json:
        shaped: Json = {"text": _text(self.text), "onClick": {"action": self.action.to_json()}}
        if self.filled:
            shaped["type"] = "FILLED"
        return shaped


@dataclass(frozen=True)
class TextParagraph:
    text: str

    def to_json(self) -> Json:
        return {"textParagraph": {"text": _text(self.text)}}


@dataclass(frozen=True)
class Switch:
    """An on/off control; when on, the form carries ``name`` with the value ``"true"``."""

    name: str
    selected: bool

    def to_json(self) -> Json:
        return {"name": self.name, "value": "true", "selected": self.selected, "controlType": "SWITCH"}


@dataclass(frozen=True)
class DecoratedText:
    text: str
    top_label: str | None = None
    bottom_label: str | None = None
    switch: Switch | None = None
    action: Action | None = None

    def to_json(self) -> Json:
        shaped: Json = {"text": _text(self.text), "wrapText": True}
        if self.top_label:
            shaped["topLabel"] = _text(self.top_label)
        if self.bottom_label:
            shaped["bottomLabel"] = _text(self.bottom_label)
        if self.switch is not None:
            shaped["switchControl"] = self.switch.to_json()
        if self.action is not None:
            shaped["onClick"] = {"action": self.action.to_json()}
        return {"decoratedText": shaped}


class SelectionType(str, Enum):
    CHECK_BOX = "CHECK_BOX"
    RADIO_BUTTON = "RADIO_BUTTON"
    DROPDOWN = "DROPDOWN"


@dataclass(frozen=True)
class Choice:
    text: str
    value: str
    selected: bool = False

    def to_json(self) -> Json:
        return {"text": _text(self.text), "value": self.value, "selected": self.selected}


@dataclass(frozen=True)
class Selection:
    name: str
    label: str
    kind: SelectionType
    choices: Sequence[Choice]

    def __post_init__(self) -> None:
        if not self.choices:
            raise ValueError(f"the selection {self.name!r} offers no choice")

    def to_json(self) -> Json:
        return {
            "selectionInput": {
                "name": self.name,
                "label": _text(self.label),
                "type": self.kind.value,
                "items": [choice.to_json() for choice in self.choices],
            }
        }


@dataclass(frozen=True)
class TextInput:
    name: str
    label: str
    value: str = ""
    hint: str = ""

    def to_json(self) -> Json:
        shaped: Json = {"name": self.name, "label": _text(self.label)}
        if self.value:
            shaped["value"] = self.value
        if self.hint:
            shaped["hintText"] = _text(self.hint)
        return {"textInput": shaped}


@dataclass(frozen=True)
class ButtonList:
    buttons: Sequence[Button]

    def __post_init__(self) -> None:
        if not self.buttons:
            raise ValueError("a button list needs a button")

    def to_json(self) -> Json:
        return {"buttonList": {"buttons": [button.to_json() for button in self.buttons]}}


@dataclass(frozen=True)
class Divider:
    def to_json(self) -> Json:
        return {"divider": {}}


Widget = TextParagraph | DecoratedText | Selection | TextInput | ButtonList | Divider


@dataclass(frozen=True)
class Section:
    widgets: Sequence[Widget]
    header: str | None = None
    collapsible: bool = False

    def __post_init__(self) -> None:
        if not self.widgets:
            raise ValueError(f"the section {self.header!r} holds no widget")
        if len(self.widgets) > MAX_WIDGETS:
            raise ValueError(f"a section holds at most {MAX_WIDGETS} widgets, not {len(self.widgets)}")

    def to_json(self) -> Json:
        shaped: Json = {"widgets": [widget.to_json() for widget in self.widgets]}
        if self.header:
            shaped["header"] = _text(self.header)
        if self.collapsible:
            shaped["collapsible"] = True
        return shaped


@dataclass(frozen=True)
class Card:
    title: str
    sections: Sequence[Section]
    subtitle: str | None = None
    name: str | None = None
    primary: Button | None = None
    secondary: Button | None = None

    def __post_init__(self) -> None:
        if not self.sections:
            raise ValueError("a card needs a section")
        if len(self.sections) > MAX_SECTIONS:
            raise ValueError(f"a card holds at most {MAX_SECTIONS} sections, not {len(self.sections)}")
        if self.secondary is not None and self.primary is None:
            raise ValueError("a card footer needs its primary button first")

    def to_json(self) -> Json:
        header: Json = {"title": _text(self.title)}
        if self.subtitle:
            header["subtitle"] = _text(self.subtitle)
        shaped: Json = {"header": header, "sections": [section.to_json() for section in self.sections]}
        if self.name:
            shaped["name"] = self.name
        if self.primary is not None:
            footer: Json = {"primaryButton": self.primary.to_json()}
            if self.secondary is not None:
                footer["secondaryButton"] = self.secondary.to_json()
            shaped["fixedFooter"] = footer
        return shaped
