"""The page's address a copy sets alone over a page (a browser's print header, a note-taking
tool's source line): one pattern for the readers that look past it to the page under it."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"https?://\S{1,500}+")
# the address alone on the text's first line, with the blank lines around it
_LEADING = re.compile(r"\A\s*+(?P<url>https?://\S{1,500}+)[ \t]*+\n\s*+")


def is_address(text: str) -> bool:
    """Whether `text` is one web address and nothing else."""
    return _ADDRESS.fullmatch(text.strip()) is not None


def leading_address(text: str) -> re.Match[str] | None:
    """The address alone over `text` with the blank lines around it (group `url`), or None."""
    return _LEADING.match(text)
