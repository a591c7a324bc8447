"""The author a page's summary names when no person is the sender: `Steinhofer addresses
...`, `Report from Pál Szarvas, Hungarian Ambassador ...`, `Yearly report by KGB Chief
Andropov to ...`, `In this report, Hungarian Ambassador to North Korea József Kovács details
...`."""

from __future__ import annotations

import re
from functools import lru_cache

from tei.convert.context import Context
from tei.convert.model import Header, Party
from tei.convert.parties import parties

_SUMMARY_NAME = r"(?P<name>(?!The\b)[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,3}+)"
_POST_PLACE_WORDS = 2  # words of a post's place left before the name (`[North] Korea X`)
_SUMMARY_FROM = re.compile(rf"\A(?:Report|Letter|Telegram|Cable|Memorandum|Note)\s+from\s+"
                           rf"{_SUMMARY_NAME}(?P<verb>)(?:,|\s\()")
_SUMMARY_SUBJECT = re.compile(rf"\A{_SUMMARY_NAME}\s(?P<verb>[a-z]++)\b")
# (wc46) the document by its author, his office before the name: `Yearly report by KGB Chief
# Andropov to the CPSU leadership ...`, `Letter by Soviet Ambassador Puzanov on ...`
_SUMMARY_BY = re.compile(rf"\A(?:[A-Z][a-z]++\s++)?"
                         r"(?i:report|letter|telegram|cable|memorandum|note)\s++by\s++"
                         rf"{_SUMMARY_NAME}(?P<verb>)\s++(?:to|on|about|for)\b")
# (repost87) a headnote's passive: `The letter reproduced below was written by Gandhiji in ...`
_SUMMARY_WRITTEN = re.compile(rf"\A(?:The|This)\s++(?i:letter|telegram|cable|message|note"
                              rf"|memorandum)\b[^.;]{{0,60}}?\s(?:was\s++)?(?:written|sent|signed"
                              rf"|drafted)\s++by\s++{_SUMMARY_NAME}(?P<verb>)")
# the document named before its author: `In this report, Hungarian Ambassador ... details`
_SUMMARY_LEAD = re.compile(r"\AIn\s++(?:this|the)\s++(?:report|letter|telegram|cable|memorandum"
                           r"|note),\s++(?:the\s++)?(?=[A-Z])")
# the author's post before the name (`Hungarian Ambassador to Cuba János Beck recounts ...`,
# `Hungarian Chargé d'Affaires in Mongolia ...`): a role word of the `role-to` table
_SUMMARY_POST = (r"\A(?:[\w'’-]++\s++){{0,3}}?(?:d['’])?(?i:{posts})\s++(?:to|in|at)\s++"
                 r"(?:the\s++)?(?P<place>[A-Z][\w'’-]*+)\s++(?=[A-Z])")
# (wcda71) the one written to, after the author's verb (`writes to X`, `informs X of`)
_SUMMARY_OBJECT = re.compile(rf"(?<!\s)\s++(?:to\s++)?"
                             rf"(?:(?:Comrade|Chairman|Premier|President)\s++)?{_SUMMARY_NAME}")
_PLACE_WORDS = 3  # words a post's place runs on (`Ulan [Bator]`, `Mongolian [People's Republic]`)


@lru_cache(maxsize=4)
def _summary_post(posts: tuple[str, ...]) -> re.Pattern[str]:
    """The post lead of a summary for the role words `posts` (longest first)."""
    ordered = sorted(posts, key=lambda post: (-len(post), post))
    return re.compile(_SUMMARY_POST.format(posts="|".join(map(re.escape, ordered))))


def summary_author(header: Header, ctx: Context) -> None:
    """Add the author a page's summary opens with when no person is the sender: `Steinhofer
    addresses the relationship ...`, `Report from Pál Szarvas, Hungarian Ambassador ...`
    (not in a record of conversation, whose summary opens with a participant)."""
    if not any(p.entry and p.entry.kind == "person" for p in header.sent.parties):
        header.sent.parties += _summary_author(header, ctx)
        for kind, action in (("sender", header.sent), ("addressee", header.received)):
            if any(p.entry or p.role for p in action.parties):
                header.found(kind, "the page's summary")


def summary_addressee(header: Header, ctx: Context) -> None:
    """(wcda71) Add the addressee a letter's or cable's summary names after its author and a
    verb of the `summary-verbs` table's `address` row (`Fidel Castro writes to Nikita
    Khrushchev about ...`, `Brezhnev informs Kim Il Sung of ...`) when no person is the
    addressee and the author is the sender or none is known: a register person only."""
    if any(p.entry and p.entry.kind == "person" for p in header.received.parties):
        return
    author, found = _summary_opening(header, ctx)
    senders = {p.entry.id for p in header.sent.parties if p.entry and p.entry.kind == "person"}
    verbs = ctx.res.patterns.words("summary-verbs")
    if not author or not found or (senders and author[0].entry.id not in senders) or \
            verbs.get(found.group("verb").casefold()) != "address":
        _form_to(header, senders, ctx)
        return
    named = _SUMMARY_OBJECT.match(found.string, found.end())
    person = parties(named.group("name"), ctx)[:1] if named else []
    if person and person[0].entry and person[0].entry.kind == "person" and \
            person[0].entry.id != author[0].entry.id:
        header.received.parties += person
        header.found("addressee", "the page's summary")


def _summary_author(header: Header, ctx: Context) -> list[Party]:
    return _summary_opening(header, ctx)[0]


def _summary_opening(header: Header, ctx: Context) -> tuple[list[Party], re.Match[str] | None]:
    """The person a page's summary opens with as its author, and the match naming him."""
    text = _SUMMARY_LEAD.sub("", header.summary_text)
    post = _summary_post(tuple(ctx.res.patterns.words("role-to"))).match(text)
    if post:
        text = _after_place(post.group("place"), text[post.end():], ctx)
    found = _SUMMARY_FROM.match(text) or _SUMMARY_BY.match(text) or _SUMMARY_WRITTEN.match(
        text) or _SUMMARY_SUBJECT.match(text)
    verbs = ctx.res.patterns.words("summary-verbs")
    if not found or (found.group("verb") and found.group("verb").casefold() not in verbs):
        return [], None
    words = found.group("name").split()
    for start in range(min(_POST_PLACE_WORDS, len(words) - 1) + 1):
        named = parties(" ".join(words[start:]), ctx)[:1]  # a post's place may run on
        if named and named[0].entry and named[0].entry.kind == "person":  # (`North Korea`)
            return named, found
    return [], None


def _after_place(place: str, text: str, ctx: Context) -> str:
    """`text` after the register place that `place` opens (`Ulan` + `Bator Ferenc Dobay
    reports ...` -> `Ferenc Dobay reports ...`)."""
    words = text.split(" ")
    taken = 0
    for count in range(1, min(_PLACE_WORDS, len(words) - 1) + 1):
        entry = ctx.res.register.lookup(" ".join([place, *words[:count]]))
        if entry is not None and entry.kind == "place":
            taken = count
    return " ".join(words[taken:])


# (repost84) an edition's headnote naming the form sent to its addressee (GHDI: `... approved
# the dispatch of a telegram to Paulus Ohm Krüger (1825-1904), who ...`)
_FORM_TO = re.compile(r"\b(?:a|the)\s++(?:telegram|letter|cable|message|note)\s++to\s++(?=[A-Z])")
_FORM_TO_WORDS = 5


def _form_to(header: Header, senders: set[str], ctx: Context) -> None:
    """The register person the summary names right after `a telegram to` as the addressee,
    not a sender, when the summary names one such form only."""
    found = list(_FORM_TO.finditer(header.summary_text))
    if len(found) != 1:
        return
    words = " ".join(header.summary_text[found[0].end():].split()[:_FORM_TO_WORDS])
    person = next((m.entry for m in ctx.res.register.find(words, ("person",)) if m.start == 0),
                  None)
    if person is not None and person.id not in senders:
        header.received.parties.append(Party(ctx.use(person)))
        header.found("addressee", "the page's summary")
