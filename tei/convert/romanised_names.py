"""(wcdanames74) A person the register lacks named again in parentheses in another
romanisation right after his name (`Ri Jong-ok (Ri Chong Ok)`, `Pak Hon-yong (Pak
Hŏn-yŏng)`, `Zhu Qiwen (Chu Ch'i-wen)`, `Nguyen Van Vinh (Nguyễn Văn Vịnh)`): the
translators give the McCune-Reischauer or the Revised spelling of a Korean name, the
Wade-Giles of a Chinese one, the Vietnamese with its diacritics beside the one they use.
The parenthesised name is the same person when both spellings fold to one
(`same_romanised`); a different person in parentheses (`Kim Il Sung (Kim Jong Il)`) folds
to another and stays his own."""

from __future__ import annotations

import re
import unicodedata

from tei.convert.context import Context
from tei.convert.model import Inline, Inlines, Mark, text_of

# the spellings the romanisations write differently for one sound, in the order applied:
# Korean's Revised `eo`/`eu` for McCune-Reischauer's `ŏ`/`ŭ` (breves dropped before), voiced
# and unvoiced initials (`Jong`/`Chong`, `Gwang`/`Kwang`, `Bong`/`Pong`, `Dae`/`Tae`), `r`
# and `l` (`Ri`/`Li`), doubled vowels of older spellings (`Lee`, `Yoo`); and the pinyin and
# Wade-Giles spellings of Chinese (`Zhu Qiwen`/`Chu Ch'i-wen`, `Xu Wenyi`/`Hsu Wen-i`,
# `Zeng`/`Tseng`, `Cai`/`Ts'ai`)
_FOLDS = ((r"eo", "o"), (r"eu", "u"), (r"ee", "i"), (r"oo", "u"), (r"zh", "ch"), (r"q", "ch"),
          (r"hs", "s"), (r"x", "s"), (r"tz", "ts"), (r"z", "ts"), (r"c(?!h)", "ts"),
          (r"yi", "i"), (r"j", "ch"), (r"ung", "ong"), (r"g", "k"), (r"b", "p"), (r"d", "t"),
          (r"r", "l"),
          (r"shi", "si"),
          # (wcda75) Wade-Giles `chih`/`shih`/`jih` for pinyin `zhi`/`shi`/`ri`, and (before
          # `g`) `-ung` for `-ong` (`Yü Chih-chung`/`Yu Zhizhong`)
          (r"ih(?![aeiou])", "i"))
_OPEN = re.compile(r"\s\($")
_CLOSE = re.compile(r"^\)")


def romanised_key(name: str) -> str:
    """`name` without diacritics, apostrophes, hyphens, spaces and case, the letters the
    romanisations spell differently brought to one (`Ri Chong Ok`, `Ri Jong-ok`: `lichongok`)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name)
                    if not unicodedata.combining(c)).casefold()
    key = re.sub(r"[\s'’‘`-]+", "", plain)
    for old, new in _FOLDS:
        key = re.sub(old, new, key)
    return key


def same_romanised(name: str, other: str) -> bool:
    """Whether two names of two words or more are one name in two romanisations (the same
    key; not the same spelling)."""
    return (name != other and len(name.split()) > 1 and len(other.split()) > 1
            and romanised_key(name) == romanised_key(other))


def parenthesised_respelling(items: Inlines, i: int, ctx: Context) -> tuple[str, str] | None:
    """(the parenthesised mark's ref, the ref it takes) when the person mark at `i` is
    followed by ` (`, a local person's mark in another romanisation of the same name and
    `)`; the local person becomes a variant of the first mark's person. None otherwise."""
    item = items[i]
    if not (isinstance(item, Mark) and item.tag == "persName" and i + 3 < len(items)):
        return None
    before, second, after = items[i + 1], items[i + 2], items[i + 3]
    if not (isinstance(before, str) and _OPEN.search(before) and before.strip() == "("
            and isinstance(second, Mark) and second.tag == "persName"
            and isinstance(after, str) and _CLOSE.match(after)):
        return None
    ref, other_ref = item.attrs.get("ref", ""), second.attrs.get("ref", "")
    local = next((e for e in ctx.local.values() if f"#{e.id}" == other_ref), None)
    entry = ctx.used.get(ref[1:])
    if (local is None or entry is None or ref == other_ref
            or not same_romanised(text_of(item.children), text_of(second.children))):
        return None
    return other_ref, f"#{ctx.alias_of(local, entry, 'variant').id}"


def respelled_in_parentheses(items: Inlines, ctx: Context, line: int) -> Inlines:
    """`items` with each local person named in parentheses in another romanisation right
    after a person's name, here and further on the line, pointed at that person."""
    refs: dict[str, str] = {}
    for i in range(len(items) - 3):
        found = parenthesised_respelling(items, i, ctx)
        if found is not None:
            refs[found[0]] = found[1]
    items = _glosses_marked(items, ctx, line)
    return [_repointed(item, refs) for item in items] if refs else items


# the parenthesised text right after a name, up to its closing bracket (`(Nguyễn Văn Vịnh)`)
_GLOSS = re.compile(r"^\s\((?P<name>[^\W\d_][^()\d]{2,40}?)\)")


def _glosses_marked(items: Inlines, ctx: Context, line: int) -> Inlines:
    """`items` with the unmarked name in parentheses right after a person's mark, the same
    name in another romanisation (`Nguyen Van Vinh (Nguyễn Văn Vịnh)`), marked as his and
    his from now on (a variant of his name)."""
    out: Inlines = []
    for item in items:
        previous = out[-1] if out else None
        found = _GLOSS.match(item) if isinstance(item, str) else None
        entry = ctx.used.get(previous.attrs.get("ref", "#")[1:]) \
            if found and isinstance(previous, Mark) and previous.tag == "persName" else None
        if found and entry is not None and \
                same_romanised(text_of(previous.children), found["name"]):
            gloss = ctx.person(found["name"], line)
            if gloss is not entry and any(gloss is e for e in ctx.local.values()):
                gloss = ctx.alias_of(gloss, entry, "variant")
            if gloss is entry:
                out += [" (", Mark("persName", {"ref": f"#{entry.id}"}, [found["name"]]),
                        item[found.end("name"):]]
                continue
        out.append(item)
    return out


def respelled_in_brackets(items: Inlines, ctx: Context, line: int) -> Inlines:
    """(wcda75) `items` with the editors' bracket right after a person's mark that holds,
    unmarked, his name in another romanisation (an old translation's Wade-Giles glossed by
    the pinyin: `Yü Chih-chung [Yu Zhizhong]`) marked as his, a variant of his name."""
    out: Inlines = []
    for item in items:
        previous = out[-2] if len(out) > 1 and out[-1] == " " else None
        name = item.children[0] if isinstance(item, Mark) and item.tag == "supplied" \
            and len(item.children) == 1 and isinstance(item.children[0], str) else ""
        entry = ctx.used.get(previous.attrs.get("ref", "#")[1:]) if name and isinstance(
            previous, Mark) and previous.tag == "persName" else None
        if entry is not None and same_romanised(text_of(previous.children), name):
            gloss = ctx.person(name, line)
            if gloss is not entry and any(gloss is e for e in ctx.local.values()):
                gloss = ctx.alias_of(gloss, entry, "variant")
            if gloss is entry:
                out.append(Mark("supplied", item.attrs,
                                [Mark("persName", {"ref": f"#{entry.id}"}, [name])]))
                continue
        out.append(item)
    return out


def _repointed(item: Inline, refs: dict[str, str]) -> Inline:
    """`item` with its person marks, and those it holds, pointed as `refs` says."""
    if not isinstance(item, Mark):
        return item
    children = [_repointed(c, refs) for c in item.children]
    ref = item.attrs.get("ref", "")
    return Mark(item.tag, {**item.attrs, "ref": refs[ref]} if ref in refs else item.attrs,
                children)
