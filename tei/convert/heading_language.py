"""(lang49) The original language a document's heading shows when its body is a translation:
a Japanese telegram's heading kept in Japanese over an English text (`東郷外務大臣宛　野村大使発`,
`昭和16年11月27日　午後9時発　ワシントン`). The heading's lines and the page's title are read by
the language evidence table (`text_language.scores`), each script's lines apart (a copy's
English gloss under each Japanese line is the translation's); a language other than the
body's, with half the table's `min-evidence` (a heading is short) and its `margin` over
the runner-up, is the original language (`textLang`) when no field or note named one and no
translator is named (a translation's heading is in the translation's language).
(catalog61) A capital letter at a number or spaced out is no evidence in a heading: a US
cable printout's precedence and time group (`O 221130Z NOV 79`), its routing count (`/037
W`), a grade spaced out (`C O N F I D E N T I A L`) would otherwise read as Polish or Czech
function words; a word of one letter (`à`, `v`, `i`) still counts."""

from __future__ import annotations

import re
from collections import defaultdict

from tei.convert.context import Context
from tei.convert.header import language_code, language_name
from tei.convert.model import Header
from tei.convert.read import Line
from tei.convert.text_language import scores, script_of
from tei.convert.zones import Segments

# a capital letter at a number (`Z` of `221130Z`, `O 221130Z`, `/037 W`) or spaced out with
# others (`C O N F I D E N T I A L`); not a word of one letter (`à`, `v`, `i`, `À L'ARRIVÉE`)
_LONE_LETTER = re.compile(r"(?<=\d)[A-Z](?![^\W\d_])|(?<![^\W\d_])[A-Z](?=\s?\d)"
                          r"|(?<=[\d/]\s)[A-Z](?![^\W\d_])"
                          r"|(?<![^\W\d_])(?:[A-Z]\s){2,}[A-Z](?![^\W\d_])")


def heading_language(header: Header, seg: Segments, ctx: Context) -> None:
    """Set the original language from the heading (see the module's docstring), or from a
    translation's statement closing the document."""
    _closing_statement(header, [*seg.processing, *seg.heading], ctx)
    if header.original_language or header.translator:
        return  # a translation's heading is its translator's (`Traduction par ...`)
    table = ctx.res.evidence
    lines = [*seg.heading, *([seg.page_title] if seg.page_title else [])]
    for text in _by_script(lines).values():
        _, _, scored = scores(text, table)
        if not scored:
            continue
        best, runner = scored[0][0], scored[1][0] if len(scored) > 1 else 0
        code = scored[0][1].code
        if best >= table.min_evidence / 2 and best - runner >= table.margin \
                and code != ctx.language:
            header.original_language = language_name(code, ctx)
            header.original_language_code = code
            return


def _closing_statement(header: Header, lines: list[Line], ctx: Context) -> None:
    """(lead39) A translation's statement among the closing processing lines (`(Translated
    from the Japanese by the editors.)`, `[Translated from the Hebrew]`): the language it
    names, when no field named one and the `languages` table knows it; (telex71) the
    translator a terminal's line names (`TRANSLATED BY: W. D. KRIMER   0915Z`), or (lead73)
    a credit line, under the text or in the heading (`Translated by Svetlana Savranskaya`)."""
    for line in lines:
        found = ctx.res.patterns.match("processing", line.text)
        language = (found[1].groupdict().get("language") or "") if found else ""
        translator = (found[1].groupdict().get("translator") or "") if found else ""
        header.translator = header.translator or translator  # (telex71) `TRANSLATED BY: ...`
        if language and not header.original_language \
                and ctx.res.patterns.label("languages", language):
            header.original_language = language
            header.original_language_code = language_code(language, ctx)


def _by_script(lines: list[Line]) -> dict[str, str]:
    """The lines' texts joined by the script most of each line's letters are in."""
    found: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        script = script_of(line.text)
        if script:
            found[script].append(line.text)
    return {script: _LONE_LETTER.sub(" ", "\n".join(texts)) if script == "LATIN"
            else "\n".join(texts) for script, texts in found.items()}
