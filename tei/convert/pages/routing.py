"""The routing line of a Commonwealth telegram: whom it is for and whom it is from.

British and Commonwealth telegrams between posts and departments open their text with a
routing line naming the persons behind the offices on the form (`Following for Heeney from
Wrong.`, `Following personal for Menzies from Casey.`): the addressee and the sender, where
the register knows them, join the parties the heading gives; a Governor-General's `from my
Prime Minister` names that office of his own country. The line stays where it is.
Rows: `routing-line`.
"""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 60  # the routing line opens the text, under a form's heading


def _routing(lines: list[Line], ctx: Context) -> tuple[Line, dict[str, str]] | None:
    for line in lines[:_REACH]:
        found = ctx.res.patterns.match("routing-line", line.text)
        if found:
            return line, found[1].groupdict()
    return None


# the page readers' gate (`gate.py`): what `evidence` cannot do without,
# a routing line
NEEDS = (("routing-line", ()),)


def evidence(lines: list[Line], ctx: Context) -> int:
    """1 for a routing line near the top of the text."""
    return 1 if _routing(lines, ctx) else 0


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The persons the routing line names into `seg` (unless a channel line named some);
    the lines unchanged."""
    found = _routing(lines, ctx)
    if found is not None and "channel-line" not in seg.facts:
        line, groups = found
        seg.facts["channel-to"] = groups.get("to") or ""
        seg.facts["channel-from"] = groups.get("from") or ""
        seg.facts["channel-own-office"] = " ".join((groups.get("own") or "").split())
        seg.facts["channel-date"] = groups.get("sent") or ""  # (cw69) `... dated 5th ...`
        if groups.get("form"):  # (repost89) `It is a concise report by X to Y from ...`
            seg.facts.setdefault("form", groups["form"])
        seg.facts["channel-line"] = str(line.no)
        seg.facts["channel-to-also"] = " and ".join(_passed_to(lines, line, ctx))
    return lines


def _passed_to(lines: list[Line], channel: Line, ctx: Context) -> list[str]:
    """(cables81) The persons the passing lines under the channel line name (`FOR THE
    SECRETARY AND DR. BRZEZINSKI FROM AMBASSADOR` over `PASS TO DEFENSE FOR SECRETARY
    BROWN`: row `pass-to`): more addressees."""
    out = []
    for line in lines[:_REACH]:
        if line.no <= channel.no:
            continue
        found = ctx.res.patterns.match("routing-line", line.text)
        if found and found[0] == "pass-to":
            out.append(found[1]["to"])
    return out
