"""Names an editor completes or respells in brackets after them: `Koča [Popović]`, `Fidel
[Castro]` (the given name in the text, the surname supplied: together a person the register
knows, as whom the given name is marked), `Ri Man-seok [Ri Man Sok]` (a local person named
again in the editor's romanisation: one person, the bracket's). The bracket stays an
insertion, its own name inside it."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Inline, Inlines, Mark, merge, text_of
from tei.convert.register import Entry

_GIVEN_LAST = re.compile(r"(?<![\w'’.-])(?P<given>[A-Z][^\W\d_]++)(?P<space>\s)$")
_ONE_WORD = re.compile(r"[A-Z][^\W\d_]++(?:-[A-Z][^\W\d_]++)?")


def supplied_surnames(items: Inlines, ctx: Context) -> Inlines:
    """`items` with each given name followed by a supplied surname marked as the register's
    person, whether the given name was plain text or taken for a person of its own after a
    title (`Comrade Koča`), and each local person respelled in a supplied name pointed at
    that name's person, here and further on the line (`Ri Man-seok [Ri Man Sok]`); `items`
    are merged, and returned as they are when there is none."""
    out: Inlines = []
    changed = False
    refs: dict[str, str] = {}  # a respelled local person's mark to its person's
    for i, item in enumerate(items):
        marked = _marked_given(items, i, ctx) or _respelled(items, i, ctx)
        if marked is not None:
            assert isinstance(item, Mark) and isinstance(marked, Mark)
            refs[item.attrs["ref"]] = marked.attrs["ref"]
            out.append(marked)
            changed = True
            continue
        if isinstance(item, Mark) and item.attrs.get("ref") in refs:
            item = Mark(item.tag, {**item.attrs, "ref": refs[item.attrs["ref"]]}, item.children)
        found = _GIVEN_LAST.search(item) if isinstance(item, str) else None
        entry = _person(found.group("given"), items[i + 1:i + 2], ctx) if found else None
        if found is None or entry is None:
            out.append(item)
            continue
        out += [item[:found.start()],
                Mark("persName", {"ref": f"#{ctx.use(entry).id}"}, [found.group("given")]),
                found.group("space")]
        changed = True
    return merge(out) if changed else out


def _marked_given(items: Inlines, i: int, ctx: Context) -> Inline | None:
    """The person mark at `i` pointed at the register's person when it holds one word and a
    space and a supplied surname follow it; None otherwise."""
    item = items[i]
    if not (isinstance(item, Mark) and item.tag == "persName"
            and items[i + 1:i + 2] == [" "]):
        return None
    given = text_of(item.children)
    entry = _person(given, items[i + 2:i + 3], ctx) if _ONE_WORD.fullmatch(given) else None
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
    Man Sok`)."""
    words, others = name.casefold().split(), other.casefold().split()
    return bool(words and others) and (words[0] == others[0] or words[-1] == others[-1])


def _person(given: str, following: Inlines, ctx: Context) -> Entry | None:
    """The register's person `given` and a supplied surname in `following` together name."""
    supplied = following[0] if following else None
    if not (isinstance(supplied, Mark) and supplied.tag == "supplied"):
        return None
    surname = text_of(supplied.children).strip()
    if not _ONE_WORD.fullmatch(surname):
        return None
    entry = ctx.res.register.lookup(f"{given} {surname}")
    return entry if entry is not None and entry.kind == "person" else None
