"""Names the editors complete in brackets from the letters the source gives (`B[ernstorff]`,
`Sch[elking]`, `L[enin]`, as FRUS and the 1914 colour books print a name the cipher or the
writer abbreviated): the completed name, when it is a register person's form, marks the
person; the letters and the bracket stay as they are inside the name, the bracket an
editorial supply (`<persName><supplied>`). A completion that names no register person
(`Am[erican] Mission`) stays plain, and so does one a name follows (`D[ondogiin] Tsevegmid`:
a given name, read with its surname)."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Inlines, Mark, merge, text_of
from tei.convert.register import Entry

_STUB = re.compile(r"(?<![\w'’.-])(?P<stub>[A-Z][a-z]{0,3})$")  # `B`, `Sch`, `Yu`
_COMPLETION = re.compile(r"[a-z]{2,30}")
_NAME_AFTER = re.compile(r"\s[A-Z]")  # `D[ondogiin] Tsevegmid`: a surname follows
_WORD_GOES_ON = re.compile(r"[\w\[]")


def completed_names(items: Inlines, ctx: Context) -> Inlines:
    """`items` with each name completed in brackets that the register knows as a person
    marked as that person; `items` unchanged when there is none."""
    out: Inlines = []
    changed = False
    skip = 0
    for i, item in enumerate(items):
        if skip:
            skip -= 1
            continue
        whole = _completed_pair(items, i, ctx)
        if whole is not None:
            before = out.pop()
            assert isinstance(before, str)
            stub = _STUB.search(before)
            assert stub is not None
            out += [before[:stub.start()], Mark("persName", {"ref": f"#{ctx.use(whole).id}"},
                                               [stub.group("stub"), item, *items[i + 1:i + 3]])]
            changed, skip = True, 2
            continue
        entry = _completed(items, i, ctx)
        if entry is None:
            out.append(item)
            continue
        before = out.pop()
        assert isinstance(before, str)
        stub = _STUB.search(before)
        assert stub is not None
        out += [before[:stub.start()],
                Mark("persName", {"ref": f"#{ctx.use(entry).id}"}, [stub.group("stub"), item])]
        changed = True
    return merge(out) if changed else out


# (misses38) between a given name and a surname both completed (`C[ordell] H[ull]`, `E[dward]
# R. S[tettinius]`, a FRUS memorandum's signature): a space, initials, the surname's letters
_BETWEEN = re.compile(r"^\s(?P<initials>(?:[A-Z]\.\s)*+)(?P<stub>[A-Z][a-z]{0,3})$")


def _completed_pair(items: Inlines, i: int, ctx: Context) -> Entry | None:
    """The register person a given name and a surname completed in brackets name together
    (`C[ordell] H[ull]`: Cordell Hull), item `i` the given name's completion."""
    item, before = items[i], items[i - 1] if i else None
    if not (isinstance(item, Mark) and item.tag == "supplied" and isinstance(before, str)
            and i + 2 < len(items)):
        return None
    between, surname = items[i + 1], items[i + 2]
    stub = _STUB.search(before)
    found = _BETWEEN.match(between) if isinstance(between, str) else None
    if not (stub and found and isinstance(surname, Mark) and surname.tag == "supplied"):
        return None
    given, last = _letters(text_of(item.children)), _letters(text_of(surname.children))
    after = items[i + 3] if i + 3 < len(items) else ""
    if not (given and last) or (isinstance(after, str) and _WORD_GOES_ON.match(after)):
        return None
    name = f"{stub.group('stub')}{given} {found.group('initials')}{found.group('stub')}{last}"
    entry = ctx.res.register.lookup(name) or ctx.res.register.lookup(
        f"{stub.group('stub')}{given} {found.group('stub')}{last}")
    return entry if entry is not None and entry.kind == "person" else None


def _completed(items: Inlines, i: int, ctx: Context) -> Entry | None:
    """The register person that item `i`, a supplied completion, completes the letters
    before it to, when the word ends after it."""
    item, before = items[i], items[i - 1] if i else None
    if not (isinstance(item, Mark) and item.tag == "supplied" and isinstance(before, str)):
        return None
    stub = _STUB.search(before)
    completion = _letters(text_of(item.children))
    after = items[i + 1] if i + 1 < len(items) else ""
    after = after if isinstance(after, str) else "?"
    if (stub is None or not completion
            or _WORD_GOES_ON.match(after) or _NAME_AFTER.match(after)):
        return None
    entry = ctx.res.register.lookup(stub.group("stub") + completion)
    return entry if entry is not None and entry.kind == "person" else None


def _letters(completion: str) -> str:
    """The completion's letters in lower case, when it is all lower case or (lead35) all
    capitals, as a print's small capitals come out of OCR (`C[ORDELL] H[ULL]`); else ''."""
    letters = completion.lower() if completion.isupper() else completion
    return letters if _COMPLETION.fullmatch(letters) else ""
