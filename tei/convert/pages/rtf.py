"""(formats68) A document kept as RTF (a word processor's `.rtf`, or its code left in a
copy: `{\\rtf1\\ansi ... \\par}`): the control words lay out, the text is what they hold.

Read as its words: `\\par` and `\\line` end a line (a paragraph also a blank line), `\\tab`
is a tab, `\\'e9` a byte of the file's code page (`\\ansicpg1252`, Windows-1252 when none),
`\\u233?` a character (its stand-in after it skipped), `\\~` a space, `\\-` nothing, and
the named quotes and dashes (`\\ldblquote`, `\\emdash`) their characters. The groups that
hold no text (`\\fonttbl`, `\\colortbl`, `\\stylesheet`, `\\info`, `\\pict`, any `{\\*...}`
destination) are left out; a footnote's group leaves its number in brackets where it
stands (`[1]`) and its text under the document (`[1] ...`), as pages list notes. Text
before and after the RTF group stays as it is.
"""

from __future__ import annotations

import re

_START = re.compile(r"\{\\rtf1?")
_HEAD = 2_000
_TOKEN = re.compile(r"\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})?"
                    r" ?|\\(?P<symbol>[^a-zA-Z])|(?P<brace>[{}])|(?P<text>[^\\{}\r\n]++)"
                    r"|[\r\n]++")
_SKIPPED = frozenset({"fonttbl", "colortbl", "stylesheet", "info", "pict", "listtable",
                      "listoverridetable", "rsidtbl", "generator", "header", "footer",
                      "headerl", "headerr", "footerl", "footerr", "object", "themedata",
                      "latentstyles", "datastore", "xmlnstbl", "filetbl", "revtbl"})
_WORDS = {"par": "\n\n", "line": "\n", "tab": "\t", "emdash": "—", "endash": "–",
          "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”", "bullet": "•",
          "emspace": " ", "enspace": " ", "sect": "\n\n", "page": "\n\n", "row": "\n",
          "cell": "\t"}
_SYMBOLS = {"~": "\u00a0", "-": "", "_": "-", "{": "{", "}": "}", "\\": "\\"}
_BLANKS = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


class _Group:
    """One RTF group's state: whether its text is shown, where it goes, its `\\uc`."""

    def __init__(self, skip: bool, note: list[str] | None, uc: int) -> None:
        self.skip, self.note, self.uc = skip, note, uc


def unrtf(text: str) -> str:
    """`text` with an RTF group read as its words; any other text as it is."""
    found = _START.search(text[:_HEAD])
    if found is None:
        return text
    body, end, notes = _read(text, found.start())
    tail = [f"[{n}] {''.join(note).strip()}" for n, note in enumerate(notes, 1)]
    words = _BLANKS.sub("\n\n", body.replace("\u00a0", " ")).strip("\n")
    return "\n\n".join(part for part in (text[:found.start()].rstrip(), words,
                                         "\n".join(tail), text[end:].strip()) if part) + "\n"


def _read(text: str, start: int) -> tuple[str, int, list[list[str]]]:
    """The words of the RTF group at `start`, where it ends and its footnotes' words."""
    out: list[str] = []
    notes: list[list[str]] = []
    stack: list[_Group] = []
    codepage = "cp1252"
    pending = 0  # stand-in characters still to skip after a `\u`
    fresh = False  # a group just opened: its first control word may make it a destination
    for token in _TOKEN.finditer(text, start):
        group = stack[-1] if stack else None
        if token.group("brace") == "{":
            stack.append(_Group(group.skip if group else False, group.note if group else None,
                                group.uc if group else 1))
            fresh = True
            continue
        if token.group("brace") == "}":
            stack.pop()
            if not stack:
                return "".join(out), token.end(), notes
            continue
        word, was_fresh, fresh = token.group("word"), fresh, False
        if group is None:
            continue
        target = group.note if group.note is not None else out
        if word:
            if word == "ansicpg" and token.group("arg"):
                codepage = f"cp{token.group('arg')}"
            elif word == "uc" and token.group("arg"):
                group.uc = int(token.group("arg"))
            elif word in _SKIPPED or (was_fresh and word == "fldinst"):
                group.skip = True
            elif word == "footnote" and not group.skip:
                notes.append([])
                out.append(f"[{len(notes)}]")
                group.note = notes[-1]
            elif word == "u" and token.group("arg") and not group.skip:
                target.append(chr(int(token.group("arg")) % 65536))
                pending = group.uc
            elif word in _WORDS and not group.skip:
                target.append(_WORDS[word] if group.note is None or word not in {"par", "line"}
                              else " ")
            continue
        if token.group("symbol") == "*" and was_fresh:
            group.skip = True
            continue
        if pending and (token.group("hex") or token.group("text")):
            if token.group("hex"):
                pending -= 1
                continue
            chars = token.group("text")
            skipped = min(pending, len(chars))
            pending -= skipped
            chars = chars[skipped:]
            if chars and not group.skip:
                target.append(chars)
            continue
        if group.skip:
            continue
        if token.group("hex"):
            target.append(_byte(int(token.group("hex"), 16), codepage))
        elif token.group("symbol"):
            target.append(_SYMBOLS.get(token.group("symbol"), ""))
        elif token.group("text"):
            target.append(token.group("text"))
    return "".join(out), len(text), notes


def _byte(value: int, codepage: str) -> str:
    """One byte of the file's code page as its character."""
    try:
        return bytes([value]).decode(codepage)
    except (LookupError, UnicodeDecodeError):
        return bytes([value]).decode("cp1252", "replace")
