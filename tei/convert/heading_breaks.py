"""Where a hard-wrapped FRUS heading ends (frus36): a page copied as plain text wrapped at
70-80 columns fills the heading's last line (`The Consul General at Hong Kong (Hopper) to
the Secretary of State`), so the reader would run it on into the line under it. These lines
open a block of their own instead: the classification in the edition's small capitals read
as lower case (`top secret`, `secret`, `eyes only`), the editors' receipt line (`[Received
June 7—7:41 a. m.]`), and a telegram's number under a heading line that closes with its
holder in brackets or its addressee (`... (Thurston)` / `1289. 1. Unless you ...`). An
editors' bracket the width broke (`[Here follows discussion on items 1. “Continental
Defense,” 2.` / `“Coast Guard Operations, ...”.]`) runs on to its closing bracket."""

from __future__ import annotations

import re

_SMALL_CAPS_MARK = re.compile(
    r"^(?:(?:top |strictly )?secret|confidential|restricted|eyes only|limited official use"
    r"|personal and (?:private|confidential)|no distribution)"
    r"(?:[;,] (?:priority|niact|eyes only|limdis|exdis|nodis|personal))*+$")
_RECEIVED = re.compile(r"^\[Received\s")
_HEADING_END = re.compile(r"(?:\([A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2}\)"
                          r"|\bSecretary of State|\bDepartment of State)$")
_NUMBER = re.compile(r"^\d{1,5}\.\s++(?=[\w“\"…(\[])")


def opens_block(last: str, content: str) -> bool:
    """Whether `content` opens a block of its own under the physical line `last`, though
    `last` fills the wrap width (see the module)."""
    return bool(_SMALL_CAPS_MARK.match(content) or _RECEIVED.match(content)
                or (_NUMBER.match(content) and _HEADING_END.search(last)))


_BRACKET_REACH = 400  # characters an editors' bracket runs on for at most
_BRACKET_LINES = 8  # the block's last physical lines the open bracket is looked for in


def in_bracket(parts: list[str], width: int | None) -> bool:
    """Whether the block read so far (`parts`, its physical lines) of a hard-wrapped text
    (`width`) leaves an editors' bracket open (`[Here follows ...` not yet closed)."""
    if width is None:
        return False
    text = " ".join(parts[-_BRACKET_LINES:])
    at = text.rfind("[")
    return at > text.rfind("]") and text[at + 1:at + 2].isupper() \
        and len(text) - at < _BRACKET_REACH
