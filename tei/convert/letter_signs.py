"""Signs in a document's shape that it is a letter or a memorandum, not a cable form,
though its heading holds lines a cable form has too (`doc_types.document_type` asks them):
a salutation under letterhead lines, a courtesy close under an address, a staff
memorandum's office salutation, a ministry's address to the Central Committee."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Mark, Message, Paragraph, RegistryLine, text_of

# (intel82) and a translation's line naming the original's language (`Translation from
# Russian` over the KGB chairman's memorandum): the edition's, no sign of a cable form
_MARK_LINES = frozenset({"classification", "precedence", "copy", "handling", "other", "control",
                         "stamp", "language"})
_LETTERHEAD_DATED = frozenset({"letterhead", "dateline", "cable-number", "outgoing"})


def submission_address(message: Message, heading: list[RegistryLine], ctx: Context) -> bool:
    """An address to the party's Central Committee (`submission-addresses`: `CC CPSU`) over
    a text whose heading holds marks only (`Special Folder`, `Top Secret`, `Copy No. 1`),
    no form, sender or date line, or (intel81) marks under the sender's letterhead with its
    date and number lines (the KGB chairman's `Committee for State Security ...` / `12
    March 1972` / `No. 612-A/ov`): a ministry's memorandum to the CC, not a telegram."""
    lettered = any(line.subtype == "letterhead" for line in heading)
    allowed = _MARK_LINES | _LETTERHEAD_DATED if lettered else _MARK_LINES
    return all(line.subtype in allowed for line in heading) and any(
        part.kind == "address" and ctx.res.patterns.match("submission-addresses",
                                                          text_of(part.content))
        for part in message.opener)


# (lead36) and a translation's line naming the original's language (`English translation
# from the Italian`): the edition's, no sign of a cable form
_LETTERHEAD_LINES = frozenset({"letterhead", "destination", "classification", "precedence",
                               "dateline", "time",  # (ocr69) the hour under a memorandum's date
                               "handling", "stamp", "other", "cable-number", "outgoing", "date",
                               "declassification",  # (ocr69) a NARA stamp over a letter
                               "subject", "language"})


# (ocr69) a staff memorandum's salutation: the principal's office alone, closed by a colon
_OFFICE_SALUTE = re.compile(r"^(?:Mr\.|Madam)\s++(?:Vice\s++)?(?:President|Secretary|Under\s++"
                            r"Secretary|Prime\s++Minister|Chairman|Director):$")


def office_salute(message: Message) -> bool:
    """(ocr69) `Mr. President:` over a text with no courtesy close (a White House staff
    memorandum, signed by name alone): a memorandum, not a letter (`Dear Mr. President:`)."""
    salutes = [text_of(part.content).strip() for part in message.opener if part.kind == "salute"]
    return len(salutes) == 1 and bool(_OFFICE_SALUTE.match(salutes[0])) and not any(
        part.kind == "salute" for part in message.closer)


def letterhead_only(message: Message, heading: list[RegistryLine]) -> bool:
    """A salutation under a heading of letterhead, address, classification and date lines,
    a bare number or the sender's own (`Despacho n.º 412`) and a subject only (`10 DOWNING
    STREET` ... `Dear Mr. President,`, `APOSTOLIC DELEGATION` ... `No. 4127/62` ... `Your
    Eminence,`), or over a closer that opens with a salute (a despatch's last page:
    `SECRET` ... `I have the honour to be,`): a letter, not a cable form (a number line
    naming a form gives the type before this is asked)."""
    parts = message.opener + message.closer[:1]
    # (letters72) an embassy's letter numbers its copy under the grade too (`SECRET` / `Copy
    # No. 2` / `EMBASSY OF THE USSR` ...): a copy line only beside the letterhead's own line
    headed = any(line.subtype == "letterhead" for line in heading)
    return bool(heading) and any(part.kind == "salute" for part in parts) and all(
        line.subtype in _LETTERHEAD_LINES or (headed and line.subtype == "copy")
        for line in heading)


def addressed_letter(message: Message, heading: list[RegistryLine]) -> bool:
    """(invent23) A salutation and a closer opening with a courtesy close under a heading of
    letterhead lines, a number, a dateline and an address line only (a secretariat's
    `No. 12-3/417` / `Moscow, 9 October 1968` / `To Comrade I. HORVÁTH,` ... `Dear Comrade
    Horváth,` ... `With comradely greetings,`): a letter, though a dateline under a number
    and an address line are the East-bloc cable form's signs too; so with a memorandum's
    `To:` and `From:` lines over `Dear Golda,` ... `Yours sincerely,` (lead33)."""
    return bool(heading) and any(part.kind == "salute" for part in message.opener) and bool(
        message.closer) and message.closer[0].kind == "salute" and all(
        line.subtype in _LETTERHEAD_LINES or line.subtype in ("addressee", "sender")
        or _editors_receipt(line) for line in heading)


def _editors_receipt(line: RegistryLine) -> bool:
    """(lead34) The receipt an edition's editors print in brackets under a despatch's number
    and dateline (FRUS 1925: `No. 2987    PEKING, June 4, 1925.` / `[Received July 8.]` over
    `SIR:`), not a form's own receipt field (a hotline message's `Received: 0817 EDT`)."""
    first = line.content[0] if line.content else None
    return line.subtype == "transmission" and len(line.content) == 1 \
        and isinstance(first, Mark) and first.tag == "supplied"


def addressed_reader(message: Message, ctx: Context) -> tuple[str, str] | None:
    """(cw96) ('letter', reason) for an unsigned text under a title naming both parties whose
    first paragraph addresses the reader as a letter does (table `reader-address`: Dodis's
    `Nous avons eu l’honneur de recevoir votre lettre du 14 mai`), else None (a telegram)."""
    first = next((b for b in message.blocks[:1] if isinstance(b, Paragraph)), None)
    if first is not None and ctx.res.patterns.match("reader-address", text_of(first.content)):
        return "letter", "the first paragraph addressing the reader as a letter does (cw96)"
    return None
