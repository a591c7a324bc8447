"""Page reader for the debates of the UK Parliament as the historic Hansard publishes them
(`HC Deb 25 August 1914 vol 66 cc20-1` over the speeches), where a speech reads to the
House a telegram that the House or its officer received, or a despatch (`an extract from
a Despatch addressed by my noble Friend Lord Granville to Lord Dufferin`: a letter, its
writer and addressee the parties). A page copied without the sitting's reference is known by its
speeches' section marks (`§ MR. ARTHUR ARNOLDasked`). The sitting's reference goes to
the header's sources; a speech's sentence saying that a telegram was received (or sent)
makes the document a telegram, and the person it names as the telegram's author (`a
telegram from the President of the Imperial Duma of Russia, M. Michel de Rodzianko`,
`received from M. Jules Jeanneney, the President of the French Senate, a telegram`) its
sender. Rows: `hansard`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 3  # the sitting's reference opens the page
_SPEECH_LINES = 10  # the telegram is announced in the first paragraphs (a question's answer)
_SPEECHES = 2  # section marks of speeches that make a page of debates without its reference


def _sitting(lines: list[Line], ctx: Context) -> int | None:
    """Where the sitting's reference stands, if it opens the page."""
    return next((i for i, line in enumerate(lines[:_REACH])
                 if _row(line, ctx) == "sitting"), None)


def _row(line: Line, ctx: Context) -> str | None:
    found = ctx.res.patterns.match("hansard", line.text)
    return found[0] if found else None


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# the sitting's reference or a speech's section mark
NEEDS = (("hansard", ("sitting", "speech")),)


_DATELINE_REACH = 3  # the record's `as follows:` between the announcement and the dateline


def _quoted_dateline(lines: list[Line], ctx: Context) -> Line | None:
    """(lead50) The dateline opening the telegram read into the record under the sentence
    announcing it (`SAIGON, September 11, 1963.` under `..., as follows:`): its date."""
    for line in lines:
        found = ctx.res.patterns.match("heading", line.text)
        if found and found[0] == "dateline" and (dated := ctx.res.dates.find(line.text)):
            return Line(line.no, line.text[dated[0].start:dated[0].end])
    return None


def evidence(lines: list[Line], ctx: Context) -> int:
    """2 for a Hansard sitting's reference at the top; 1 for a page copied without it whose
    speeches open with their section marks (two `§ MR. X` lines or more)."""
    if _sitting(lines, ctx) is not None:
        return 2
    speeches = sum(_row(line, ctx) == "speech" for line in lines[:_SPEECH_LINES])
    return 1 if speeches >= _SPEECHES else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The sitting's reference to the header; the speeches left, read for the telegram
    they announce (form `telegram`; its author as the sender, `channel-from`)."""
    i = _sitting(lines, ctx)
    if i is None and not evidence(lines, ctx):
        return lines
    if i is not None:
        seg.fields.setdefault("source", []).append(lines[i])
    seg.fields.setdefault("summary", [])  # no summary: the last paragraph is a speech's
    # (lead50) the sitting's day on its own line under a record's running head (the
    # Congressional Record's `September 12, 1963`): the sitting's, no document's date
    day = i + 1 if i is not None and i + 1 < len(lines) and ctx.res.dates.whole(
        lines[i + 1].text) else i
    if day != i:
        seg.fields["source"].append(lines[day])
    rest = lines if i is None else lines[:i] + lines[day + 1:]
    for k, line in enumerate(rest[:_SPEECH_LINES]):
        found = ctx.res.patterns.match("hansard", line.text)
        if found and found[0] in ("despatch", "telegram") and seg.page_date is None:
            seg.page_date = _quoted_dateline(rest[k + 1:k + 1 + _DATELINE_REACH], ctx)
        if found and found[0] == "despatch":
            seg.facts.setdefault("form", "letter")  # a despatch: a letter (d32)
            seg.facts["channel-from"] = found[1].group("sender")
            seg.facts["channel-to"] = found[1].group("addressee")
            seg.facts["channel-line"] = str(line.no)
            break
        if found and found[0] == "telegram":
            seg.facts.setdefault("form", "telegram")
            sender = found[1].groupdict().get("sender")
            if sender:
                seg.facts["channel-from"] = sender
                seg.facts["channel-line"] = str(line.no)
                break
    return rest
