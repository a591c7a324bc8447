"""(intel81) An intelligence paper's title printed in capitals as a line of its own under its
heading, with no label before it: a National Intelligence Estimate's cover (`NATIONAL
INTELLIGENCE ESTIMATE` / `NUMBER 13-3-61` over `CHINESE COMMUNIST INTENTIONS IN SOUTHEAST
ASIA`), an NSA SIGINT report's serial over its readiness and distribution lines (`3/OO/T317-62`
... `SOVIET MERCHANT SHIPS HALT COURSE TOWARD CUBA`). A heading line of table
`intelligence-title-marks` makes the text's first head the title when that head is in
capitals, of three words or more, no field, section word or form (`recognise.py`).
(intel82) One item of a current-intelligence issue (`CURRENT INTELLIGENCE WEEKLY SUMMARY` /
`PART I` / `OF IMMEDIATE INTEREST` / `TIBETAN UNREST SPREADS TO LHASA`): the item's headline in
capitals, the issue's part and section heads (table `intelligence-issue-parts`) passed over, is
its title, not the publication's name; a report's form alone as the first head with its
subject going on in the second after a linking word (`Bericht` / `über das Auftreten des
...`: table `heading-title-links`) is the report's title, the two heads joined; a minute's
subject in mixed case as the head under the office it goes to in capitals (`PRIME MINISTER` /
`Egyptian Intentions towards the Canal Base`, the JIC chairman's minute) is its title; a
memorandum's subject line under its address to the Central Committee (`CC CPSU` / `On the
activity of US Ambassador M. Toon`: an `On ...` line with no full stop) is its title."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.form_titles import publication_title
from tei.convert.model import Message, Paragraph, RegistryLine, text_of
from tei.convert.segment import doc_type_in

# three words or more in capitals, no field's colon, no sentence's full stop inside
_CAPITALS_TITLE = re.compile(r"^[A-Z][A-Z'’,-]*+(?:\s[A-Z][A-Z'’,.-]*+|\s&){2,20}$")
_WRAPPED = re.compile(r"(?:,|-|\b(?:THE|OF|IN|ON|AND|TO|FOR|WITH|AN?|AT|OVER))$")


def _marked(heading: list[RegistryLine], ctx: Context) -> bool:
    return any(ctx.res.patterns.match("intelligence-title-marks",
                                      " ".join(text_of(line.content).split()))
               for line in heading)


def _title_head(text: str, ctx: Context) -> bool:
    return bool(_CAPITALS_TITLE.match(text)) and not doc_type_in(
        text, ctx, at_start=True) and text.strip(" .:").casefold() not in (
        ctx.res.patterns.words("section-words"))


def intelligence_head_title(heading: list[RegistryLine], message: Message,
                            ctx: Context) -> str:
    """(intel81) The paper's title in capitals as the text's first head (a second head
    going on from a first one that ends on a linking word joined to it), under a heading
    with a line of table `intelligence-title-marks`; else ''."""
    if (two := _form_and_subject(message, ctx) or _office_subject(heading, message, ctx) or (
            _submission_subject(message, ctx))) or (
            not message.heads) or not _marked(
            heading, ctx):
        return two
    first = " ".join(text_of(message.heads[0]).split())
    if not _title_head(first, ctx):
        return ""
    if _WRAPPED.search(first) and len(message.heads) > 1:
        more = " ".join(text_of(message.heads[1]).split())
        if more.isupper():
            return f"{first} {more}"
    return first


def publication_item_title(heading: list[RegistryLine], message: Message, ctx: Context,
                           facts: dict[str, str]) -> str:
    """(intel82) The publication's name from the heading (`publication_title`), or, when the
    text under it is one item, that item's headline in capitals: the heads left after the
    issue's parts and sections (table `intelligence-issue-parts`) are one, a title head: a
    subject, naming no parties (`... SPREADS TO LHASA`: no addressee Lhasa)."""
    serial = publication_title(heading, ctx)
    if not serial:
        return ""
    items = [text for head in [*message.heads, *(block.content for block in message.blocks
                                                 if isinstance(block, Paragraph))]
             if not ctx.res.patterns.match("intelligence-issue-parts",
                                           text := " ".join(text_of(head).split()))
             and _title_head(text, ctx)]  # (a capitals line read as a paragraph counts)
    if len(items) != 1 or not message.heads or text_of(message.heads[-1]).split() != (
            items[0].split()):
        return serial
    facts["subject-title"] = "1"
    return items[0]


def _form_and_subject(message: Message, ctx: Context) -> str:
    """(intel82) `Bericht` / `über das Auftreten des ...`: a report's one-word form as the
    first head, the second head opening with a linking word: the two joined; else ''."""
    if len(message.heads) < 2:
        return ""
    form = " ".join(text_of(message.heads[0]).split()).rstrip(":")
    more = " ".join(text_of(message.heads[1]).split())
    if " " in form or doc_type_in(form, ctx, at_start=True) != "report" or more.split(
            " ", 1)[0] not in ctx.res.patterns.words("heading-title-links"):
        return ""
    return f"{form} {more}"


_SUBJECT = re.compile(r"^[A-Z][a-z]++(?:\s[A-Za-z][\w'’-]*+){2,14}$")  # no stop, no colon


def _office_subject(heading: list[RegistryLine], message: Message, ctx: Context) -> str:
    """(intel82) `PRIME MINISTER` / `Egyptian Intentions towards the Canal Base`: the office a
    minute goes to in capitals (table `minute-offices`) as its first head or as the heading's
    last line, its subject in mixed case, three words or more, as the head under it: the
    subject; else ''."""
    heads = [" ".join(text_of(head).split()) for head in message.heads[:2]]
    if heading and heading[-1].subtype == "addressee":
        heads.insert(0, " ".join(text_of(heading[-1].content).split()))
    if len(heads) < 2:
        return ""
    return heads[1] if ctx.res.patterns.match("minute-offices", heads[0]) and (
        _SUBJECT.match(heads[1])) else ""


# (intel82) a Soviet memorandum's subject line, `On ...` (`О ...`), no sentence's stop in it
_INITIAL_DOT = re.compile(r"(?<=\b[A-ZА-Я])\.")  # an initial's stop (`M. Toon`) is no sentence's
_ON_SUBJECT = re.compile(r"^(?:On|About|Concerning|Regarding|О|Об)\s[^.;:!?]{8,160}+$")


def _submission_subject(message: Message, ctx: Context) -> str:
    """(intel82) `CC CPSU` / `On the activity of US Ambassador M. Toon`: the subject line
    opening the text under an address to the Central Committee (table
    `submission-addresses`), no full stop closing it: the memorandum's title; else ''."""
    if not message.blocks or not isinstance(message.blocks[0], Paragraph) or not any(
            part.kind == "address" and ctx.res.patterns.match(
                "submission-addresses", text_of(part.content)) for part in message.opener):
        return ""
    text = " ".join(text_of(message.blocks[0].content).split())
    return text if _ON_SUBJECT.match(_INITIAL_DOT.sub("", text)) else ""
