"""Names of ships: a name after a warship's or merchant ship's prefix (`U.S.S. Raleigh`,
`RMS Titanic`) or a ship's kind (`the steamer Kaiser Wilhelm`) names the ship, not a person."""

from __future__ import annotations

import re


def after_ship_prefix(piece: str, start: int) -> bool:
    """`the U.S.S. Raleigh`, `H. M. S. Calypso`: a name after a warship's prefix names the
    ship, not a person (frus34); so does one after a merchant ship's (`USS Pueblo`, `RMS
    Titanic`, `the S.S. Corvina`, `Ship station: S.S. CORVINA`: leftover22) or a ship's
    kind (`the steamer Kaiser Wilhelm`, `the cruiser Aurora`), and so does a name that opens
    on such a prefix (the two-letter `S.S.`, `M.V.` only after an article, `aboard` or a
    ship's label: `S. S. Ramphal` is a person's initials)."""
    opening = _SHIP_PREFIX_OPENING.match(piece, start)
    end = opening.end() if opening else start
    # (speed26) each regex ends on a space after its own last characters: asked only there
    # (or before a final newline, before which `$` matches too)
    last, newline = piece[end - 2:end - 1], piece[end - 1:end] == "\n"
    prefix, kind = newline or last in _PREFIX_ENDS, newline or last in _KIND_ENDS
    # (speed22) both regexes end at `end`: searched from `_SHIP_REACH` before it (`re`'s
    # lookbehinds and `\b` see the text before a search's start), not from the piece's start
    reach = max(0, end - _SHIP_REACH)
    return bool((prefix and _SHIP_PREFIX_BEFORE.search(piece, reach, end))
                or (kind and _SHIP_KIND_BEFORE.search(piece, reach, end))
                or (prefix and reach and _LONG_SPACE.search(piece, reach, end)
                    and _SHIP_PREFIX_BEFORE.search(piece, 0, end)))


_SHIP_PREFIX_BEFORE = re.compile(
    r"(?:\b(?:U\.\s?S|H\.\s?M(?:\.\s?[ACI]|\.\s?N\.\s?Z)?)\.\s?S\."
    # (leftover22) the services' prefixes without stops, in capitals (`USS Pueblo`, `HMAS Sydney`)
    r"|\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|HMIS|RMS|SMS)"
    # (cw65) the Dutch navy's `Hr. Ms.`/`Zr. Ms.` (Her or His Netherlands Majesty's ship)
    r"|\b[HZ]r\.\s?Ms\."
    # a merchant ship's two initials after an article, `aboard` or a label naming a ship
    r"|(?:\b(?i:the|aboard|board)|(?i:ship|vessel)\b[^\n:]{0,15}:)\s++(?:R\.\s?M\.\s?|[MS]\.\s?)[SV]\.)\s$")
# (leftover22) a ship's kind before its name (`the steamer Kaiser Wilhelm`, `THE LINER FRANCE`)
_SHIP_KIND_BEFORE = re.compile(
    r"\b(?i:steamer|steamship|liner|cruiser|battleship|battle-cruiser|destroyer|frigate"
    r"|corvette|gunboat|submarine|freighter|tanker|trawler|yacht|schooner|warship|flagship"
    r"|icebreaker|minesweeper|troopship|(?:aircraft\s)?carrier)\s$"
    # (frus86) a voyage's words before `the` and the name (`engaged passage on the Conte di
    # Savoia`, `sailing aboard the Manhattan`): an Italian liner's `Conte` is no count's title
    r"|\b(?i:passage|sail(?:ing|ed|s)?|aboard|on\sboard)\s(?:(?i:on|in|aboard)\s)?the\s(?:Conte\s)?$")
# (speed22) how far before its end a match of the two regexes above may begin: 32 characters
# at most but for the whitespace run before a merchant ship's initials (`the    S.S. `); a
# longer match has a run of 9 or more in reach, and then the whole piece is searched
_SHIP_REACH = 40
_LONG_SPACE = re.compile(r"\s\s{8}")  # (a first character `re` scans for fast)
# (speed26) the characters the two regexes above end on before their final space: a prefix's
# `S.`, `V.` or `S` (`USS`, case as it stands), a kind's last letter (`steamer`, `yacht`, in
# any case; none of r, p, e, t has another character `re` takes for it regardless of case)
_PREFIX_ENDS = frozenset(".S")
_KIND_ENDS = frozenset("rpetRPET")
_SHIP_PREFIX_OPENING = re.compile(r"(?:[A-Z]\.\s?){2,5}|(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|RMS|SMS)\s")
