"""Names an editor completes in brackets: given names supplied before a surname (`[columnist
Joseph] Alsop`, `[Ambassador Edward] DROŻNIAK`: the surname a person's, the given names
after the bracket's last title or office word), and names completed or respelled in
brackets after them: `Koča [Popović]`, `Fidel
[Castro]` (the given name in the text, the surname supplied: together a person the register
knows, as whom the given name is marked), `Ri Man-seok [Ri Man Sok]` (a local person named
again in the editor's romanisation: one person, the bracket's). The bracket stays an
insertion, its own name inside it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from tei.convert.completed_names import completed_names
from tei.convert.context import Context
from tei.convert.eastasian import family_first
from tei.convert.model import Inline, Inlines, Mark, merge, text_of
from tei.convert.namerules import PARTICLE
from tei.convert.register import Entry
from tei.convert.romanised_names import same_romanised
from tei.convert.signed_names import signed_surnames

# a surname after a supplied given name: title case, or capitals with diacritics and hyphens
# (`DROŻNIAK`, `KATZ-SUCHY`), before a possessive, a glued note marker, a word's end or a
# dash of two hyphens (`[Asadullah] Sarwari--be dismissed`)
# (sample wc16) or with its particle (`[Jacques] de Beaumarchais`)
_SURNAME = re.compile(rf"^(?P<space>\s)(?P<surname>(?:{PARTICLE}\s)?+[A-Z][a-z]\w+(?:-\w+)*+"
                      r"|[^\W\d_]{3,}(?:-[^\W\d_]{2,})*+(?![^\W\d]|['’-]))"
                      r"(?=['’]s\b|['’](?!\w)|[^\w'’]|\d{1,2}\b|$)")  # `Rogers' visit`
_GIVEN = re.compile(r"(?:[A-Z][^\W\d_]+\.?\s){0,2}(?:[A-Z][^\W\d_]+\.?|(?<=[^\W\d_]\s)[A-Z]\.)$")
# a word a given name does not follow in a supplied text (`[Minister of Construction]`)
_NOT_BEFORE_GIVEN = frozenset({"of", "for", "to", "the", "in", "at", "on", "and", "a"})
# (wc49) a point of the compass supplied before a country's or a people's word is no given
# name (`the [North] Vietnamese contemplation`, `the [South] Korean side`)
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western"})
_GIVEN_LAST = re.compile(r"(?<![\w'’.-])(?P<given>[A-Z][^\W\d_]++)(?P<space>\s)$")
_ONE_WORD = re.compile(r"[A-Z][^\W\d_]++(?:-[A-Z][^\W\d_]++)?")
_REST = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]++(?:\s[A-Z][^\W\d_]++){1,2}")
# the name the editors' `[not further identified]` follows: one or two capitalised words
_UNIDENTIFIED_NAME = re.compile(r"(?<![\w'’.-])(?P<name>(?:[A-Z][^\W\d_]++\s)?"
                                r"[A-Z][^\W\d_]++(?:-[A-Z][^\W\d_]++)?)(?P<space>\s)$")


def supplied_surnames(items: Inlines, ctx: Context, line: int = 0) -> Inlines:
    """`items` with each given name followed by a supplied surname marked as the register's
    person, whether the given name was plain text or taken for a person of its own after a
    title (`Comrade Koča`), and each local person respelled in a supplied name pointed at
    that name's person, here and further on the line (`Ri Man-seok [Ri Man Sok]`), and each
    name completed in brackets from its first letters marked (`completed_names`); `items`
    are merged, and returned as they are when there is none."""
    out: Inlines = []
    changed = False
    refs: dict[str, str] = {}  # a respelled local person's mark to its person's
    for i, item in enumerate(items):
        marked = _marked_given(items, i, ctx, line) or _respelled(items, i, ctx)
        if marked is not None:
            assert isinstance(item, Mark) and isinstance(marked, Mark)
            refs[item.attrs["ref"]] = marked.attrs["ref"]
            for inner in _inner_names(items[i + 2:i + 3]):  # `[Chi Minh]` read as a name
                refs[inner] = marked.attrs["ref"]
            out.append(marked)
            changed = True
            continue
        if isinstance(item, Mark) and refs:
            item = _repointed(item, refs)
        found = _GIVEN_LAST.search(item) if isinstance(item, str) else None
        titled = found is not None and _after_title(item[:found.start()], ctx)
        entry = _person(found.group("given"), items[i + 1:i + 2], ctx, line,
                        titled) if found else None
        if found is None or entry is None:
            out.append(item)
            continue
        out += [item[:found.start()],
                Mark("persName", {"ref": f"#{ctx.use(entry).id}"}, [found.group("given")]),
                found.group("space")]
        changed = True
    return signed_surnames(completed_names(merge(out) if changed else out, ctx), ctx, line)


def supplied_given_names(items: Inlines, line: int, ctx: Context,
                         after_surname: Callable[[str, int], Inlines]) -> Inlines:
    """`[columnist Joseph] Alsop`, `[Georgi] Bolshakov`: given names supplied in brackets
    before a surname make the surname a person's; `after_surname` reads the text after it
    (`items` are merged: when none is found, they are returned as they are)."""
    out: Inlines = []
    changed, items = False, list(items)
    for i, item in enumerate(items):
        previous = items[i - 1] if i else None
        given = (_given(text_of(previous.children), ctx)
                 if isinstance(previous, Mark) and previous.tag == "supplied"
                 and not _speaker_mark(previous, i, ctx) else None)
        found = _SURNAME.match(item) if given is not None and isinstance(item, str) else None
        name = f"{given} {found.group('surname')}".strip() if found else ""
        if found and given is not None and _surname(found.group("surname"), ctx) \
                and not _other_kind(name, ctx):
            known = ctx.res.register.lookup(name) or _by_surname(
                given, found.group("surname").title(), ctx)
            entry = ctx.use(known) if known else ctx.person(name, line)
            out[-1] = _unnamed_given(out[-1])
            out += [found.group("space"), Mark("persName", {"ref": f"#{entry.id}"},
                                               [found.group("surname")]),
                    *after_surname(item[found.end("surname"):], line)]
            changed = True
            continue
        if given and item == " " and (person := _given_and_place(given, items[i + 1:i + 2], ctx)):
            items[i + 1] = person  # (wcdb84) `[Foreign Minister Hermes] Lima`: no city
        if given and item == " " and _named(items[i + 1:i + 2]):
            out[-1] = _unnamed_given(out[-1])  # `[Soviet Ambassador Valerian] Zorin`
            changed = True
        out.append(item)
    return merge(out) if changed else out


_BRACKET_NEXT = re.compile(r"\s?\[[A-Z][^\W\d_]*+(?:-[A-Z]?[^\W\d_]++)?\]")  # `[Yi]`, `[Il-sung]`


def completed_later(spans: list[tuple[int, int]], piece: str, text: str,
                    end: int) -> list[tuple[int, int]]:
    """`spans` (name positions in `piece`, which ends at `end` of `text`) without the one
    that ends the piece where the editors supply the rest of the name in brackets, one word
    (`Vice Premier CHEN [Yi]`): `supplied_surnames` reads it with the bracket, the surname
    alone is never guessed first (a guess's warning and its use would stand). A whole name
    in the bracket (`König [Johannes König]`) identifies a name read as it stands."""
    if not _BRACKET_NEXT.match(text, end):
        return spans
    return [(a, b) for a, b in spans if piece[b:].strip()]


_INITIAL_TAIL = re.compile(r"(?:\s[A-Z])?\.")  # a given name's initial after it
_STROKED = str.maketrans("ŁłØøĐđ", "LlOoDd")  # letters NFKD leaves whole
_SUPPLIED_BEFORE = re.compile(r"\[(?P<supplied>[^\[\]]{1,80}+)\]\s?$")


def other_given_name(before: str, form: str, entry: Entry, ctx: Context) -> bool:
    """Whether the given name supplied in brackets just `before` a register surname
    (`[Pavel] LITVINOV`) is none of the register person's (Maxim Litvinov, the register's
    `Litvinov`): the surname is then another person's, read with the given name by
    `supplied_given_names`."""
    found = _SUPPLIED_BEFORE.search(before[-90:])
    given = _given(found.group("supplied"), ctx) if found else None
    return (given is not None and entry.kind == "person" and _ONE_WORD.fullmatch(form) is not None
            and ctx.res.register.lookup(f"{given} {form.title()}") is None
            and _by_surname(given, form.title(), ctx) is None)


def _inner_names(following: Inlines) -> list[str]:
    """The refs of the person marks inside a supplied mark that `following` opens with."""
    supplied = following[0] if following else None
    if not (isinstance(supplied, Mark) and supplied.tag == "supplied"):
        return []
    return [c.attrs["ref"] for c in supplied.children
            if isinstance(c, Mark) and c.tag == "persName" and "ref" in c.attrs]


def _repointed(item: Mark, refs: dict[str, str]) -> Mark:
    """`item` with its person marks, and those it holds, pointed as `refs` says."""
    children = [_repointed(c, refs) if isinstance(c, Mark) else c for c in item.children]
    ref = item.attrs.get("ref")
    attrs = {**item.attrs, "ref": refs[ref]} if ref in refs else item.attrs
    return Mark(item.tag, attrs, children)


def _other_kind(name: str, ctx: Context) -> bool:
    """(wc45) Whether the supplied word and the word after it name a place or body the
    register knows (`Dunai [Danube] River`): no given name and surname."""
    known = ctx.res.register.lookup(name)
    return known is not None and known.kind != "person"


def _by_surname(given: str, surname: str, ctx: Context) -> Entry | None:
    """The register's person of `surname` one of whose full names opens with the supplied
    given name's letter (spellings differ: `[Wladislaw] Gomulka`); None for another's
    (`[Pavel] LITVINOV` in 1968 is not Maxim Litvinov)."""
    entry = ctx.res.register.lookup(surname)
    if entry is None or entry.kind != "person":
        return None
    letter = _first_letter(given)
    for form in entry.element.iterfind("{*}persName"):
        words = "".join(form.itertext()).split()
        if form.get("subtype") != "with-title" and len(words) > 1 \
                and _first_letter(words[0]) == letter:  # not `Marshal Zhukov`
            return entry
    return None


def _first_letter(word: str) -> str:
    """A word's first letter without case or diacritics (`Ł` and `L` alike)."""
    return unicodedata.normalize("NFKD", word[:1].translate(_STROKED)).casefold()[:1]


def _speaker_mark(supplied: Mark, at: int, ctx: Context) -> bool:
    """(intel81) A broadcast transcript's speaker in brackets opening a paragraph, the surname
    of a person the document has named (`[Dunayev] According to the Soviet delegation ...`
    after `report by correspondent Vladimir Dunayev`, FBIS): no given name of the next word."""
    word = text_of(supplied.children).strip()
    return at == 1 and word.isalpha() and word.istitle() and ctx._is_surname(word)


def _surname(word: str, ctx: Context) -> bool:
    """Could `word` after a supplied given name be a surname? One in capitals must not
    be a name the register knows otherwise (`[the] USSR`)."""
    word = word.split()[-1]  # `de Beaumarchais`: the name after its particle
    if ctx.res.patterns.label("heading-labels", word):
        return False  # (wc29) `[Additional] Participants:`: a form's label, no surname
    return (word.isupper() or word[:2].istitle()) and ctx.plausible_name(word) \
        and not (word.isupper() and any(
            m.entry.kind != "person" for m in ctx.res.register.find(word)))


def _given(supplied: str, ctx: Context) -> str | None:
    """The given names a supplied text ends with, after its last title or office word
    (`Ambassador Boleslaw`: `Boleslaw`; `Foreign Ministry Director Eugeniusz`:
    `Eugeniusz`; `Secretary of State William`: `William`). None when the text ends in no
    capitalised word, in one after a function word (`Minister of Construction`), in a
    function word opening a sentence (`[In] August of 1956`) or in titles only (`Yugoslav
    Foreign Minister`); (misses47) none when the text is an editor's word of the `brackets`
    table (`[SIC] Sergio del Valle`, `[Signature] Smith`): a mark, no part of the name."""
    if ctx.res.patterns.words("brackets").get(" ".join(supplied.casefold().split())):
        return None
    found = _GIVEN.search(supplied)
    if not found or any(w.casefold() in _NOT_BEFORE_GIVEN for w in found.group().split()) \
            or found.group().casefold() in _COMPASS:
        return None
    titles = ctx.res.patterns.words("honorifics")
    # (wc50) a role noun ends the title too (`[SED Politburo Member Paul] Verner`)
    offices = {*ctx.res.patterns.words("office-words"), *ctx.res.patterns.words("apposition-roles")}
    words = found.group().split()
    titled = [i for i, w in enumerate(words) if w.casefold().rstrip(".") in titles
              or w.casefold() in titles or w.casefold() in offices]
    if titled:
        return " ".join(words[titled[-1] + 1:]) or None
    before = supplied[:found.start()].split()
    return None if before and before[-1].casefold() in _NOT_BEFORE_GIVEN else " ".join(words)


def _after_title(text: str, ctx: Context) -> bool:
    """Whether `text` ends with a title word (`... Counsellor `)."""
    words = text.split()
    return bool(words) and words[-1].casefold().rstrip(".") in ctx.res.patterns.words("honorifics")


def _given_and_place(given: str, following: Inlines, ctx: Context) -> Mark | None:
    """(wcdb84) A place's name after a supplied given name that is, with it, a register
    person's name (`[Foreign Minister Hermes] Lima`: Hermes Lima, Brazil's minister, not
    the city): that person's name, else None."""
    if not following or not isinstance(following[0], Mark) or following[0].tag != "placeName":
        return None
    word = text_of(following[0].children)
    known = ctx.res.register.lookup(f"{given} {word}")
    if known is None or known.kind != "person":
        return None
    return Mark("persName", {"ref": f"#{ctx.use(known).id}"}, [word])


def _named(items: Inlines) -> bool:
    """True when `items` opens with a person's name."""
    return bool(items) and isinstance(items[0], Mark) and items[0].tag == "persName"


def _unnamed_given(item: Inline) -> Inline:
    """A supplied text (`[Ambassador Boleslaw]`) whose last word, a given name, was taken
    for a person of its own: the given name is the surname's after it, so it is plain text."""
    children = item.children if isinstance(item, Mark) else []  # (wcdm90) and its initial:
    tail = children[-1:] if children[-1:] and _INITIAL_TAIL.fullmatch(str(children[-1])) else []
    children = children[:len(children) - len(tail)]  # `[... Anastas I.]`, `[Nikita S.]`
    if not (isinstance(item, Mark) and item.tag == "supplied" and _named(children[-1:])):
        return item
    last = children[-1]
    assert isinstance(last, Mark)
    return Mark(item.tag, item.attrs, merge([*children[:-1], text_of(last.children), *tail]))



def _marked_given(items: Inlines, i: int, ctx: Context, line: int) -> Inline | None:
    """The person mark at `i` pointed at the register's person when it holds one word and a
    space and a supplied surname follow it; None otherwise."""
    item = items[i]
    if not (isinstance(item, Mark) and item.tag == "persName"
            and items[i + 1:i + 2] == [" "]):
        return None
    words = text_of(item.children).split()
    given = words[-1] if words else ""  # (wc45) after its title: `Chairman Ho [Chi Minh]`
    titled = len(words) == 1 or (len(words) == 2 and _after_title(words[0], ctx))
    entry = _person(given, items[i + 2:i + 3], ctx, line) \
        if titled and _ONE_WORD.fullmatch(given) else None
    return Mark("persName", {"ref": f"#{ctx.use(entry).id}"}, item.children) if entry else None


def _respelled(items: Inlines, i: int, ctx: Context) -> Inline | None:
    """The person mark at `i`, a local entry, pointed at the person of a supplied name after
    it that shares its family name (`Pak Gyeong-sun [Pak Kyong-sun]`); None otherwise."""
    item, supplied = items[i], items[i + 2] if i + 2 < len(items) else None
    if not (isinstance(item, Mark) and item.tag == "persName" and items[i + 1:i + 2] == [" "]
            and isinstance(supplied, Mark) and supplied.tag == "supplied"):
        return None
    inner = [c for c in supplied.children if not (isinstance(c, str) and not c.strip())]
    named = inner[0] if len(inner) == 1 and isinstance(inner[0], Mark) else None
    if named is None or named.tag != "persName" or named.attrs == item.attrs:
        return None
    local = next((e for e in ctx.local.values() if f"#{e.id}" == item.attrs.get("ref")), None)
    entry = ctx.used.get(named.attrs.get("ref", "#")[1:])
    if local is None or entry is None or not _same_family(text_of(item.children),
                                                            text_of(named.children)):
        return None
    return Mark("persName", {"ref": f"#{ctx.same_person(local, entry).id}"}, item.children)


def _same_family(name: str, other: str) -> bool:
    """Whether two spellings of a name share its first or its last word (`Ri Man-seok`, `Ri
    Man Sok`), or fold to one romanisation (wcdanames74: `Xu Wenyi`, `Hsu Wen-i`)."""
    words, others = name.casefold().split(), other.casefold().split()
    return bool(words and others) and (words[0] == others[0] or words[-1] == others[-1]
                                       or same_romanised(name, other))  # `Xu Wenyi [Hsu Wen-i]`


def _person(given: str, following: Inlines, ctx: Context, line: int,
            titled: bool = True) -> Entry | None:
    """The register's person `given` and a supplied surname in `following` together name;
    or, when `given` is an East Asian family name after a title (`titled`) and the supplied
    word a given name after it (`Ambassador Li [Qingquan]`; not `the Han [River]`), the
    person of that name, family name first."""
    supplied = following[0] if following else None
    if not (isinstance(supplied, Mark) and supplied.tag == "supplied"):
        return None
    surname = text_of(supplied.children).strip()
    if not _ONE_WORD.fullmatch(surname):
        # (wc45) the rest of a register name in two or three words (`Chairman Ho [Chi Minh]`)
        whole = ctx.res.register.lookup(f"{given} {surname}") if _REST.fullmatch(surname) else None
        return whole if whole is not None and whole.kind == "person" else None
    entry = ctx.res.register.lookup(f"{given} {surname}")
    if entry is None and titled and family_first(f"{given} {surname}", ctx.res.patterns):
        return ctx.person(f"{given} {surname}", line)
    return entry if entry is not None and entry.kind == "person" else None


def unidentified_persons(items: Inlines, ctx: Context, line: int) -> Inlines:
    """`Lopez [not further identified]`, `Ali Nasser [not further identified]`: the
    capitalised word (or two) before the editors' note that they could not identify a
    person (the `unidentified-marks` table) is a person's name, a local entry, never the
    register's person of that name (a first word no name can hold, `The`, is left out; a
    word after an article, `the Vietnamese [unidentified] official`, and a nationality,
    weekday or month are none)."""
    marks = ctx.res.patterns.words("unidentified-marks")
    out: Inlines = list(items)
    changed = False
    for i in range(len(items) - 1, 0, -1):
        item = items[i]
        if not (isinstance(item, Mark) and item.tag == "supplied"
                and text_of(item.children).strip(" .").casefold() in marks):
            continue
        found = _unidentified_before(items, i, ctx)
        if found is None:
            continue
        first, before, name, space = found
        entry = ctx.local_person(name, line)
        out[first:i] = [before, Mark("persName", {"ref": f"#{entry.id}"}, [name]), space]
        changed = True
    return merge(out) if changed else items


def _unidentified_before(items: Inlines, i: int,
                         ctx: Context) -> tuple[int, str, str, str] | None:
    """The name just before the editors' note at `i`, plain text or a register person's
    mark (then with the capitalised word before it): the index its items start at, the
    text before the name, the name and the space after it; None when there is none."""
    tagged = i >= 2 and items[i - 1] == " " and isinstance(items[i - 2], Mark) \
        and items[i - 2].tag == "persName"
    end = i - 2 if tagged else i
    before = items[end - 1] if end >= 1 and isinstance(items[end - 1], str) else ""
    marked = text_of(items[i - 2].children) if tagged else ""
    found = _UNIDENTIFIED_NAME.search(before + (f"{marked} " if tagged else ""))
    if found is None:
        return None
    name, begin = found.group("name"), found.start("name")
    if " " in name and not ctx.plausible_name(name.split()[0]):
        begin += name.index(" ") + 1
        name = name.split(" ", 1)[1]
    cut = before[:begin].split()[-1:]
    if (tagged and (begin > len(before) or not name.endswith(marked))) \
            or not ctx.plausible_name(name) or _common_word(name, ctx) \
            or (cut and cut[0].casefold() in _ARTICLES):
        return None
    return (end - 1 if before else end), before[:begin], name, found.group("space")


_ARTICLES = frozenset({"the", "a", "an"})


_COMMON_WORD_TABLES = ("country-adjectives", "weekdays", "months")


def _common_word(name: str, ctx: Context) -> bool:
    """A nationality, weekday or month (`the Cuban [unidentified] official`, `Monday`): a
    word of the language before the editors' note, no name."""
    folded = name.casefold()
    return any(folded in ctx.res.patterns.words(table) for table in _COMMON_WORD_TABLES)
