"""Answers about a line that the stages ask again and again (`segment.heading_kind`), worked
out once a document: kept in its `Context` by question, line and the heading tables' order
(the order the document's form sets changes what the `heading` table answers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tei.convert.context import Context

Answer = TypeVar("Answer")


def recall(ctx: Context, question: str, text: str,
           answer: Callable[[str, Context], Answer]) -> Answer:
    """`answer(text, ctx)`, worked out once for the document while the order of the
    heading tables stays."""
    key = (question, text, ctx.res.patterns.order("heading"))
    if key not in ctx.recalled:
        ctx.recalled[key] = answer(text, ctx)
    return ctx.recalled[key]
