"""(repost69) A word processor's comments as a copy of the file keeps them: Word's export
to PDF or text, and a copy of its page in the browser, set each comment at the foot under
its author's initials and number (`Commented [AB1]: check the date of the Japanese note`),
and leave the same mark in brackets where the comment was anchored in the text (`... of
December 8.[AB1] The Führer ...`). The comments are the editor's, not the document's: their
lines are made blank, and the marks of the comments so listed go from the text (a mark
without its comment in the foot stays). (repost71) Google Docs' export as text marks its
comments with letters (`... Special No. 811[b]`) and lists them at the end of the file, one a
line under the same mark (`[b]Maria Torres: check this against the scan`): the same."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"^[ \t]*+Commented\s\[(?P<mark>[A-Z]{1,4}\d{1,3})\]:(?:[ \t].*+)?$")
_MARK = re.compile(r"\[(?P<mark>[A-Z]{1,4}\d{1,3})\]")
_DOCS_COMMENT = re.compile(r"^\[(?P<mark>[a-z]{1,2})\](?=\S)")  # (repost71) Google Docs'
_DOCS_MARK = re.compile(r"(?<=\S)\[(?P<mark>[a-z]{1,2})\]")


def without_comments(lines: list[str]) -> list[str]:
    """`lines` without a word processor's comments (made blank) and their marks in the
    text."""
    marks = {found.group("mark") for line in lines if line.lstrip().startswith("Commented")
             and (found := _COMMENT.match(line))}
    if not marks:
        return _without_docs_comments(lines)
    return ["" if _COMMENT.match(line) else _MARK.sub(
        lambda found: "" if found.group("mark") in marks else found.group(), line)
        if "[" in line else line for line in lines]


def _without_docs_comments(lines: list[str]) -> list[str]:
    """(repost71) `lines` without Google Docs' comments closing the file (`[a]NAME: ...`,
    from `[a]` on, only blank lines between them; made blank) and their marks glued in the
    text; any other text as it is."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    foot = end
    while foot and (not lines[foot - 1].strip() or _DOCS_COMMENT.match(lines[foot - 1])):
        foot -= 1
    marks = [found.group("mark") for line in lines[foot:end]
             if (found := _DOCS_COMMENT.match(line))]
    if not marks or marks[0] != "a":
        return lines
    listed = set(marks)
    body = [_DOCS_MARK.sub(lambda found: "" if found.group("mark") in listed else found.group(),
                           line) if "[" in line else line for line in lines[:foot]]
    return body + ["" if _DOCS_COMMENT.match(line) else line for line in lines[foot:]]
