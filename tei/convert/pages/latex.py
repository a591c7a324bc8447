"""(repost65) A thesis's or article's LaTeX source quoting a document (an appendix's
`\\begin{quote}` holding a telegram's heading lines ended by `\\\\`): the markup is the
typesetter's, not the text's. Commands that only lay out (`\\noindent`, `\\medskip`,
`\\small`, `\\hfill`, `\\begin{quote}`, `\\label{...}`), comments (`% ...`) and footnotes'
text are taken off; a sectioning or font command keeps its argument (`\\chapter{X}`,
`\\textit{X}`); TeX's ligatures and escapes become their characters (`---`, `\\#`,
``` ``X'' ```). One line for one line, but for a footnote's lines."""

from __future__ import annotations

import re
import unicodedata

# the marks of a LaTeX source: two of these, each at a line's start or after a brace
_MARKS = re.compile(r"\\(?:begin|end|chapter|section|subsection|footnote|noindent|documentclass"
                    r"|label)\b")
_LEAST_MARKS = 3
_COMMENT = re.compile(r"(?<!\\)%.*$")
_NOTE = "\\footnote{"
# a command whose argument is text (sectioning, fonts), its star and optional argument
_KEEP = re.compile(r"\\(?:chapter|section|subsection|subsubsection|paragraph|textit|textbf"
                   r"|textsc|emph|textrm|texttt|underline|mbox)\*?(?:\[[^\]]*\])?\{([^{}]*)\}")
# a command that only lays out: with its argument when it takes one
_DROP = re.compile(r"\\(?:begin|end|label|vspace|hspace|ref|pageref|cite)\*?\{[^{}]*\}"
                   r"|\\[a-zA-Z]+\*?")
_ESCAPES = (("\\\\", ""), ("\\#", "#"), ("\\&", "&"), ("\\%", "%"), ("\\_", "_"),
            ("\\$", "$"), ("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"), ("~", " "))
_ACCENTS = {"=": "\u0304", "'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302"}
_ACCENT = re.compile(r"\\([='`\"^])\{?([A-Za-z])\}?")
_SPACES = re.compile(r"[ \t]{2,}")


def _is_latex(text: str) -> bool:
    """Whether `text` is a LaTeX source: some of its commands stand in it."""
    return len(_MARKS.findall(text)) >= _LEAST_MARKS


def _without_notes(text: str) -> str:
    """`text` without its footnotes' commands and text (a note run over lines joins the
    paragraph's lines around it: a blank line left there would part the paragraph)."""
    out, i = [], 0
    while (start := text.find(_NOTE, i)) >= 0:
        out.append(text[i:start])
        depth, k = 1, start + len(_NOTE)
        while k < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[k], 0)
            k += 1
        i = k
    out.append(text[i:])
    return "".join(out)


def _line(line: str) -> str:
    """One source line as its text: comments, layout commands and escapes resolved."""
    line = _COMMENT.sub("", line)
    line = _ACCENT.sub(lambda m: m.group(2) + _ACCENTS[m.group(1)], line)
    line = line.replace(*_ESCAPES[0])  # a forced line break first: no escape's backslash
    while (kept := _KEEP.sub(r" \1", line)) != line:
        line = kept
    line = _DROP.sub(" ", line).replace("{", "").replace("}", "")
    for old, new in _ESCAPES[1:]:
        line = line.replace(old, new)
    return unicodedata.normalize("NFC", _SPACES.sub(" ", line).strip())


def untex(text: str) -> str:
    """`text` as its typeset words when it is a LaTeX source; any other text as it is."""
    if "\\" not in text or not _is_latex(text):
        return text
    return "\n".join(_line(line) for line in _without_notes(text).split("\n"))
