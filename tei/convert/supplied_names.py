"""Names an editor completes in brackets after them: `Koča [Popović]`, `Fidel [Castro]`. The
given name stands in the text and the surname is supplied; when the two together are a
person the register knows, the given name is marked as that person (the supplied surname
stays an insertion, its own name inside it)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Inlines, Mark, merge, text_of
from tei.convert.register import Entry

_GIVEN_LAST = re.compile(r"(?<![\w'’.-])(?P<given>[A-Z][^\W\d_]++)(?P<space>\s)$")
_ONE_SURNAME = re.compile(r"[A-Z][^\W\d_]++(?:-[A-Z][^\W\d_]++)?")


def supplied_surnames(items: Inlines, ctx: Context) -> Inlines:
    """`items` with each given name followed by a supplied surname marked as the register's
    person (`items` are merged; returned as they are when there is none)."""
    out: Inlines = []
    changed = False
    for item, following in zip(items, [*items[1:], None], strict=True):
        entry = _person(item, following, ctx)
        if entry is None:
            out.append(item)
            continue
        assert isinstance(item, str)
        found = _GIVEN_LAST.search(item)
        assert found is not None
        out += [item[:found.start()],
                Mark("persName", {"ref": f"#{ctx.use(entry).id}"}, [found.group("given")]),
                found.group("space")]
        changed = True
    return merge(out) if changed else out


def _person(item: object, following: object, ctx: Context) -> Entry | None:
    """The register's person a text ending in a given name and the supplied surname after
    it together name, else None."""
    if not (isinstance(item, str) and isinstance(following, Mark)
            and following.tag == "supplied"):
        return None
    given = _GIVEN_LAST.search(item)
    surname = text_of(following.children).strip()
    if given is None or not _ONE_SURNAME.fullmatch(surname):
        return None
    entry = ctx.res.register.lookup(f"{given.group('given')} {surname}")
    return entry if entry is not None and entry.kind == "person" else None
