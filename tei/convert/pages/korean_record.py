"""A Korean archival database's record page: the record's Korean title over its labelled
metadata (`발신자` sender, `수신자` addressee, `작성자` author, `날짜` date, `문서종류` kind,
`문서번호` number, `형태사항` form; each label bulleted, its value under it or glued to it:
`• 발신자조정환`), then the document, then the record's index terms and links (`색인어`,
`관서`, `단체`, `태그 :`, `오류접수`).

(other38) The Northeast Asian History Foundation's Korea-Japan talks documents
(contents.nahf.or.kr) set each English letter and cable of the Korean Foreign Ministry so,
under the site's Korean menu lines. The title line is the page's title, the date field the
page's date (`1958년 1월 17일`, read as a CJK date), the menu lines above the title and the
index terms under the document the page's text. A cable's head under the fields (`DATE.
282200` / `TO. KYUNG MU DAI, ...`: row cable-head) makes the record's number its telegram's
and the document a telegram. Rows: `korean-record`.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 40  # the metadata stands under the site's menu
_MIN_LABELS = 2
_CABLE_REACH = 6  # the cable's head within the first lines after the fields
_CJK_BOX = re.compile(r"^[\d\s年月日\u4e00-\u9fff]+$")  # a stamp box in characters
_LABEL_GAP = 2  # a label and the next one: its value between them at most


def _row(line: Line, ctx: Context) -> tuple[str, str]:
    """(row name, the label's value or '') of a line of the table, or ('', '')."""
    found = ctx.res.patterns.match("korean-record", line.text)
    if not found:
        return "", ""
    value = found[1].groupdict().get("value") or ""
    return found[0], value.strip()


def _labels(lines: list[Line], ctx: Context) -> list[int]:
    """Indices of the metadata's label lines near the page's top, from the first two that
    stand together on: a search form's lone label above (the newer template's `문서종류`
    under `작성·수신·발신자`) is not the record's."""
    found = [i for i, line in enumerate(lines[:_REACH]) if _row(line, ctx)[0] == "label"]
    first = next((k for k, i in enumerate(found) if k + 1 < len(found)
                  and found[k + 1] - i <= _LABEL_GAP), len(found))
    return found[first:]


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for two labels of a Korean record's metadata and a title line over them."""
    found = _labels(lines, ctx)
    return 1 if len(found) >= _MIN_LABELS and found[0] > 0 else 0


def _fields(lines: list[Line], start: int, ctx: Context) -> tuple[dict[str, str], int]:
    """The labels' values from `start` on (a value glued to its label or on the next line),
    and the index after the last field."""
    values: dict[str, str] = {}
    i = start
    while i < len(lines):
        kind, value = _row(lines[i], ctx)
        if kind != "label":
            break
        label = ctx.res.patterns.match("korean-record", lines[i].text)
        name = label[1].group("label") if label else ""
        i += 1
        if not value and i < len(lines) and _row(lines[i], ctx)[0] != "label":
            value = lines[i].text.strip()
            i += 1
        values[name] = value
    return values, i


def _foot(lines: list[Line], ctx: Context) -> int:
    """Index of the record's first index-term line under the document, or len(lines)."""
    return next((i for i, line in enumerate(lines) if _row(line, ctx)[0] == "foot"), len(lines))


def _after_stamp(body: list[Line], ctx: Context) -> list[Line]:
    """The first lines of the document under a circulation stamp's boxes (`供覽` / `2月
    13日` / `次官` ...: heading row stamp), as far as a cable's head may stand."""
    start = next((i for i, line in enumerate(body) if not _stamp_box(line, ctx)), len(body))
    return body[start:start + _CABLE_REACH]


def _stamp_box(line: Line, ctx: Context) -> bool:
    found = ctx.res.patterns.match("heading", line.text)
    return bool(found) and found[0] == "stamp" and _CJK_BOX.match(line.text) is not None


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """Title, date and (for a cable) number into `seg`; menu and index terms into the page's
    text; the document's lines returned."""
    found = _labels(lines, ctx)
    if len(found) < _MIN_LABELS or found[0] == 0:
        return lines
    start = found[0]
    page_text = seg.fields.setdefault("page-text", [])
    page_text.extend(lines[:start - 1])
    seg.page_title = lines[start - 1]
    values, end = _fields(lines, start, ctx)
    page_text.extend(lines[start:end])
    date = values.get("날짜", "")
    if date and ctx.res.dates.whole(date):
        seg.page_date = Line(lines[start].no, date)
    body = lines[end:]
    foot = _foot(body, ctx)
    page_text.extend(body[foot:])
    body = body[:foot]
    number = values.get("문서번호", "")
    if number and any(_row(line, ctx)[0] == "cable-head" for line in _after_stamp(body, ctx)):
        seg.facts.setdefault("telegram", number)
        seg.facts.setdefault("form", "telegram")
    return body
