"""(wcda84) A party's name the title completes in brackets: the archive's title of a Chinese
document supplies the surname before the given name (`Report, Zhou Enlai to the Chairman [Mao
Zedong], Comrade [Liu] Shaoqi, and the Central Committee`) or the given name after the surname
(`Telegram, Zhou Enlai to Chairman Gao [Gang]`). Where the words inside and beside the bracket
together are a register person's name, the title's parties read them as that one name (the
bracket dropped, so `Shaoqi` is not a party of its own); the title itself keeps its brackets."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.glued_title_names import unglued

# a bracketed surname before a capitalised given name, or a capitalised surname before a
# bracketed given name (one or two words inside, each capitalised)
_BEFORE = re.compile(r"\[(?P<inner>[A-Z][\w'’-]{0,20}+)\]\s(?P<outer>[A-Z][\w'’-]{1,30}+)")
_AFTER = re.compile(r"(?P<outer>[A-Z][\w'’-]{0,30}+)\s\[(?P<inner>[A-Z][\w'’-]{1,20}+"
                    r"(?:\s[A-Z][\w'’-]{1,20}+)?)\]")


def joined_supplied(title: str, ctx: Context) -> str:
    """`title` with each bracketed part of a register person's name joined to the rest,
    and (ocr93) a person's two names run together read apart (`glued_title_names`)."""
    if "[" not in title:
        return unglued(title, ctx)

    def before(found: re.Match[str]) -> str:
        name = f"{found['inner']} {found['outer']}"
        return name if _person(name, ctx) else found.group()

    def after(found: re.Match[str]) -> str:
        name = f"{found['outer']} {found['inner']}"
        return name if _person(name, ctx) else found.group()

    return unglued(_AFTER.sub(after, _BEFORE.sub(before, title)), ctx)


def _person(name: str, ctx: Context) -> bool:
    entry = ctx.res.register.lookup(name)
    return entry is not None and entry.kind == "person"
