"""(names24) A signer's surname of two or three letters in capitals on its own line, over or
under the signer's office (`HAY` / `MINISTER FOREIGN AFFAIRS`, `CHIEF DELEGATE OF CHINA` /
`YEN`, `KOO`, `WU`): a person's name, though a word so short in capitals elsewhere is an
office symbol or an acronym (`EUR`, `NEA`) and no name.

(letters47) A British peer signs with his title's name alone, in capitals (`PERTH.` under a
Command paper's note: the Earl of Perth; `HALIFAX.`): a closer's line of that one word is the
register person whose peerage it names (`Earl of Perth`, `Lord Halifax`, `Viscount ...`),
living in the document's year, not the city or county of that name.

(cw58) A minute signed with its writer's initials alone (`A.E.`, `W.S.C.`) under a form whose
heading names his office (table `initialled-forms`: the British Prime Minister's `PRIME
MINISTER'S` / `PERSONAL MINUTE`) is the office's holder in the document's year, when the
initials are his (his given name's first, his surname's last): Anthony Eden's `A.E.` of
1956. Initials alone elsewhere name nobody the register can tell, unless (frus71) the document
names one register person in full with exactly those initials in a line of text (`W.W.R.`
under a memorandum for the record whose source note cites the `Files of Walt W. Rostow`); a
name alone on its line is a list's (`Present:` / `Mr. Selwyn Lloyd`), who was there.

(lead35) A signature that is one word the register reads as a place, in capitals, maybe
after the editors' mark (`[signed] HOLLAND`, `JORDAN`), is the one register person of that
surname living in the document's year and in office near it (Sidney Holland in 1956): places
do not sign; (frus83) of several such, the one the document's `name-context` rows point to
(Sidney Holland, not Henry F. Holland, under `WELLINGTON`). None such, or several the context
does not tell apart, and it stays the place."""

from __future__ import annotations

import re

from tei.convert.ambiguity import told_apart
from tei.convert.context import Context
from tei.convert.given_signatures import given_name_signer
from tei.convert.lifespan import in_office_reach, living_in
from tei.convert.model import Mark, Part
from tei.convert.office_holders import office_holder
from tei.convert.register import Entry
from tei.convert.signer_lines import drafter_with_initials

_SHORT_SURNAME = re.compile(r"^(?P<name>[A-Z]{2,3})\.?$")
_INITIALS = re.compile(r"^(?P<name>(?:[A-Z]\.\s?){2,3})$")
_BARE_INITIALS = re.compile(r"^[A-Z]{2,4}$")  # (frus77) a drafter's initials without stops
_PEER_WORD = re.compile(r"^(?P<name>[A-Z][A-Z'’]{3,}+)[.,]?$")
# what is left of a line that is a list's entry once its name is taken out
_LISTED = re.compile(r"^\s*+(?:(?:Mr|Mrs|Dr|Sir|Ambassador|General|H\.E\.)\.?\s++)*+[\s.,;]*+$")
_PLACE_WORD = re.compile(r"^[A-Z][A-Z'’-]{3,}$")
_PEERAGES = ("Lord {}", "Earl of {}", "Viscount {}", "Marquess of {}", "Marquis of {}",
             "Baron {}")


def short_signers(parts: list[Part], ctx: Context, line: int) -> list[Part]:
    """`parts` of a closer with each short capitals surname next to a role line marked as
    a person (the register's, else a local one), each signature that is a place's name
    a person's surname (`_place_signer`) and each that is a named person's given name
    (`given_name_signer`)."""
    out = [given_name_signer(_place_signer(part, ctx), ctx) for part in parts]
    for k, part in enumerate(parts):
        initialled = _initialled(part, ctx)
        if initialled is not None:
            out[k] = Part("signed", [Mark("persName", {"ref": f"#{ctx.use(initialled).id}"},
                                          [part.content[0].strip()])])
            continue
        found = _short_surname(part)
        beside = {parts[j].kind for j in (k - 1, k + 1) if 0 <= j < len(parts)}
        if found is None or "role" not in beside:
            continue
        known = ctx.res.register.lookup(found.group("name"))
        if known is not None and known.kind != "person":
            continue  # `USA`, `UN`: a place or a body
        entry = ctx.person(found.group("name"), line)
        out[k] = Part("signed", [Mark("persName", {"ref": f"#{entry.id}"},
                                      [found.group("name")]), found.string[found.end("name"):]])
    return out


def _short_surname(part: Part) -> re.Match[str] | None:
    """The surname a `signed` part of plain text is, if it is a short one in capitals."""
    if part.kind != "signed" or len(part.content) != 1 or not isinstance(part.content[0], str):
        return None
    return _SHORT_SURNAME.match(part.content[0].strip())


def peer_signature(text: str, ctx: Context) -> list[Part] | None:
    """The `signed` part of a closer's line that is a peer's title alone (`PERTH.`), or
    None."""
    found = _PEER_WORD.match(text.strip())
    peer = _peer(found.group("name"), ctx) if found else None
    if peer is None:
        return None
    return [Part("signed", [Mark("persName", {"ref": f"#{ctx.use(peer).id}"},
                                 [found.group("name")]), found.string[found.end("name"):]])]


def _peer(word: str, ctx: Context) -> Entry | None:
    """The register person living in the document's year whose peerage `word` names, not
    one whose surname it is (`CASEY`, Lord Casey later: his surname signs, read as such)."""
    for style in _PEERAGES:
        entry = ctx.res.register.lookup(style.format(word.capitalize()))
        if entry is not None and entry.kind == "person" and living_in(entry, ctx.year):
            surname = entry.reg.split()[-1].casefold()
            styled = any(entry.reg.startswith(other.format("")) for other in _PEERAGES)
            return entry if styled or surname != word.casefold() else None
    return None


def _initialled(part: Part, ctx: Context) -> Entry | None:
    """The holder of the office an initialled form names whose initials a `signed` part of
    plain text is (`A.E.`), or None."""
    if part.kind != "signed" or len(part.content) != 1 or not isinstance(part.content[0], str):
        return None
    found = _INITIALS.match(part.content[0].strip())
    if found is None and _BARE_INITIALS.match(part.content[0].strip()):
        return drafter_with_initials(part.content[0].strip(), ctx)  # (frus77) `BKS`
    form = ctx.res.patterns.match("initialled-forms", ctx.text) if found else None
    holder = office_holder(form[0], ctx.year, None, ctx) if form and ctx.year else None
    letters = re.findall(r"[A-Z]", found.group("name")) if found else []
    words = holder.reg.replace("-", " ").split() if holder is not None else []
    fits = len(words) > 1 and letters[0] == words[0][:1] and letters[-1] in (
        words[-1][:1], words[1][:1])
    if fits:
        return holder
    if not found:
        return None
    return _named_in_full(letters, ctx) or drafter_with_initials("".join(letters), ctx)


def _named_in_full(letters: list[str], ctx: Context) -> Entry | None:
    """(frus71) The one register person the document names in full with exactly these
    initials, one a word (`W.W.R.` under a FRUS memorandum for the record whose source note
    names the `Files of Walt W. Rostow`), or None (none, or two persons)."""
    words = [rf"{letter}(?:[a-z'’-]++|\.)" for letter in letters[:-1]]
    pattern = (r"(?<![\w.])" + r"\s++".join(words)
               + rf"\s++{letters[-1]}(?:[a-z'’-]|(?<=[a-z])[A-Z])++(?![\w'’-])")
    found: dict[str, Entry] = {}
    for match in re.finditer(pattern, ctx.text):
        line = ctx.text[ctx.text.rfind("\n", 0, match.start()) + 1:].split("\n", 1)[0]
        if _LISTED.match(line.replace(match.group(), "", 1)):
            continue  # a list's line (`Present:` / `Mr. Selwyn Lloyd`): there, not the writer
        entry = ctx.res.register.lookup(match.group())
        if entry is not None and entry.kind == "person" and (
                ctx.year is None or living_in(entry, ctx.year)):
            found[entry.id] = entry
    return next(iter(found.values())) if len(found) == 1 else None


def _place_signer(part: Part, ctx: Context) -> Part:
    """`part` with its one place's name in capitals marked as the person it names when the
    signature is that name alone (beside editors' marks and punctuation)."""
    if part.kind != "signed" or ctx.year is None:
        return part
    places = [k for k, item in enumerate(part.content)
              if isinstance(item, Mark) and item.tag == "placeName"]
    rest = [item for k, item in enumerate(part.content) if k not in places]
    if len(places) != 1 or not all(_beside_name(item) for item in rest):
        return part
    mark = part.content[places[0]]
    word = "".join(child for child in mark.children if isinstance(child, str))
    if not _PLACE_WORD.match(word):
        return part
    persons = [entry for entry in ctx.res.register.persons_by_surname(word.capitalize())
               if living_in(entry, ctx.year) and in_office_reach(entry, ctx.year)]
    # (frus83) namesakes in office that year told apart by the document's context rows
    told = persons[0] if len(persons) == 1 else told_apart(persons, ctx) if persons else None
    if told is None:
        return part
    content = list(part.content)
    content[places[0]] = Mark("persName", {"ref": f"#{ctx.use(told).id}"}, [word])
    return Part(part.kind, content, part.subtype)


def _beside_name(item: Mark | str) -> bool:
    """Punctuation, a space or an editors' mark (`[signed]`) beside a signature's name."""
    if isinstance(item, str):
        return not item.strip(" .,;")
    return item.tag == "supplied"
