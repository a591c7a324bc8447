"""(repost69) A word processor's comments as a copy of the file keeps them: Word's export
to PDF or text, and a copy of its page in the browser, set each comment at the foot under
its author's initials and number (`Commented [AB1]: check the date of the Japanese note`),
and leave the same mark in brackets where the comment was anchored in the text (`... of
December 8.[AB1] The Führer ...`). The comments are the editor's, not the document's: their
lines are made blank, and the marks of the comments so listed go from the text (a mark
without its comment in the foot stays)."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"^[ \t]*+Commented\s\[(?P<mark>[A-Z]{1,4}\d{1,3})\]:(?:[ \t].*+)?$")
_MARK = re.compile(r"\[(?P<mark>[A-Z]{1,4}\d{1,3})\]")


def without_comments(lines: list[str]) -> list[str]:
    """`lines` without a word processor's comments (made blank) and their marks in the
    text."""
    marks = {found.group("mark") for line in lines if line.lstrip().startswith("Commented")
             and (found := _COMMENT.match(line))}
    if not marks:
        return lines
    return ["" if _COMMENT.match(line) else _MARK.sub(
        lambda found: "" if found.group("mark") in marks else found.group(), line)
        if "[" in line else line for line in lines]
