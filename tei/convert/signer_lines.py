"""Signer's lines a closer is read back to: a name closed by a full stop or a comma, a
minute's initials with its day and month; and lines that sign (`closing.py`): a mark where
the signature stands, a title, mark and name on one line, a name for its organisation, an
organisation's name or an office alone."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Mark, Part, text_of
from tei.convert.patterns import Patterns
from tei.convert.register import Entry
from tei.convert.roles import is_role
from tei.convert.signature_shape import signature_like

# a minute initialled and dated by day and month (`P.D. 12/3`), the year the document's
INITIALS_DAY_MONTH = re.compile(r"^(?P<name>(?:[A-Z]\.\s?){1,5})\s++"
                                 r"(?P<date>(?P<d>[0-3]?\d)/(?P<m>[01]?\d))$")
_INITIALS = re.compile(r"^[A-Z]{2,4}\.$")  # a file copy's initialled signature (`BBM.`)
_ROLE_MARK_NAME = re.compile(r"^(?P<role>[^\[\]]++)\[(?P<mark>[^\]]++)\]\s*+"
                             r"(?P<name>[A-Z][^\[\]]*+(?:\[[^\]]*\][^\[\]]*+)?)$")
_NAME_WORDS = 4
# a signer's title before the mark, after a colon (`Ambassador: [signature]`) or, for the
# slashes, a space (`Ambassador /signature/`)
# (the role takes its spaces only before more of its words or the colon, so it stops at
# the spaces before a slash without a lazy repeat's backtracking: linear time)
_ROLE_MARK = re.compile(r"^(?P<role>(?:[^\[\]/:\s]|\s++(?=[^\[\]/:\s]|:))++)"
                        r"(?::\s*+(?=[\[/])|\s++(?=/))"
                        r"(?P<mark>\[[^\[\]]++\]|/[^/]++/)$")


def stopped_name(text: str) -> bool:
    """`Charles Denby.`, `BBM.`: a name in mixed case, or initials, closed by a full stop."""
    return text.endswith(".") and (signature_like(text[:-1]) or bool(_INITIALS.match(text)))


# (ocr43) a handwritten signature's initials the OCR read as small letters before the
# typed or written surname (`nn Cubitt.`), not a short word that ends a sentence (`to Paris.`)
_GARBLED_INITIALS = re.compile(
    r"^(?!(?:to|in|at|of|on|by|an|as|is|it|or|if|be|we|he|me|my|no|so|up|us|do|go|and|the|for"
    r"|per|via)\s)[a-z]{1,3}\s(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)\.$")


# (frus72) initials alone on their line (`RMK`, `W W R`), with or without stops
_BARE_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?){2,4}$")
# the given names and surname of a sender part written in full (`Robert M. Krimer of ...`)
_FULL_NAME = re.compile(r"^(?:(?:Mr|Mrs|Miss|Dr)\.\s)?(?P<name>(?:[A-Z][a-z]++\s|[A-Z]\.\s?){1,3}"
                        r"[A-Z][a-z][\w'’-]*+)(?=\s+of\s|,|$)")
# a FRUS heading's sender named in full (`Memorandum From Robert M. Krimer of the ...`)
_FROM_NAME = re.compile(r"\b(?:Memorandum|Letter|Note)\s++From\s++(?:(?:Mr|Mrs|Miss|Dr)\.\s)?"
                        r"(?P<name>(?:[A-Z][a-z]++\s|[A-Z]\.\s?){1,3}[A-Z][a-z][\w'’-]*+)"
                        r"(?=\s++of\s|,)")
_HEAD_REACH = 1500  # the page's opening characters, where its heading stands
_HOLDER = re.compile(r"\((?P<surname>[A-Z][\w'’-]++)\)")


def _initials_of(name: str) -> str:
    """`Robert M. Krimer`: `RMK`."""
    return "".join(word[0] for word in re.split(r"[\s.]+", name) if word[:1].isupper())


def sender_initials(text: str, ctx: Context) -> bool:
    """(frus72) `RMK` alone under a FRUS memorandum: the initials of the person the page
    title names as its sender, in full (`Memorandum From Robert M. Krimer of the Office of
    ...`) or as an office's holder the document has named (`... (Rostow)`: Walt W. Rostow),
    written without stops; not a typist's initials (the `processing` table's). Before the
    title is read (the trailing processing lines), the text's opening `From` heading."""
    stripped = text.strip()
    if not _BARE_INITIALS.match(stripped):
        return False
    letters = re.sub(r"[\s.]", "", stripped)
    if ctx.title_parties:
        sender = ctx.title_parties.split("\n")[0].strip()
        names = [found.group("name")] if (found := _FULL_NAME.match(sender)) else []
        holder = _HOLDER.search(sender)
        if holder:
            names += [entry.reg for entry in ctx.named_by_surname(holder.group("surname"))]
    else:
        names = [found.group("name") for found in _FROM_NAME.finditer(ctx.text[:_HEAD_REACH])]
    return any(len(name.split()) > 1 and _initials_of(name) == letters for name in names) \
        or drafter_with_initials(letters, ctx) is not None


# (frus77) a FRUS source note's drafter (`Drafted by Bromley Smith.`), his name to the period
_DRAFTED_BY = re.compile(r"\b[Dd]rafted\s++by\s++"
                         r"(?P<name>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){1,3})")


def drafter_with_initials(letters: str, ctx: Context) -> Entry | None:
    """(frus77) The one register person a FRUS source note names as the drafter whose
    initials, in a form the register gives (`Bromley K. Smith`), are `letters` (`BKS` closing
    a memorandum for the record that names no sender), or None."""
    found: dict[str, Entry] = {}
    for drafted in _DRAFTED_BY.finditer(ctx.text):
        for match in ctx.res.register.find(drafted.group("name").rstrip("."), ("person",)):
            forms = [match.entry.reg, *(el.text or "" for el in match.entry.element.iter(
                "{*}persName"))]
            if any(len(form.split()) > 1 and _initials_of(form) == letters for form in forms):
                found[match.entry.id] = match.entry
    return next(iter(found.values())) if len(found) == 1 else None


def garbled_initials_name(text: str) -> re.Match[str] | None:
    """`nn Cubitt.` under a close: the surname after the OCR's reading of the initials."""
    return _GARBLED_INITIALS.match(text)


def comma_name(text: str) -> bool:
    """`A. B. Johnson,` over the signer's office."""
    return text.endswith(",") and signature_like(text[:-1])


def initialled(text: str) -> bool:
    """`P.D. 12/3`: initials and a real day and month."""
    found = INITIALS_DAY_MONTH.match(text)
    return bool(found) and 1 <= int(found.group("d")) <= 31 and 1 <= int(found.group("m")) <= 12


# (signed51) the signer's name an archive withheld stands where the name does (`[Name
# redacted]`, `[signature deleted]`, `[redacted name]`: the Stasi's and the CIA's releases;
# the US Freedom of Information Act's exemptions alone on the line, `(b)(3)`, `(b)(6)`)
_REDACTED_NAME = re.compile(r"(?i)^\[\s*+(?:(?:name|signature|signer)s?\s++(?:redacted|deleted"
                            r"|withheld|excised|sanitized|blacked\s++out)|(?:redacted|deleted"
                            r"|withheld)\s++(?:name|signature))\s*+\]$"
                            r"|^\[?\(b\)\s?\(\d\)(?:\s?\(\w\))?(?:[\s,]++\(b\)\s?\(\d\)(?:\s?\(\w\))?)*+\]?$")


def signature_mark(text: str, patterns: Patterns) -> bool:
    """`[handwritten signature]`, `[signature]`: a line that only marks where the
    signature stands (the `brackets` table's `signature` words), read with the title
    above it and the name under it as one signature; so does a redacted name."""
    inner = text.strip()
    if _REDACTED_NAME.match(inner):
        return True  # (signed51) the mark in round brackets too: `(signature illegible)`
    titled = _ROLE_MARK.match(inner)  # (signed51) `Ambassador: [signature]`
    if titled and is_role(titled.group("role"), patterns):
        inner = titled.group("mark")
    # (bloc66) the East-bloc translations' slashes (`/signature/`, `Ambassador: /signature/`)
    return inner[:1] + inner[-1:] in ("[]", "()", "//") and patterns.words("brackets").get(
        inner[1:-1].strip().casefold()) == "signature"


# (bloc68) the mark where the signature stands before the typed name (`/signature/ V. Ivanov`,
# `[signature] A. Gromyko`)
_MARK_NAME = re.compile(r"^(?P<mark>\[[^\[\]]++\]|/[^/]++/)\s*+(?P<name>[A-Z][^\[\]/]*+)$")


def mark_name(text: str, patterns: Patterns) -> bool:
    """`/signature/ V. Ivanov`: the mark where the signature stands, then the typed name."""
    found = _MARK_NAME.match(text.strip())
    return bool(found) and signature_mark(found.group("mark"), patterns) and signature_like(
        found.group("name"))


def unconfirmed(name: str, text: str, patterns: Patterns) -> bool:
    """Whether the editors' bare bracketed name (`[Allardt]`) is no signature: named once in
    `text` only, and (bloc66) not set under the mark where the signature stands
    (`Ambassador: /signature/` over `[Grudi Atanasov]`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return text.count(name) < 2 and not any(
        line == f"[{name}]" and i and signature_mark(lines[i - 1], patterns)
        for i, line in enumerate(lines))


def role_mark_name(text: str, patterns: Patterns) -> bool:
    """`Ambassador of the USSR in the MPR [Signature] V[asily]. Pisarev`: a signer's
    title, the mark where the signature stands and the typed name, on one line."""
    found = _ROLE_MARK_NAME.match(text)
    return bool(found) and is_role(found.group("role").strip(), patterns) and signature_mark(
        f"[{found.group('mark')}]", patterns) and len(found.group("name").split()) <= _NAME_WORDS


def name_for_org(text: str, ctx: Context) -> bool:
    """`Wladislaw Gomulka, Central Committee of the Polish United Workers Party`: a
    signer's name of two words or more and, after a comma, the register's organisation
    that the signer writes for; (wcda82) or the signer's office (`Antonín Novotný, First
    Secretary of the CC CPCz and President of the Republic`, a letter's close)."""
    name, comma, org = text.partition(", ")
    if not comma or len(name.split()) < 2 or not signature_like(name):
        return False
    if is_role(org.strip(" ."), ctx.res.patterns):
        return True
    entry = ctx.res.register.lookup(org.strip(" ."))
    return entry is not None and entry.kind == "org"


# a register organisation and, after a comma, one of its departments that drew the paper up
# (a Chinese foreign ministry's memorandum: `Ministry of Foreign Affairs, West Asia and Africa
# Department`, `..., General Office`, `..., First Asian Division`)
_ORG_UNIT = re.compile(r"^(?P<org>[A-Z][^,]{4,80}+),\s(?:[A-Z][\w'’-]*+\s|and\s|of\s){0,6}"
                       r"(?:Department|Division|Bureau|Section|Office|Directorate)$")


def org_signs(text: str, ctx: Context) -> bool:
    """`Chinese People's Committee to Defend World Peace and Combat U.S. Aggression`
    over the date: a register organisation's whole name (however long) signs, as does
    a note's office closed by a comma over its dateline (`Department of State,`,
    `British Embassy,`: a register organisation or a letterhead row), or (wcda64) a register
    organisation's department after its name and a comma."""
    entry = ctx.res.register.lookup(text.strip(" .,"))
    if entry is not None:
        return entry.kind == "org"
    unit = _ORG_UNIT.match(text.strip(" ."))
    if unit:  # (wcda64) `Ministry of Foreign Affairs, West Asia and Africa Department`
        entry = ctx.res.register.lookup(unit.group("org"))
        return entry is not None and entry.kind == "org"
    found = ctx.res.patterns.match("heading", text) if text.endswith(",") else None
    return found is not None and found[0] == "letterhead"


# (cw81) an office alone in capitalised words, the office's noun last (`Prime Minister`,
# `Foreign Secretary`, `Secretary General`, `Commonwealth Secretary`)
_OFFICE_ALONE = re.compile(r"^(?:The\s)?(?:[A-Z][a-z'’-]++\s){0,3}(?:Minister|Secretary|"
                           r"Secretary-General|General|Under-Secretary|Adviser|Director)\.?$")


def merge_roles(parts: list[Part]) -> list[Part]:
    """Role lines and the signature above or under them form one `signed`; a lone role is
    signed too. (signed51) A role line closed by a colon stands over the name it brings
    (`For Japan:` / `ICHIRO HATOYAMA`, `For the Minister for External Affairs:`): under a
    signature already named, it opens the next one. (cw81) An office alone under the signed
    name and its date, closing the closer, is the office addressed."""
    merged: list[Part] = []
    for part in parts:
        pair = {part.kind, merged[-1].kind} if merged else set()
        opens = pair == {"signed", "role"} and merged[-1].kind == "signed" \
            and text_of(part.content).rstrip().endswith(":")
        if pair == {"signed"} and _same_name(merged[-1], part):
            merged[-1] = Part("signed", [*merged[-1].content, Mark("lb"), *part.content])
        elif (pair == {"signed", "role"} and not opens) or pair == {"role"}:
            kind = "signed" if "signed" in pair else "role"
            merged[-1] = Part(kind, [*merged[-1].content, Mark("lb"), *part.content])
        else:
            merged.append(part)
    if [p.kind for p in merged[-3:]] in (["signed", "dateline", "role"],
                                         ["signed", "dateline", "signed"]) \
            and _OFFICE_ALONE.match(text_of(merged[-1].content).strip()):
        # (cw81) an office alone under the signer's name and date, last (an Indian file
        # noting's `(N. R. Pillai)` / `4-5-1953` / `Prime Minister`): the office it goes to
        merged[-1] = Part("address", merged[-1].content)
    return [Part("signed", p.content) if p.kind == "role" else p for p in merged]


_CONFORMED = re.compile(r"^(?:/s/|/signed/|/signature/|\(signed\)|\(sgd\.?\)|s/)\s*+",
                        re.IGNORECASE)


def _same_name(above: Part, under: Part) -> bool:
    """(signed51) `/s/ Robert M. Gates` over `ROBERT M. GATES`: the conformed signature and
    the typed name under it are one signature (the same words, the mark left out)."""
    name = _CONFORMED.sub("", text_of(above.content).strip())
    return name != text_of(above.content).strip() and name.rstrip(".").casefold() == \
        text_of(under.content).strip().rstrip(".").casefold()
