"""(dfat55) The governments at the two ends of a British telegram form's route line.

The Foreign Office's, the Commonwealth Relations Office's and the Colonial Office's telegram
forms head the text with its route (`FROM FOREIGN OFFICE TO WASHINGTON`, `FROM CAIRO TO
FOREIGN OFFICE`); an office named alone in the text's routing words (`Following personal from
Prime Minister to President.`) belongs to one end's government:

- a home office (a register body whose headquarters the register gives: the Foreign Office
  in London) is its government's end, the United Kingdom's;
- the post it writes to (`WASHINGTON`) is the government of the country that city is the
  capital of: a telegram from London to Washington is from the British Prime Minister to the
  American President;
- a post writing home (`FROM CAIRO TO FOREIGN OFFICE`) is its own government's envoy, so both
  ends are the home office's government.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Message, text_of
from tei.convert.register import Entry
from tei.convert.states import capital_country, capitals

# the route line alone, perhaps after the form's name (`OUTWARD TELEGRAM FROM ... TO ...`)
# (letters79) or without `FROM`, as the Foreign Office's outward copies head it (`FOREIGN OFFICE
# TO WASHINGTON` over the Prime Minister's personal telegram); one end must be a home office
_ROUTE = re.compile(r"(?i)^(?:(?:outward|inward)\s++telegram\s++)?(?:from\s++)?"
                    r"(?P<from>[^,;:]{2,40}?)\s++to\s++(?P<to>[^,;:]{2,40}+)$")
Sides = tuple[str | None, str | None]


def route_sides(lines: list[str], ctx: Context, message: Message | None = None) -> Sides:
    """(sending country's id, receiving country's id) of the first route line of `lines`
    with a home office at one end; (None, None) when there is none, (ocr95) but the receiving
    end `message`'s address gives (`address_sides`)."""
    if message is not None:
        return address_sides(route_sides(lines, ctx), [
            text_of(part.content) for part in [*message.opener, *message.closer]
            if part.kind == "address"], ctx)
    for text in lines:
        found = _ROUTE.match(text.strip().rstrip("."))
        if found is None:
            continue
        start, end = (_entry(found[part], ctx) for part in ("from", "to"))
        home_start, home_end = _home_country(start, ctx), _home_country(end, ctx)
        if home_start:
            return home_start, (_city_country(end) or home_start)
        if home_end:
            return home_end, home_end
    return None, None


def _entry(words: str, ctx: Context) -> Entry | None:
    """The register entry the route's end names in full (`FOREIGN OFFICE`, `WASHINGTON`)."""
    return ctx.res.register.lookup(words.strip())


def _home_country(entry: Entry | None, ctx: Context) -> str:
    """The country of a home office: the one whose capital the register says the office's
    headquarters is (the Foreign Office's London: the United Kingdom); else ''."""
    if entry is None or entry.kind != "org":
        return ""
    listing = entry.element.getparent()
    cities = {seat for seat, _, _ in capitals(listing).get(entry.id, [])} \
        if listing is not None else set()
    city = ctx.res.register.entries.get(cities.pop()) if len(cities) == 1 else None
    return capital_country(city) if city is not None else ""


def _city_country(entry: Entry | None) -> str:
    """The country a post's city is the capital of (`WASHINGTON`: the United States)."""
    return capital_country(entry) if entry is not None and entry.kind == "place" else ""


# (cables69) the commanders a military channel line informs, between its addressee and its
# sender (`PERSONAL FOR ADM GAYLER, INFO GEN RYAN, ADM ZUMWALT, FROM ADM MOORER.`): copies,
# not counted in the address's length
_INFO = re.compile(r",?(?<!\s)\s++INFO\s++(?=[A-Z])")
_FROM = re.compile(r",?(?<!\s)\s++FROM\s")
_INFO_REACH = 300  # characters from INFO to FROM


def without_info_copies(text: str) -> str:
    """`text` without the copies a channel line informs between its addressee and its sender
    (`..., INFO GEN RYAN, ADM ZUMWALT, FROM ...`): two scans, not a lazy run per INFO."""
    info = _INFO.search(text)
    sender = _FROM.search(text, info.end()) if info else None
    if sender is None or sender.start() - info.end() > _INFO_REACH:
        return text
    return text[:info.start()] + text[sender.start():]


def address_sides(sides: Sides, addresses: list[str], ctx: Context) -> Sides:
    """(ocr95) The receiving end's government an inside or foot address gives when no route
    line does: a line of it naming a government's own seat or office (`The President,` / `The
    White House.` under an envoy's letter from London: table `letterhead-countries`) makes the
    addressee's bare office that government's (the President of the United States)."""
    if any(sides):
        return sides
    for text in addresses:
        for line in text.split("\n"):
            country = ctx.res.patterns.label("letterhead-countries", line.strip(" ,.;"))
            if country:
                return sides[0], country
    return sides
