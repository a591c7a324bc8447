"""A printed edition's page reprinted with what stands above its first document: a journal
archive's reuse notice, the collection's and the chapter's headings in capitals (JSTOR's
Early Journal Content: `OFFICIAL DOCUMENTS` / `DIPLOMATIC CORRESPONDENCE RESPECTING THE WAR`
/ `CHAPTER I` / `WARNINGS` / `(1913.)`). The edition's `No. 1.` over a heading naming both
parties marks where the document begins; the lines above it are the page's text."""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.context import Context
from tei.convert.pages.numbered_heading import numbered_heading, take_numbered
from tei.convert.pages.titles import handled_message, names_a_document
from tei.convert.parties import title_parties
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 40  # the notice and the headings take a page's first lines
_HEADING_WORDS = 12  # a collection's or chapter's heading, a page number
# a sentence's or an edition heading's small words (`to the ... at`); headings in capitals
# and cover lines have none or one (`purposes.`)
_SMALL_WORD = re.compile(r"\b[a-z]{2,}\b")


def edition_front(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """A printed edition's front (`_printed_front`) or a documents reader's (`_reader_front`)
    over the first document's heading, or a book's appendix (`_appendix_front`): the index of
    that heading, else 0."""
    return (_printed_front(lines, seg, ctx) or _reader_front(lines, seg, ctx)
            or _appendix_front(lines, seg, ctx) or _dossier_front(lines, seg, ctx))


_DOSSIER_REACH = 40  # the site's menu, the dossier's heading and introduction


def _dossier_front(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """(wcda65) A dossier page (`NKIDP e-Dossier No. 19: ...`, `Documents in this
    e-Dossier`: row `dossier`) over its first document (under its number, `Document No. 1`,
    which the furniture table drops): the document's date line, or its title opening with its
    form, no sentence (`Record of Conversation between Enver Hoxha and Liu Xiao, 12 November
    1960`). The lines above are the page's text, taken off `lines` (in place); 0."""
    reach = min(len(lines) - 1, _DOSSIER_REACH)
    heads = [k for k in range(reach) if _appendix_row(lines[k], "dossier", ctx)]
    for k in range(heads[0] + 1, reach) if heads else ():
        if ctx.res.dates.whole(lines[k].text) or (
                (names_a_document(lines[k], ctx) or _party_then_form(lines[k], ctx))
                and not lines[k].text.endswith(".")):
            seg.fields.setdefault("page-text", []).extend(lines[:k])
            del lines[:k]  # the document opens the page (its title read as a first line's)
            return 0
    return 0


# (bloc75) a dossier's title naming the sending party before the form (`Bulgarian Embassy in
# Havana, Ciphered Telegram to Comrade Todor Zhivkov, 24 October 1962`): the party, then a comma
_PARTY_COMMA = re.compile(r"^[A-Z][\w'’.-]*+(?:\s++[\w'’.-]++){0,7}?,\s++(?=[A-Z])")


def _party_then_form(line: Line, ctx: Context) -> bool:
    """Whether `line` opens with a short party's name and a comma, then the document's form."""
    found = _PARTY_COMMA.match(line.text)
    return found is not None and names_a_document(replace(line, text=line.text[found.end():]), ctx)


_APPENDIX_REACH = 8  # the appendix's heading, title and note on the texts


def _appendix_front(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """(cables57) A book's documentary appendix: its heading (`APPENDIX B`), its title and
    the author's note on the texts (prose) over the first document's number (`Document 7`)
    and heading naming both parties (`Telegram from Ambassador Kohler to Secretary Rusk,
    26 October 1962`), or (lead43) the number with that heading on its line (bloc66: then the
    page's title), perhaps under the page's number: the lines down to the number are the
    page's text; the index of the heading, else 0."""
    first = int(len(lines) > 1 and bool(_PAGE_NUMBER.match(lines[0].text)))  # (bloc66) `287`
    if not lines or not _appendix_row(lines[first], "appendix", ctx):
        return 0
    for k in range(first + 1, min(len(lines), _APPENDIX_REACH)):
        found = ctx.res.patterns.match("appendix-front", lines[k].text)
        titled = found is not None and found[0] == "document" and bool(found[1]["heading"])
        number = int(found is not None and found[0] == "document")
        if titled:  # the number to the page's text, its heading the document's title
            head = found[1].start("heading")  # (bloc66: a thesis's ends with a stop)
            seg.fields.setdefault("page-text", []).extend(
                [*lines[:k], replace(lines[k], text=lines[k].text[:head].rstrip())])
            seg.page_title = replace(lines[k], text=lines[k].text[head:])
            return k + 1
        if number or _both_parties(lines[k].text, ctx):
            seg.fields.setdefault("page-text", []).extend(lines[:k + number])
            return k + number
    return 0


def _appendix_row(line: Line, name: str, ctx: Context) -> bool:
    found = ctx.res.patterns.match("appendix-front", line.text)
    return found is not None and found[0] == name


_READER_REACH = 6  # the editors' names over the chapter's heading
# (other35) an editor's name alone on its line: two to four capitalised words
_EDITOR_NAME = re.compile(r"^[A-Z][\w'’.-]++(?:\s[A-Z][\w'’.-]++){1,3}$")
# (misses30) the book's page number a preview ran on before the heading (MUSE: `438 Document ...`)
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")


def _reader_front(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """A documents reader's chapter page (the National Security Archive's readers on
    OpenEdition, Project MUSE): the editors' names, one a line, over the numbered heading
    (`Document No. 26: Notes of ..., June 20, 1988`), or the book's page number; the names
    and the number are the page's text."""
    for k in range(1, min(len(lines), _READER_REACH)):
        found = ctx.res.patterns.match("page-title", lines[k].text)
        if found and lines[k].text.startswith("Doc"):
            if all(_EDITOR_NAME.match(line.text) or _PAGE_NUMBER.match(line.text)
                   for line in lines[:k]):
                seg.fields.setdefault("page-text", []).extend(lines[:k])
                return k
            return 0
    return 0


def _printed_front(lines: list[Line], seg: Segments, ctx: Context) -> int:
    """The index of the heading naming both parties (`M. X, Ambassador ... at Berlin, to
    M. Y,`) under an edition's document number (`No. 1.`) among the page's first lines, the
    lines down to the number kept as the page's text (as a number alone at the top is);
    else 0. Only headings may stand above the number: under a document's text or heading,
    it numbers the next document on the page. A correspondence edition's heading in its
    handling words (`titles.handled_message`) opens the document without a number.
    (lang49) So does a number alone over a heading a `page-title` row reads (the Portuguese
    edition's `2417` over `TELEGRAMA CONFIDENCIAL N.º 131 DA LEGAÇÃO EM BERLIM ...`, under
    the edition's running title): the title read, the number kept as the page's text;
    returns the index under the title."""
    for k in range(1, min(len(lines) - 1, _REACH)):
        above = lines[k - 1].text
        if len(above.split()) > _HEADING_WORDS or (
                len(_SMALL_WORD.findall(above)) >= 3 and not _title_cased(above)):
            return 0  # a document's text or heading stands above: the number is the next one's
        if handled_message(lines[k].text, ctx) and not any(  # no number: the heading
                ctx.res.dates.find(line.text) for line in lines[:k]):  # opens it, no
            # receipt line over it (`Received on March 9, 1944`: the cable heading's)
            seg.fields.setdefault("page-text", []).extend(lines[:k])
            return k
        if ctx.res.patterns.match("edition-document-number", lines[k].text) \
                and _heads_document(lines, k + 1, ctx):
            seg.fields.setdefault("page-text", []).extend(lines[:k + 1])
            _join_broken_heading(lines, k + 1, ctx)
            return k + 1
        numbered = numbered_heading(lines[k:], ctx)
        if numbered:  # (lang49) `2417` / `TELEGRAMA ... N.º 131 ...`: the number, the title
            seg.fields.setdefault("page-text", []).extend(lines[:k + 1])
            take_numbered(lines, k, numbered, seg)
            return k + 2
    return 0


def _title_cased(text: str) -> bool:
    """A collection's title in title case (`Correspondence of the Heads of Government,
    1941-1945`): each word of four letters or more capitalised, no sentence's stop."""
    return not text.endswith(".") and not _LONG_LOWER_WORD.search(text)


_LONG_LOWER_WORD = re.compile(r"\b[a-z]{4,}")


def _join_broken_heading(lines: list[Line], i: int, ctx: Context) -> None:
    """`M. X, Minister for Foreign Affairs, to M. Y,` / `Ambassador of the Republic at
    Berlin.`: a heading broken over two lines, which only together match a heading row, is
    one line (in place)."""
    if i + 1 >= len(lines) or _heading(lines[i].text, ctx):
        return
    joined = f"{lines[i].text} {lines[i + 1].text}"
    if _heading(joined, ctx):
        lines[i:i + 2] = [Line(lines[i].no, joined, lines[i].blank_before, lines[i].rule_before)]


def _heading(text: str, ctx: Context) -> bool:
    found = ctx.res.patterns.match("frus", text)
    return found is not None and found[0] == "heading"


def _heads_document(lines: list[Line], i: int, ctx: Context) -> bool:
    """Whether line `i`, alone or with the next line, is an edition's heading naming both
    parties (a `heading` row of the `frus` table, or a correspondence edition's heading in
    its handling words: `titles.handled_message`), not a text's first sentence."""
    if handled_message(lines[i].text, ctx):
        return True
    joined = f"{lines[i].text} {lines[i + 1].text}" if i + 1 < len(lines) else ""
    return _both_parties(lines[i].text, ctx) and (
        _heading(lines[i].text, ctx) or (bool(joined) and _heading(joined, ctx)))


def _both_parties(text: str, ctx: Context) -> bool:
    found = title_parties(text, ctx)
    return bool(found and found[0].strip() and found[1].strip())
