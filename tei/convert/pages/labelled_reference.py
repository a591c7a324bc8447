"""(bloc68) A research collection's fields under a document's title whose labels no table
knows or a document may use: a field whose value is an archival reference (`Signature:
SAPMO-BArch, DY 30/IV A 2/20/951, Bl. 3-6`, a German edition's `Signatur` in English;
`Shelfmark:`, `Fond:`), the reference; the value must be a whole row of `archival-reference`,
so a document's own labelled line (`Signature: Harman`) stays the document's. And the field on
the original opened by a language's name (table `original-field`: `Original: Vietnamese, with
a German translation ...`): the original's language, the line the page's text; and the
translation field naming the translators (table `translation-field`) where no field the page
tables know stands above it."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.pages.references import cited_source
from tei.convert.read import Line
from tei.convert.zones import Segments

# (bloc68) an editors' bracketed source note with no label (`[Central State Archive (TsDA),
# Sofia, Fond 1-B, ...; copy in the Archive of ... Translated by Kalina Bratanova.]`)
_BRACKETED = re.compile(r"^\[(?P<inner>[^\[\]]{10,500}+)\]$")
_LABELLED = re.compile(r"^[A-Z][\w'’-]*+(?:\s[\w'’-]++){0,2}\s*+:\s++(?P<value>\S.{4,200}+)$")


def labelled_reference(line: Line, seg: Segments, ctx: Context) -> bool:
    """Take `line` as the item's archival reference when its value after a short label is
    one, as the field on the original naming its language or as the translators' field;
    return whether it was taken."""
    translators = ctx.res.patterns.match("translation-field", line.text)
    if translators:  # `Translation: Anna Keller and Tom Reiss` before the page's other fields
        seg.fields.setdefault("translator", []).append(
            Line(line.no, translators[1].group("translator")))
        return True
    original = ctx.res.patterns.match("original-field", line.text)
    if original:
        seg.fields.setdefault("original-language", []).append(
            Line(line.no, original[1].group("language")))
        seg.fields.setdefault("page-text", []).append(line)
        return True
    bracketed = _BRACKETED.match(line.text.strip())
    if bracketed:
        return _bracketed_reference(bracketed.group("inner"), line.no, seg, ctx)
    if _bracketed_source(f"[{line.text.strip()}]", line.no, seg, ctx):
        return True  # (bloc69) the same note without its brackets
    found = _LABELLED.match(line.text)
    reference = ctx.res.patterns.match("archival-reference", found.group("value")) \
        if found else None
    if reference is None:
        return False
    seg.add_reference(reference[1])
    return True


def _bracketed_reference(inner: str, no: int, seg: Segments, ctx: Context) -> bool:
    """(bloc68) The editors' bracketed note opened by an archival reference, maybe a second
    archive's copy after a semicolon and the translation's credit after a stop: the first
    reference is the item's (`Segments.add_reference` reads the credit after it), the note
    the page's text; whether it was taken."""
    reference = ctx.res.patterns.match("archival-reference", inner)
    if reference is None or reference[1].start() != 0:
        return _bracketed_source(f"[{inner}]", no, seg, ctx)
    seg.add_reference(reference[1])  # (its credit after the reference is read there)
    seg.fields.setdefault("page-text", []).append(Line(no, inner))
    return True


def _bracketed_source(text: str, no: int, seg: Segments, ctx: Context) -> bool:
    """(bloc69) The editors' bracketed note under the title opened by an archive's name that
    no sigla row knows, then a comma, and naming its translator (`[Vietnam National Archives
    Center III, Office of the Prime Minister collection, file 9734, pp. 2-3. Translated by
    ...]`): the page's source, as the same note closing the document is
    (`references.closing_reference`), or (bloc69) the same without its brackets (`Archivo del
    Ministerio de Relaciones Exteriores, Cuba, Fondo URSS, 1962, caja 3. Translated by ...`);
    whether it was taken."""
    source = cited_source(text, ctx)
    if source is None or "source" in seg.fields:
        return False
    seg.fields["source"] = [Line(no, source)]
    return True
