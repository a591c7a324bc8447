"""A document store's one-line copy of an uploaded PDF (docslib: the file's name over `Total
Page:16` and `File Type:pdf, ...`, then the whole text on one line that opens with the name
again): the name repeated at the text's head is the store's, and the PDF's own heading in
capitals that follows it (a classification, then the heading, its note marker glued) is
set on lines of their own, so that the reader meets them as a heading (wc37)."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.read import Line

# the classification over the heading, then four or more words in capitals (a comrade's
# `Cde.` and initials among them) closed by a note marker glued to the last word or by a
# space, before the text proper (a quotation mark or a capital opening a sentence)
_CAPITALS_HEAD = re.compile(
    r"^(?P<marks>(?:(?:TOP|STRICTLY)\s)?(?:SECRET|CONFIDENTIAL)\s)?"
    r"(?P<head>[A-Z][A-Z'’-]++(?:\s(?:[A-Z][A-Z'’-]++|Cdes?\.|[A-Z]\.)){3,24}+)"
    r"(?P<note>\d{1,2})?\s(?P<rest>[“\"‘A-Z].*)$")
_MIN_HEAD_WORDS = 4


def host_heading(kept: list[Line], names: set[str]) -> tuple[list[Line], Line | None]:
    """`kept` with the first line that repeats a host's file name (`names`) cut after it
    when a capitals heading follows the name, that heading on lines of its own, and the
    heading without its note marker (the document's title, the file's name being none);
    unchanged otherwise."""
    for index, line in enumerate(kept):
        name = next((n for n in names if line.text.startswith(n + " ")), None)
        if name is None:
            continue
        text = line.text[len(name):].strip()
        found = _CAPITALS_HEAD.match(text)
        if found is None or len(found.group("head").split()) < _MIN_HEAD_WORDS:
            return kept, None  # the WCDA export's date and title again: the reader's
        parts = [found.group("marks"), found.group("head") + (found.group("note") or ""),
                 found.group("rest")]
        split = [Line(line.no, part.strip()) for part in parts if part]
        split[0] = replace(split[0], blank_before=line.blank_before)
        return [*kept[:index], *split, *kept[index + 1:]], Line(line.no, found.group("head"))
    return kept, None
