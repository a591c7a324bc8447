"""The telegram's number a heading gives: OCR's letters for digits read as the digits, and
which of two numbers the heading's lines give is the telegram's."""

from __future__ import annotations

import re

# (misses40) OCR's O/o for nought and l for one in a number (`2O5`, `l23`): one digit at least;
# (ocr65) after a series' capital letters and a space or dash (`C 37l54`, a message center's)
# (ocr79) and a number over its year after a stroke (`2l3/1965`, a Czechoslovak telegram's)
_OCR_NUMBER = re.compile(r"^(?P<series>[A-Z]{1,4}[ -])?"
                         r"(?P<number>(?=\D*+\d)(?=[\d/]*+[Ool])[\dOol]++(?:/[\dOol]++)?)$")
_OCR_DIGITS = str.maketrans("Ool", "001")
# (ocr75) the National Archives of Australia's series letter (`O.1142` outward, `I.24517`
# inward) before the number, its O read as nought by OCR (`0.1l42`)
_NAA_SERIES = re.compile(r"^(?P<series>[OI0]\.[A-Z]{0,3})(?P<number>(?=[\dl]*\d)[\dl]{3,7})$")


def ocr_digits(number: str) -> str:
    """A number with OCR's letters for digits in digits (`2O5`: 205, `C 37l54`: C 37154);
    others as they are."""
    naa = _NAA_SERIES.match(number)
    if naa:
        return naa.group("series").replace("0", "O") + naa.group("number").replace("l", "1")
    found = _OCR_NUMBER.match(number)
    if not found:
        return number
    return f"{found.group('series') or ''}{found.group('number').translate(_OCR_DIGITS)}"


# (lead35) the White House Situation Room's own number over a message's series number
_SITUATION_ROOM = re.compile(r"^WH\s?\d{4,6}$")
_SERIES = re.compile(r"^(?:SECTO|TOSEC|HAKTO|TOHAK)\s?\d")


def telegram_number(taken: str, groups: dict[str, str], bare_number: bool) -> str:
    """The telegram's number: the first a heading line gives, but a number its form's name
    labels (`Ciphergram No. 7714`) before an unlabelled one above it (`No. 131`: an edition's
    number for the document, invent18), and a series number (`HAKTO 27`) before the Situation
    Room's number for the message (`WH50871`)."""
    found = groups.get("telegram", "")
    if taken and ((bare_number and groups.get("label") and found) or (
            _SITUATION_ROOM.match(taken) and _SERIES.match(found))):
        return found
    return taken or groups.get("telegram", "")
