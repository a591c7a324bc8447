"""(frus84) A printed volume's heading and dateline broken where a page's markup broke them.

The history.state.gov pages of the older FRUS volumes, in the form that keeps the print's
own line breaks (`history.state.gov.`, 1860s-1940s), break a heading and a dateline short of
any width, so that `rewrap` and `narrow_heading` (which want a long line or a heading closing
on an officer in brackets) leave them apart:

- a heading by courtesy titles cut after its `to`, or after the addressee's title
  (`Mr. Woodford to Mr.` / `Sherman.`, `Mr. Woodford to` / `Señor Gullon.`), runs on into the
  name line under it (one to four capitalised words, a stop perhaps);
- a dateline cut before its year (`Madrid, February 19,` / `1898.`, `Washington, August 26,` /
  `1939.`) runs on into the year alone, an hour perhaps after a dash;
- a dateline cut before the hour's `p.m.` (`Tokyo, December 27, 1940—6` / `p.m.`) runs on
  into it;
- a salutation with the text run on after it, cut open (`Sir: I have the honor to
  acknowledge the` / `receipt this day ...`, `My Dear Sir: On receiving on February 16` /
  `instant your courteous note ...`), runs on into the line going on in lower case (the
  read stage keeps a salutation's line apart).
"""

from __future__ import annotations

import re

from tei.convert.month_names import MONTH_NAMES

# a printed courtesy heading's titles (also `printed_wire`'s)
COURTESY_TITLES = (r"(?:Mr|Mrs|Messrs|Señor|Senor|Sir|Baron|Count|Prince|Marquis|M|Herr|Dr"
                   r"|General|Admiral|Lord)")
_TITLES = COURTESY_TITLES
_NAME = r"[A-Z][\w'’.-]*+"
_COURTESY_CUT = re.compile(rf"^{_TITLES}\.?\s{_NAME}(?:\s{_NAME}){{0,3}}\sto"
                           rf"(?:\s(?:the\s)?{_TITLES}\.?)?$")
_NAME_LINE = re.compile(rf"^(?:{_NAME}\s){{0,3}}[A-Z][\w'’-]*+\.?$")
_MONTHS = (rf"(?:{MONTH_NAMES}|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DAY_CUT = re.compile(rf"^{_NAME}(?:\s{_NAME}){{0,3}},\s{_MONTHS}\s\d{{1,2}},$")
_YEAR_LINE = re.compile(r"^1[789]\d\d(?:[.,]|\s*+[—–-]\s*+\d{1,2}(?:[.:]\d\d)?\s[ap]\.\s?m\.)?$")
_HOUR_CUT = re.compile(rf",\s{_MONTHS}\s\d{{1,2}},\s1[789]\d\d\s*+[—–-]\s*+\d{{1,2}}(?:[.:]\d\d)?$")
_MERIDIEM = re.compile(r"^[ap]\.\s?m\.$")
_SALUTED = re.compile(r"^(?:Sir|Excellency|Gentlemen|(?:My\s)?[Dd]ear\s[A-Z][\w.'’ ]{1,30}):\s\S"
                      r".*[^.?!:;]$")
_LOWER_OPENS = re.compile(r"^[a-z]")


def print_wraps(texts: list[str]) -> set[int]:
    """Indices of the physical lines that go on the heading or dateline line above them."""
    return {i for i in range(1, len(texts)) if runs_on(texts[i - 1], texts[i])}


def runs_on(above: str, line: str) -> bool:
    """Whether `line` finishes the heading or dateline `above` cut short."""
    if _COURTESY_CUT.match(above):
        return bool(_NAME_LINE.match(line))
    if _DAY_CUT.match(above):
        return bool(_YEAR_LINE.match(line))
    if _SALUTED.match(above):
        return bool(_LOWER_OPENS.match(line))
    return bool(_HOUR_CUT.search(above)) and bool(_MERIDIEM.match(line))
