"""A registry line's kind and content: the `heading` or `processing` table's row it matches,
and the names the row or the line's shape gives (an officer in brackets, `ZWEIFEL, DAVID E.`,
the persons a row's groups list); split from `recognise`."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.inline import InlineReader
from tei.convert.model import Inlines, RegistryLine
from tei.convert.namerules import caps_list_spans
from tei.convert.parties import WINGS
from tei.convert.read import Line
from tei.convert.segment import bare, heading_groups, heading_kind

_WING = re.compile(WINGS)
_CODE_WORD = re.compile(r"^(?:GRAY|GREY|PLAIN|BROWN)$")  # the State form's code designation
_PARENTHESISED_NAME = re.compile(r"\((?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\)")


def registry_line(line: Line, table: str, ctx: Context, inline: InlineReader) -> RegistryLine:
    """A heading's or trailer's line as a registry line of its kind (`table`'s row)."""
    subtype, content = registry_content(line, table, ctx, inline)
    return RegistryLine(subtype, content)


def registry_content(line: Line, table: str, ctx: Context,
                      inline: InlineReader) -> tuple[str, Inlines]:
    """The kind of a registry line by `table` (`heading` or `processing`) and its content,
    the names it gives (bracketed, inverted, listed in the row's `persons` groups) tagged."""
    found = ctx.res.patterns.match(table, bare(line.text))
    if found is None and table == "heading":  # (bloc81) a cipher office's stamp over the
        # telegram naming its clerk (`Deciphered by: Novotná`): the trailing row's persons,
        # the line a heading's stamp
        found = ("stamp", clerk[1]) if (clerk := _clerk_row(line.text, ctx)) else None
    not_names = ctx.res.patterns.words("not-names")
    spans = [(m.start("name"), m.end("name")) for m in _PARENTHESISED_NAME.finditer(line.text)
             if not any(w.casefold() in not_names for w in m.group("name").split())
             and not _WING.fullmatch(m.group("name"))]  # `Director (Pol)`: a wing
    if spans:  # (bloc81) an era's name in brackets in its date (`12 Asvina 1887 (Saka)`)
        dated = ctx.res.dates.find(line.text)
        spans = [(a, b) for a, b in spans if not any(d.start <= a and b <= d.end for d in dated)]
    if found and "inverted" in found[1].re.groupindex and found[1].group("inverted"):
        spans.append(found[1].span("inverted"))  # `ZWEIFEL, DAVID E.`: one name
    for group in ("persons", "persons2"):  # (cables58) a second post's officer after a comma
        if found and group in found[1].re.groupindex and found[1].group(group):
            start, end = found[1].span(group)
            cut = line.text.find("[", start, end)
            spans += caps_list_spans(line.text, start, cut if cut != -1 else end)
    if table == "heading" and (not found or found[0] == "letterhead"):  # (leftover23) or an
        # address in a letterhead's shape (`AMBASSADOR AMERICAN EMBASSY MOSCOW`)
        kind = heading_kind(line.text, ctx)
        return (kind if kind != "name" else "other") or "other", inline.annotate(line.text, line.no)
    if found and found[0] == "handling" and _CODE_WORD.match(line.text.strip()):
        return found[0], [line.text]  # (ocr93) the code room's designation: no name (`GRAY`)
    if not found and table == "processing":
        return _labelled_processing(line.text, ctx), inline.annotate(line.text, line.no, spans)
    return (found[0] if found else "other"), inline.annotate(line.text, line.no, spans)


def _clerk_row(text: str, ctx: Context) -> tuple[str, re.Match[str]] | None:
    """(bloc81) The `processing` table's row naming the clerks of a registry line (its
    `persons` group: `Deciphered by: Novotná`), or None."""
    found = ctx.res.patterns.match("processing", bare(text))
    return found if found and "persons" in found[1].re.groupindex \
        and found[1].group("persons") else None


def _labelled_processing(text: str, ctx: Context) -> str:
    """The kind of a trailing line that a heading label opens (`Copy: Prime Minister's
    Office`, `cc: file`) when the processing table has that kind, else `other`."""
    labelled = heading_groups(text, ctx)
    kinds = {row.name for row in ctx.res.patterns.regexes.get("processing", ())}
    return labelled[0] if labelled and labelled[0] in kinds else "other"
