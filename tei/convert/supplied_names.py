"""Names an editor completes in brackets after them: `Koča [Popović]`, `Fidel [Castro]`. The
given name stands in the text and the surname is supplied; when the two together are a
person the register knows, the given name is marked as that person (the supplied surname
stays an insertion, its own name inside it)."""

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
    title (`Comrade Koča`); `items` are merged, and returned as they are when none is."""
    out: Inlines = []
    changed = False
    for i, item in enumerate(items):
        marked = _marked_given(items, i, ctx)
        if marked is not None:
            out.append(marked)
            changed = True
            continue
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
