"""Archival references and editors' source lines that open or close a page's document
(`[AA: A981, ...]`, `Political Archive, PA 1956, Box 12, Folder 3`, `[Source: AVPRF, ...
Translated by ...]`): the header's."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.summary import PROSE_END, is_credit, release_line
from tei.convert.read import Line
from tei.convert.zones import Segments

# an editors' source line in square brackets (`[Source: AVPRF, ...]`), (wcda69) or, as the
# CWIHP Virtual Archive (2000-2010) set it under the title, in round ones after `Original
# Source` (`(Original Source: PRC FMA 111-00011-03. Translated by ...)`)
BRACKETED_SOURCE = re.compile(r"^(?:\[(?i:(?:original\s++)?source)\s*+:\s*+"
                              r"(?P<source>[^\[\]]{8,400}+)\]"
                              r"|\((?i:(?:original\s++)?source)\s*+:\s*+(?P<round>[^()]{8,400}+)\))\.?$")
# (wcdaold73) a Bulletin's source note in round brackets at the document's foot, `(Source: AVP
# RF, f. 0104, ...; translation by ...)`, as the virtual archive's `(Original Source: ...)`
# (invent19) a named archive's reference the editors set in brackets at the foot
# (`[Central State Archive, Sofia, Fond 1-B, Opis 64, a.e. 212, l. 14-16]`)
# (docs37a) or in round brackets, as printed documents studies set their source line at the foot
# (`(MEA File No. 3(12)-China/59, Vol. II.)`), one pair of brackets inside, a file's number in it
_BRACKETED = re.compile(r"^(?:\[(?P<inner>[^\[\]]{8,300}+)\]|\((?=.*\d)"
                        r"(?P<round>(?:[^()]|\([^()]{0,20}+\)){8,300}+)\))\.?$")


def bracketed_source(text: str) -> str | None:
    """The source an editors' bracketed source line gives (`BRACKETED_SOURCE`), else None."""
    found = BRACKETED_SOURCE.match(text)
    return (found.group("source") or found.group("round")) if found else None


_OPENING_REACH = 8  # an archival reference opens a document within its first lines
_GRADE_WORDS = 3  # a grade's words (`Top secret!`, `Strictly secret!`)
# (lead34: a NATO paper's classification, copy, language, date and `DOCUMENT` lines above it)
# (lead39) an archive's code for the item alone on the line under the archive's name at the
# page's top (`Israel State Archives` / `ISA/RG 130.20/MFA/3127/12`): up to five parts, each
# opened by a capital or a digit, letters and numbers joined by a slash, dot or dash inside one
# (the Swiss Federal Archives' `E2001E#1967/113#1234*`: series, accession and dossier), or the
# archive's sigla before two numbers (`UM 5 C 14, 1949`, `RG 59, Box 2817`); (lead40) up to
# seven parts, an abbreviation in small letters among them (`2.05.118, inv.nr. 14235`, `BMAA,
# II-pol, Sowjetunion 2, GZl. 518.112-Pol/56`)
_ARCHIVE_CODE = re.compile(r"^(?=.*\d)(?=.*\w[/.-]\w|[A-Z]{2,5}\s\d.*\s\d)(?P<ref>[A-Z\d]"
                           r"[\w.'’()/#*-]*+(?:,?\s(?:[A-Z\d][\w.'’()/#*-]*+|[a-z]{1,5}\."
                           r"(?:[a-z]{1,5}\.)?)){0,6})$")


def source_under_title(seg: Segments) -> None:
    """(wcda69) The editors' bracketed source line right under the page's title among the
    page's lines (a Bulletin's `[Source: AVP RF, ...]` under its document's title, the
    article's introduction above both): the document's source, when no field gave one."""
    title, text = seg.page_title, seg.fields.get("page-text", [])
    if title is None or seg.fields.get("source"):
        return
    after = next((k + 1 for k, line in enumerate(text) if line.no == title.no), None)
    source = bracketed_source(text[after].text) if after is not None and after < len(text) \
        else None
    if source:
        seg.fields["source"] = [Line(text[after].no, source)]


def closing_reference(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """A bracketed archival reference or editors' `[Source: ...]` line closing the document
    (before its notes): the header's, unless the page's own `Source` field gave one (a
    field left empty, its label alone in the page's foot, gave none)."""
    lines = _closing_credit(lines, seg, ctx)
    for i in range(len(lines) - 1, max(-1, len(lines) - 8), -1):
        cited = _cited_archive(lines[i].text, ctx)
        if cited and _names_translator(cited.group("source"), ctx):
            _take_cited(cited, lines[i], seg)  # its translator with it, not in a shelfmark
            return lines[:i] + lines[i + 1:]
        source = bracketed_source(lines[i].text)
        if source and not seg.fields.get("source"):
            seg.fields["source"] = [Line(lines[i].no, source)]
            return lines[:i] + lines[i + 1:]
        found = _enclosed_reference(lines[i].text, ctx)
        if found and release_line(lines[i], ctx) and (
                i < len(lines) - 1 or (i > 0 and lines[i - 1].no == lines[i].no)):
            continue  # CREST's release line at a page break: the text goes on under it; or
            # closing a scan's OCR flattened on one line (its words stay the line's: cables55)
        if found:
            found, top = _with_collection(lines, i, found, ctx)
            seg.add_reference(found[1])
            above = _archive_over(lines[:top], seg, ctx)
            if _letterhead(above):  # a short document's opening reference: its archive too
                above = _letterhead_archive(above, seg, ctx)
            return above + _credit_under(lines[i + 1:], seg, ctx)
        if cited:
            _take_cited(cited, lines[i], seg)
            return lines[:i] + lines[i + 1:]
    return lines


def _enclosed_reference(text: str, ctx: Context) -> tuple[str, re.Match[str]] | None:
    """The `archival-reference` row matching a line, read inside its brackets when the
    line is enclosed in them (lead75, repost75: `(Diplomatic Archive ..., f. 142, d. 7.
    Translated by X.)`, `(National Archives, RG 59, ...)`: no bracket in the archive's name
    or the credit), else the line as it is (a row's own brackets)."""
    inner = _BRACKETED.match(text)
    found = ctx.res.patterns.match("archival-reference", inner["inner"] or inner["round"]) \
        if inner else None
    return found or ctx.res.patterns.match("archival-reference", text)


# a whole line in square or round brackets
_ENCLOSED = re.compile(r"^[\[(](?P<inner>[^\[\]()]{8,300}+)[\])]\.?$")


def _closing_credit(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(wcda73) The translation's credit in brackets closing the document (`[Translated from
    Russian by Gary Goldberg]`, `(Translated by Charles Kraus)`): the header's credit."""
    inner = _ENCLOSED.match(lines[-1].text.strip()) if lines else None
    if inner and is_credit(inner["inner"], ctx):
        seg.fields.setdefault("credits", []).append(Line(lines[-1].no, inner["inner"]))
        return lines[:-1]
    if inner and not seg.fields.get("source") and _reference_then_credit(inner["inner"], ctx):
        seg.fields["source"] = [Line(lines[-1].no, inner["inner"])]
        return lines[:-1]
    return lines


# a shelfmark before a credit: a few words with a number and no label, closed by a stop, comma
# or semicolon
_SHELFMARK_LEAD = re.compile(r"^(?=[^;]*\d)[^;.:]{3,60}+[;,.]\s*+$")


def _reference_then_credit(text: str, ctx: Context) -> bool:
    """(lead75) An archive's reference and then the translation's credit in one closing
    bracket (`[UM 5 C 12, Kiina 1966; translated from the Finnish by Anna Virtanen]`): an
    editors' source line, whose shelfmark and translator the header parts."""
    return any(row.name == "translator" and (found := row.regex.search(text)) is not None
               and found.start("lead") > 0
               and _SHELFMARK_LEAD.match(text[:found.start("lead")]) is not None
               for row in ctx.res.patterns.regexes.get("citation", ()))


def _credit_under(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(bloc69) A book edition's translation credit on the line under the reference closing
    or opening a document (`RGASPI, f. 495, ... Original. Typescript.` / `Translated from the
    Russian by Margarita Orlova.`): the header's credit, not the text's; `lines` without it."""
    if lines and is_credit(lines[0].text, ctx):
        seg.fields.setdefault("credits", []).append(lines[0])
        return lines[1:]
    return lines


def cited_source(text: str, ctx: Context) -> str | None:
    """(bloc69) The inner text of the editors' bracketed source line opened by an archive's
    name and naming its translator (`_cited_archive`, `_names_translator`), else None."""
    cited = _cited_archive(text, ctx)
    return cited.group("source") if cited and _names_translator(cited.group("source"), ctx) \
        else None


def _archive_over(above: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(cables69) The lines over a closing reference without the archive's name standing
    right over it (`Nixon Presidential Materials Project` / `National Security Council Files,
    Box 102`), which is the repository when nothing named one: never a signature."""
    seat = 1 if len(above) > 1 and _SEAT.match(above[-1].text) else 0  # (ocr71)
    if not above or "original-archive" in seg.fields or not ctx.res.patterns.match(
            "archive-name", above[-1 - seat].text):
        return above
    named = above[-1 - seat]
    seg.fields["original-archive"] = [Line(named.no, named.text.rstrip(" ,"))]
    if seat:  # the seat is the stamp's text, not a shelfmark
        seg.fields.setdefault("page-text", []).append(above[-1])
    return above[:-1 - seat]


# (ocr71) a library's seat in capitals under its name in a copy's stamp (`DWIGHT D.
# EISENHOWER LIBRARY` / `ABILENE, KANSAS` / the file it cites)
_SEAT = re.compile(r"^[A-Z][A-Z'’.-]++(?:\s[A-Z][A-Z'’.-]++)?,\s[A-Z][A-Z.]++(?:\s[A-Z][A-Z.]++)?$")


def _take_cited(cited: re.Match[str], line: Line, seg: Segments) -> None:
    """The editors' bracketed citation as the page's source; beside the page's own `Source`
    field (the same archive named more briefly) as its credits, for its translator."""
    field = "credits" if seg.fields.get("source") else "source"
    seg.fields.setdefault(field, []).append(Line(line.no, cited.group("source")))


def _cited_archive(text: str, ctx: Context) -> re.Match[str] | None:
    """The editors' bracketed source line without its `Source:` label, opened by its
    archive's name before a comma (`[Archive of the Romanian Ministry of Foreign Affairs,
    folder 211/1969, Telegrams Beijing. Translated by Mircea Munteanu.]`): its inner text."""
    found = _CITED_ARCHIVE.match(text)
    named = found and ctx.res.patterns.match("archive-name", _unabbreviated(found["archive"]))
    return found if named else None


_CITED_ARCHIVE = re.compile(
    r"^\[(?P<source>(?P<archive>[^\[\],;]{6,100}+)[,;][^\[\]]{4,300}+)\]\.?$")


def _names_translator(text: str, ctx: Context) -> bool:
    """Whether `text` names its translator (the `citation` table's `translator` rows)."""
    return any(row.name == "translator" and row.regex.search(text)
               for row in ctx.res.patterns.regexes.get("citation", ()))


def _unabbreviated(name: str) -> str:
    """An archive's name without its abbreviation in brackets (`Archive of Modern Records
    (AAN)`)."""
    name = name.strip()
    opening = name.rfind("(")
    short = name[opening + 1:-1] if name.endswith(")") and opening >= 0 else ""
    return name[:opening].rstrip() if short.isupper() and 2 <= len(short) <= 10 else name


def opening_reference(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """An archival reference under the letterhead that opens the document (short lines,
    no prose above it), or (bloc69) over its translation's credit under a collection's long
    title, when the page's head did not take one."""
    for i in range(1, min(len(lines), _OPENING_REACH)):
        found = ctx.res.patterns.match("archival-reference", lines[i].text)
        credited = found is not None and i + 1 < len(lines) and is_credit(lines[i + 1].text, ctx)
        if not credited and not _letterhead(lines[i - 1:i]):
            return lines  # (bloc69) a reference over its translation's credit under any line
        if found:
            found, top = _with_collection(lines, i, found, ctx)
            seg.add_reference(found[1])  # (bloc69) its translation's credit under it
            under = _credit_under(lines[i + 1:], seg, ctx)
            return _letterhead_archive(lines[:top], seg, ctx) + under
    return lines


# a library's collection named by its papers or files (`Papers of Dwight D. Eisenhower as
# President (Ann Whitman File)`, `National Security Files`)
_COLLECTION = re.compile(r"\b(?:Papers|Files?|Materials|Collection)\b")


def _with_collection(lines: list[Line], i: int, found: tuple[str, re.Match[str]],
                     ctx: Context) -> tuple[tuple[str, re.Match[str]], int]:
    """(letters76) The collection's line over an opening shelfmark (`Papers of ... (Ann
    Whitman File)` / `International Series, Box 14, folder "..."`), when the two read as one
    reference: the joined reference and the line it starts on, else `found` and `i`."""
    above = lines[i - 1].text.strip().rstrip(",") if i else ""
    if not _COLLECTION.search(above) or above.endswith("."):
        return found, i
    joined = ctx.res.patterns.match("archival-reference", f"{above}, {lines[i].text.strip()}")
    return (joined, i - 1) if joined else (found, i)


def _letterhead(lines: list[Line]) -> bool:
    """Whether `lines` are a letterhead's (short lines, no prose; (ocr64) a grade closed by
    its exclamation mark, `SZIGORÚAN TITKOS!`, `Streng geheim!`): what may stand over an
    opening reference."""
    return len(lines) < _OPENING_REACH and all(
        _words(line.text) <= 12 and (not PROSE_END.search(line.text) or (
            line.text.endswith("!") and _words(line.text) <= _GRADE_WORDS))
        for line in lines)


def _words(text: str) -> int:
    """(lead39) The words of `text`, each with a letter or digit: a dash between the parts of
    a release stamp is none (`DECLASSIFIED - PUBLICLY DISCLOSED - ... - MISE EN LECTURE`)."""
    return sum(1 for word in text.split() if any(char.isalnum() for char in word))


def _letterhead_archive(above: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """(lead37) The lines over an opening reference without the archive's name among them
    (`SECRETARÍA DE RELACIONES EXTERIORES` / `ACERVO HISTÓRICO DIPLOMÁTICO` / `Expediente:
    ...`), which is the repository when the page's head named none."""
    if "original-archive" in seg.fields:
        return above
    for k, line in enumerate(above):
        if ctx.res.patterns.match("archive-name", line.text):
            seg.fields["original-archive"] = [Line(line.no, line.text.rstrip(" ,"))]
            return above[:k] + above[k + 1:]
    return above


def archive_code(lines: list[Line], i: int, seg: Segments, ctx: Context) -> bool:
    """(lead39) Take line `i` as the archive's code for the item when it stands under the
    archive's name that opens the page (`_ARCHIVE_CODE`), not a date."""
    if i != 1 or seg.fields.get("original-archive") != [lines[0]]:
        return False
    found = _ARCHIVE_CODE.match(lines[i].text.strip())
    if not found or ctx.res.dates.whole(lines[i].text):
        return False
    seg.add_reference(found)
    return True
