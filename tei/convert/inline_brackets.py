"""What an inline bracket or note marker in a line means (the part of `InlineReader` that
reads them): a gap or an obfuscation, a stray bracket, a footnote's marker with its note, a
decrypt's gloss of a cover name, a stamp, a correction, a note anchor, a page break, an
editors' or translator's remark, or text the editors supplied."""

from __future__ import annotations

import re

from tei.convert.brackets import (
    ANCHOR,
    GAP_KINDS,
    GAP_REASONS,
    PAGE,
    REMARK,
    SIC_NAME,
    SPECIAL,
    STAMP,
    after_number_sign,
    bracket_kind,
    completes_year,
    gap_extent,
    insertion_reason,
    is_correction,
    superscript,
    supplied_number,
    word_before,
)
from tei.convert.covernames import gloss
from tei.convert.model import Inlines, Mark
from tei.convert.register import KINDS

# an editors' query of the word before it (`Lizin[?]`, `4367 [?]`); marks alone that stand
# for a word (`[??]`) are an illegible gap (table `brackets`)
_QUERIES = frozenset({"?", "?!", "!?"})
# (wcdo91) a decrypt's lettered note (`The latter[a]`)
_LETTER_ANCHOR = re.compile(r"^[a-h]$")
# (wc51) an omission at one end of the words the editors supply, where a page or a line of
# the copy is lost (`[...Dobrynin] expressed the hope`, `[the delegation …]`): a gap, then
# (or after it) the supplied words
_ELIDED_START = re.compile(r"^(?:\.{3}|…|\.\s\.\s\.)\s*+(?P<rest>[^\s.…].*)$")
_ELIDED_END = re.compile(r"^(?P<rest>.*[^\s.…])\s*+(?:\.{3}|…|\.\s\.\s\.)$")


# (cables66) a form's option in capitals after its box (`INDICATE: [ ] COLLECT`, `[ ] CHARGE TO`)
_OPTION_AFTER = re.compile(r" ?[A-Z]{3,}\b")
# (ocr68) or before it, the line all capitals (the CIA review stamp's `NO CHANGE IN CLASS. [ ]`)
_OPTION_BEFORE = re.compile(r"[A-Z][A-Z .]{2,60}")


def checkbox(text: str, start: int, end: int) -> bool:
    """Is the empty bracket `text[start:end]` a form's box (`[ ]`), opening its line or
    after a label's colon, its option in capitals after it, or closing a line of capitals,
    rather than the editors' blank?"""
    before = text[:start].rstrip()
    if not text[end:].strip() and _OPTION_BEFORE.fullmatch(before):
        return True
    return (not before or before.endswith(":")) and bool(_OPTION_AFTER.match(text, end))


class BracketMarks:
    """The bracket and note-marker part of a document's `InlineReader` (its context, rules
    and `annotate`)."""

    def _special(self, match: re.Match[str], text: str, line: int) -> Inlines:
        if match.re is not SPECIAL:
            reason = self.rules.obfuscation_reasons.get(match.re.pattern, "obfuscated")
            return [Mark("gap", {"reason": reason}, [Mark("desc", {}, [match.group()])])]
        if match.group("remark"):  # `(translator’s note: sea cucumbers)`
            return self._remark(match.group("remark"), line)
        if match.group("nested"):  # (wcdc85) `[Translator's note: ... [it] ...]`
            return self._remark(match.group("nested"), line)
        if match.group("stray"):
            self.ctx.warn(line, f"unmatched '{match.group('stray')}' removed", "stray-bracket")
            return []
        marker = match.group("caret") or match.group("omitted") or superscript(
            match.group("sup") or "")
        if marker:
            return self._note(marker, match.group(), line)
        return self._bracket(match.group("bracket"), text, match.start(), match.end(), line)

    def _note(self, marker: str, literal: str, line: int) -> Inlines:
        if marker not in self.ctx.footnotes:
            return [literal]
        note_line, note_text = self.ctx.footnotes[marker]
        self.ctx.placed_notes.add(marker)
        content = self.note_content(note_text, note_line)
        return [Mark("note", {"place": "foot", "n": marker}, content)]

    def note_content(self, note: str, line: int) -> Inlines:
        """A footnote's content: a decrypt's gloss of a cover name, else the annotated text."""
        return self._gloss(note, line) or self.annotate(note, line)

    def _gloss(self, note: str, line: int) -> Inlines:
        """A decrypt's note glossing a cover name (`VIKTOR: Lt. Gen. P. M. FITIN.`): the
        cover name and the name both point to the person; empty when `note` is no gloss."""
        found = gloss(note, self.ctx.res.patterns) if self.ctx.is_cover_document() else None
        entry = self.ctx.cover(found.cover, line) if found else None
        if found is None or entry is None:
            return []
        ref = {"ref": f"#{entry.id}"}
        return [Mark(KINDS[entry.kind], ref, [found.cover]), note[len(found.cover):found.start],
                Mark(KINDS[entry.kind], dict(ref), [note[found.start:found.end]]),
                *self.annotate(note[found.end:], line)]

    def _bracket(self, content: str, text: str, start: int, end: int, line: int) -> Inlines:
        inner = content.strip()
        if not inner and content and checkbox(text, start, end):
            return []  # the form's empty box: nothing of the text, no gap
        stamp = STAMP.match(inner)
        if stamp:
            return [Mark("stamp", {}, self.annotate(stamp.group("text"), line))]
        if inner in self.ctx.footnotes:
            return self._note(inner, f"[{content}]", line)
        if is_correction(inner, text, start, end):
            return [Mark("supplied", {"reason": "correction"}, [inner])]
        letter = inner.isalpha() and text[max(0, start - 1):start].islower() and not (
            self._anchor_after_word(inner, text, end))
        numbered = (after_number_sign(text, start) or completes_year(inner, text, start, end)
                    or supplied_number(text, start, end))
        if ANCHOR.match(inner) and not letter and not numbered:  # `Russian[1]`, not `v[i]`
            return [Mark("anchor", {"type": "note", "n": inner})]
        if _LETTER_ANCHOR.match(inner) and self._anchor_after_word(inner, text, end):
            return [Mark("anchor", {"type": "note", "n": inner})]
        page = PAGE.match(inner)
        if page:
            return [Mark("pb", {"n": page.group("n")})]
        if REMARK.match(inner):
            return self._remark(inner, line)
        if inner in _QUERIES:  # `Lizin[?]`: the editors doubt the word, they supply nothing
            return [Mark("note", {"type": "editorial", "place": "inline"}, [inner])]
        elided = _ELIDED_START.match(inner) or _ELIDED_END.match(inner)
        if elided:
            gap = Mark("gap", {"reason": "omitted"}, [])
            supplied = self._bracket(elided.group("rest"), text, start, end, line)
            return [gap, *supplied] if elided.re is _ELIDED_START else [*supplied, gap]
        kind = bracket_kind(self.ctx.res.patterns, inner)
        if kind in GAP_KINDS:
            desc = [Mark("desc", {}, [inner])] if any(c.isalnum() for c in inner) else []
            extent = gap_extent(self.ctx.res.patterns, inner)
            return [Mark("gap", {"reason": GAP_REASONS[kind], **extent}, desc)]
        reason = kind or insertion_reason(inner, text, start, end)
        content = self._corrected_name(inner, text, start, line)
        return [Mark("supplied", {"reason": reason}, content)]

    def _anchor_after_word(self, inner: str, text: str, end: int) -> bool:
        """(wcdo91) A note's anchor glued to a lower-case word (`The boss[v] of`, `reports[ii]:`,
        a decrypt's `The latter[a][4 groups`), not a letter supplied inside it (`Gomu[l]ka`):
        no letter follows, and the numeral has two letters or more, or the document is a
        decrypt (whose translators number their notes `[i]`-`[xx]` and letter them `[a]`)."""
        if text[end:end + 1].isalpha():
            return False
        if ANCHOR.match(inner) and len(inner) >= 2:
            return True
        return bool(_LETTER_ANCHOR.match(inner) or ANCHOR.match(inner)) and (
            self.ctx.is_cover_document())

    def _remark(self, inner: str, line: int) -> Inlines:
        """A translator's or editors' remark (`Translator's note: ...`, `Source: ...`) as an
        inline note of its kind."""
        remark = REMARK.match(inner)
        kind = "translation" if remark and (remark.group("who") or "").casefold().startswith(
            "trans") else "editorial"
        return [Mark("note", {"type": kind, "place": "inline"}, self.annotate(inner, line))]

    def _corrected_name(self, inner: str, text: str, start: int, line: int) -> Inlines:
        """The bracket's content; after a misspelt name (`Bhagvan Mozert [sic, Moses Bhagwan]`)
        the name the translator corrects it to is a person's, known to the register or not."""
        content = self.annotate(inner, line)
        found = SIC_NAME.match(inner)
        if (found is None or not word_before(text, start)[:1].isupper()
                or any(isinstance(item, Mark) for item in content)
                or not self.ctx.plausible_name(found.group("name"))):
            return content
        name = found.group("name")
        entry = self.ctx.person(name, line)
        return [found.group("lead"), Mark("persName", {"ref": f"#{entry.id}"}, [name])]
