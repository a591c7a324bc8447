"""(ocr91) A British minute sheet's routing at its head: the names of the officials it goes
to, each alone on its line with the courtesy title (`Sir C. Jeffries` / `Mr. Watson` over the
minute's text: the Colonial and Foreign Office files as hkintexts and the National Archives'
scans give them, OCR reading `Sir` as `Sin`). A heading that holds nothing but such lines (one
to three) names the minute's addressees, not a telegram's sender (`Sir F. Roberts` in the
Foreign Office print, under its number and over `D.`/`R.` lines, stays the sender)."""

from __future__ import annotations

import re

from tei.convert.model import RegistryLine, text_of

_COURTESY_NAME = re.compile(
    r"^(?:Mr|Sir|Sin|Lord)\.?\s++(?:[A-Z]\.\s?){0,3}[A-Z](?:[\w'’]|-(?!-))++"
    r"(?:\s++[A-Z](?:[\w'’]|-(?!-))++)?\.?$")
_MOST = 3


def minute_routing(out: list[RegistryLine]) -> None:
    """The heading's lines become the addressees when every one is a courtesy name alone."""
    if not 0 < len(out) <= _MOST or not any(line.subtype == "sender" for line in out):
        return
    if all(_COURTESY_NAME.match(text_of(line.content).strip()) for line in out):
        for line in out:
            line.subtype = "addressee"
