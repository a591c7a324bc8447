"""Inline recognition: editorial brackets, footnote markers, names and dates in one line.

Brackets and note markers are found and classified in `tei.convert.brackets`; here they
become elements (gaps, notes, stamps, supplied text, page breaks). Names come from the
register's matcher; a name after an address honorific (`Cde.`, `Comrade`, `Mr.`) that
the register lacks becomes a local entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tei.convert import surnames
from tei.convert.brackets import corrected_years, specials, year_completed_after
from tei.convert.capitals_surnames import given_initial_capitals
from tei.convert.context import Context
from tei.convert.covernames import cover_spans, is_cover_word
from tei.convert.cut_titles import closes_name
from tei.convert.drafting_lines import drafting_marks, routing_marks
from tei.convert.eastasian import east_asian_spans, is_given_name
from tei.convert.expanded_initials import expanded_initials
from tei.convert.given_runs import given_name_before, initials_before, other_persons_surname
from tei.convert.glued import (
    compound_surname,
    eponym,
    given_name_of_other,
    given_place,
    glued_markers,
    initialled_surname,
    inside_initialism,
    joined_parts,
    modified_noun,
    particle_surname,
    unglued_years,
    unmarked,
)
from tei.convert.glued_notes import word_glued_markers
from tei.convert.initials_after import initials_after, initials_after_marks, within
from tei.convert.inline_brackets import BracketMarks
from tei.convert.model import Inlines, Mark, merge
from tei.convert.name_index import HONORIFIC_SUFFIXES, is_suffix
from tei.convert.name_surroundings import (
    before_plural_noun,
    before_role,
    country_before,
    country_qualified,
    office_holders,
    qualifier,
    title_before,
    without_office,
)
from tei.convert.namerules import (
    INITIALS_CAPITALS_NAME,
    INITIALS_NAME,
    NAME_LIST,
    NON_SPACE,
    POSSESSIVE,
    comma_titled_spans,
    initials_matches,
    initials_name_alone,
    name_spans,
    rules,
)
from tei.convert.office_surnames import office_surname_marks
from tei.convert.patterns import Patterns
from tei.convert.place_series import names_in_runs
from tei.convert.register import KINDS, NameMatch
from tei.convert.romanised_names import respelled_in_brackets, respelled_in_parentheses
from tei.convert.ship_names import after_ship_prefix
from tei.convert.spans import Spans, standalone
from tei.convert.suffixed_names import may_hold_suffix, said_spans, suffixed_spans
from tei.convert.supplied_names import (
    completed_later,
    other_given_name,
    supplied_given_names,
    supplied_surnames,
    unidentified_persons,
)
from tei.convert.surname_first import ordered_name_spans
from tei.convert.surnames import given_names, inverted_initials, inverted_names
from tei.convert.text_language import initial_honorific
from tei.convert.titled_names import capitals_name_end, titled_spans
from tei.convert.wordscreen import ascii_words, may_hold

_INITIAL_WORD = re.compile(r"[A-Z]\.")
# a body's or office's field before the verb (`the Ministry of Transport handed`, other27),
# a word after `of`, `in`, `at`, `from` (cables58: `officials in Ramallah told`): no speaker;
# (lead96) nor the field after `and` in an office's name (`the Minister of Fuel and Power
# said`, `the Secretary of State for Health and Social Security told`)
_BODY_OF = re.compile(r"(?:\b(?:Ministry|Department|Office|Board|Bureau|Minister|Secretary"
                      r"|Commissioner|Committee|Council|Institute|Commission)\s++(?:of"
                      r"|(?:of\s++State\s++)?(?:of|for)\s++(?:the\s++)?(?:[A-Z][\w'’-]*+,?\s++){1,3}"
                      r"(?:and|&))|(?<![\w'’-])(?:of|in|at|from)(?:\s++the)?)\s++$")


class InlineReader(BracketMarks):
    """Annotates one line of text for one document (`Context`)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rules = rules(ctx.res.patterns)
        self._bodies = frozenset(ctx.res.patterns.words("office-words"))
        self._countries = frozenset(ctx.res.patterns.words("country-adjectives").values())

    def annotate(self, text: str, line: int, names: Iterable[tuple[int, int]] = ()) -> Inlines:
        """Inline content of `text`; `names` are spans that stand in a name position."""
        covers = cover_spans(text, self.ctx.res.patterns) if self.ctx.is_cover_document() else []
        if self.ctx.is_cover_document():  # (misses43) a name position's cover name: `MAJ[3]`
            covers += [(a, b) for a, b in names
                       if is_cover_word(text[a:b]) and (a, b) not in covers]
            covers += [span for span in self.ctx.glossed_short_spans(text) if span not in covers]
        found = specials(text, self.rules.obfuscation, self.rules.obfuscation_gates)
        if not found:  # no brackets: nothing to merge, no supplied given name or year
            plain = self._plain(text, 0, len(text), line, names, covers)
            return respelled_in_parentheses(plain, self.ctx, line) if " (" in text else plain
        out: Inlines = []
        pos = 0
        for special in found:
            out += self._plain(text, pos, special.start(), line, names, covers)
            out += self._special(special, text, line)
            pos = special.end()
        out += self._plain(text, pos, len(text), line, names, covers)
        given = supplied_given_names(corrected_years(merge(out)), line, self.ctx, self._marked)
        marked = unidentified_persons(supplied_surnames(given, self.ctx, line), self.ctx, line)
        if " [" in text:  # (wcda75) `Yü Chih-chung [Yu Zhizhong]`
            marked = respelled_in_brackets(marked, self.ctx, line)
        return respelled_in_parentheses(marked, self.ctx, line) if " (" in text else marked

    def _plain(self, text: str, start: int, end: int, line: int,
               names: Iterable[tuple[int, int]],
               covers: Iterable[tuple[int, int]] = ()) -> Inlines:
        if start >= end:
            return []
        piece = text[start:end]
        spans = [(a - start, b - start) for a, b in names if start <= a and b <= end]
        expanded = expanded_initials(piece)  # `D. (David) Hacohen`
        after = initials_after(piece, self.ctx)  # `Todorov S.`, `Zhivkov Zh.`: not Todor's
        found = joined_parts(piece, office_holders(piece, names_in_runs(piece, self.ctx, [
                 m for m in self.ctx.res.register.find(piece)
                 if not any(a < m.end and m.start < b for a, b, _ in expanded)
                 and not given_place(piece, m, self.ctx, self.rules)
                 and not particle_surname(piece, m, spans)
                 and not initialled_surname(piece, m, spans)
                 and not given_name_of_other(piece, m)
                 and not compound_surname(piece, m, self.ctx, self.rules)
                 and not inside_initialism(piece, m) and not within(m, after)
                 and not other_persons_surname(piece, m, self.ctx, self.rules)
                 and not eponym(piece, m, self.ctx.res.patterns)
                 and not modified_noun(piece, m, self.ctx.res.patterns)
                 and not (not piece[:m.start].strip() and other_given_name(
                     text[:start] + piece[:m.start], m.form, m.entry, self.ctx))]), self.ctx))
        marks = inverted_names(piece, spans, [
            self._name_mark(m, piece, qualifier(piece, m, found, self._countries)) for m in found])
        taken = Spans([(a, b) for a, b, _ in marks])
        for a, b, name in expanded:
            taken.add(a, b)
            entry = self.ctx.person(name, line)
            marks.append((a, b, Mark("persName", {"ref": f"#{entry.id}"}, [piece[a:b]])))
        marks += inverted_initials(piece, taken, self.ctx) + routing_marks(  # `Kuznetsov, V.V.;`
            piece, taken, self.ctx, line)  # (cables96) then `FOR WHA PDAS CSHAPIRO`
        marks += initials_after_marks(piece, after, taken, self.ctx, line)
        marks += [(a, b, Mark("persName", {"ref": f"#{entry.id}"}, [piece[a:b]]))
                  for a, b, entry in country_qualified(piece, found, taken, self.ctx, line)]
        marks += self._cover_marks(piece, [(a - start, b - start) for a, b in covers
                                           if start <= a and b <= end], taken, line)
        spans = list(spans)
        words = ascii_words(piece)  # rules the title scans out of most pieces at once
        courtesy = initial_honorific(self.ctx.res.evidence.honorifics(self.ctx.language))
        spans += self._honorific_spans(piece, courtesy, taken) if courtesy or may_hold(
            words, self.rules.honorific_words) else []
        spans += self._phrase_spans(piece) if may_hold(words, self.rules.phrase_words) else []
        titles = list(self.rules.title.finditer(piece)) \
            if may_hold(words, self.rules.title_words) else []
        speech = may_hold(words, self.rules.speech_words)
        # (each scan below finds nothing when the test before it fails: not called then)
        spans += suffixed_spans(piece, self.rules) if may_hold_suffix(piece) else []
        spans += said_spans(piece, titles, self.rules) if titles and "Said" in piece else []
        spans += titled_spans(piece, [t for t in titles if not taken.overlaps(*t.span())],
                              self.rules, self.ctx) if titles else []  # (lead86) see above
        spans += comma_titled_spans(piece, self.rules) if ("," in piece or " (" in piece) \
            and may_hold(words, self.rules.title_words) else []
        # a whole East Asian name before a part of it a speech verb or a known family name
        # marks (`Hoang Van Loi added`: not `Hoang` and `Van Loi`)
        spans += (east := east_asian_spans(piece, self.ctx.res.patterns))
        surnames.note_full_names(piece, east, self.ctx)  # (misses48) `Wang Kuo-chuan`, then `Wang`
        spans += ordered_name_spans(piece, self.ctx.res.patterns, self.ctx.res.register)
        spans += self._speaker_spans(piece, bool(titles), speech) if titles or speech else []
        spans += self._apposition_spans(piece) if ("," in piece or "(" in piece or ":" in piece) \
            and may_hold(words, self.rules.apposition_words) else []
        found = _TURN_LABEL.match(piece) if start == 0 and ": " in piece[:40] and \
            piece.rstrip().endswith(_TURN_ENDS) else None
        spans += [found.span("name")] if found else []  # (memcon75) `Ion Popescu: Comrade ...`
        spans += given_initial_capitals(piece, self.ctx, self.rules)  # (ocr72) before `known`
        spans += self._known_spans(piece) if self.ctx.local_surnames else []
        spans += [(given_name_before(piece, m.start(), self.ctx, self.rules), m.end())
                  for m in initials_matches(INITIALS_NAME, piece)] if "." in piece else []
        spans += [m.span() for m in initials_matches(INITIALS_CAPITALS_NAME, piece)] \
            if "." in piece and (not piece.isupper() or initials_name_alone(piece)) else []
        chosen = []  # (frus60) read in the text's order: `Secretary Dulles` before `by Dulles`
        for a, b in completed_later(spans, piece, text, end):
            a = self._after_titles(piece, a, b)
            b = a + len(unmarked(without_office(piece[a:b], self.ctx)))
            a -= len(given_names(piece, a, b, self.ctx))  # `López Mateos` met before
            if self._is_name(piece[a:b]) and not after_ship_prefix(piece, a) \
                    and not taken.overlaps(a, b) and not closes_name(piece, a, b, self.rules):
                taken.add(a, b)
                chosen.append((a, b))
        known = set(self.ctx.local_surnames) if chosen else None  # (only names met make more)
        marks += [(a, b, Mark("persName", {"ref": "#" + self.ctx.person(
            piece[a:b], line, title_before(piece, a, self.rules.title_joiners)).id},
            [piece[a:b]])) for a, b in sorted(chosen)]
        if known is not None and len(self.ctx.local_surnames) > len(known):  # met just now,
            marks += self._met_again(piece, self.ctx.local_surnames - known, taken, line)  # again
        marks += [(a, b, Mark("persName", {"ref": f"#{entry.id}"}, [piece[a:b]]))
                  for a, b, entry in office_surname_marks(piece, taken, self.ctx)
                  + drafting_marks(piece, taken, self.ctx, line)]
        completed = year_completed_after(text, end)  # `28/X/19[62]`: the year is no 1919
        for date in self.ctx.res.dates.find(unglued_years(piece, self.ctx)):
            if not taken.overlaps(date.start, date.end) and not (
                    completed and date.short_year and date.end == len(piece)):
                taken.add(date.start, date.end)
                value = date.with_year(self.ctx.year)
                marks.append((date.start, date.end,
                              Mark("date", {"when": value.iso()}, [piece[date.start:date.end]])))
        marks += self._glued_notes(piece, marks, line)
        return _weave(piece, sorted(marks, key=lambda m: m[0]))

    def _met_again(self, piece: str, met: set[str], taken: Spans,
                   line: int) -> list[tuple[int, int, Mark]]:
        """The mentions, in the same piece, of the surnames `met` of persons this piece has
        just named (`Counsellor Zhabrovsky ... According to Zhabrovsky,`), with the given
        names the document wrote them with (`Harishwar Dayal`); later pieces find them as
        `_known_spans`. A surname is the document's one local person of that surname's."""
        marks = []
        for a, b in standalone(piece, met, max(map(len, met))):
            a -= len(given_names(piece, a, b, self.ctx))
            if taken.overlaps(a, b) or not self._is_name(piece[a:b]):
                continue
            taken.add(a, b)
            local = self.ctx.local_persons(piece[a:b])
            entry = local[0] if len(local) == 1 else self.ctx.person(piece[a:b], line)
            marks.append((a, b, Mark("persName", {"ref": f"#{entry.id}"}, [piece[a:b]])))
        return marks

    def _cover_marks(self, piece: str, covers: list[tuple[int, int]], taken: Spans,
                     line: int) -> list[tuple[int, int, Mark]]:
        """A decrypt's cover names (`ROBERT`, `ZhENYa`) the register does not know: each
        points to the person (or place) a note glosses it with, else to its own entry; a
        surname in capitals (`FITIN`) to the person the document has named."""
        marks = []
        for a, b in covers:
            entry = None if taken.overlaps(a, b) else self.ctx.cover(piece[a:b], line)
            if entry is not None:
                taken.add(a, b)
                marks.append((a, b, Mark(KINDS[entry.kind], {"ref": f"#{entry.id}"},
                                         [piece[a:b]])))
        return marks

    def _glued_notes(self, piece: str, marks: list[tuple[int, int, Mark]],
                     line: int) -> list[tuple[int, int, Mark]]:
        """Notes whose markers are glued to a name (`Gaitskell4`) or a year (`19561`)."""
        ends = [end for _, end, mark in marks if mark.tag in _NAMED or mark.tag == "date"]
        found = glued_markers(piece, ends, self.ctx)
        glued = word_glued_markers(piece, self.ctx, {marker for _, _, marker in found})
        found += [(a, b, marker) for a, b, marker in glued
                  if not any(start <= a < end for start, end, _ in marks)
                  and all(a != start for start, _, _ in found)]
        return [(start, end, *self._note(marker, marker, line)) for start, end, marker in found]

    def _after_titles(self, text: str, start: int, end: int) -> int:
        """Start of a name span once leading titles (`Ambassador Bruce`, `Army General B.
        Lomský`) are left out."""
        skip = self.rules.leading_words
        words = [(w.start(), w.group().rstrip(".").casefold(), w.group())
                 for w in NON_SPACE.finditer(text[start:end])]
        k = 0
        while k < len(words):
            if _INITIAL_WORD.fullmatch(words[k][2]):
                return start + words[k][0]  # `A. D. SINYAVSKII`: an initial, not the article
            if k + 1 < len(words) and f"{words[k][1]} {words[k + 1][1]}" in skip:
                k += 2
            elif words[k][1] in skip:
                k += 1
            else:
                return start + words[k][0]
        return end

    def _is_name(self, text: str) -> bool:
        """A name has a word of two letters or more that is not an honorific, and no word
        of an office, a document type or a function word."""
        words = [w.rstrip(".").casefold() for w in text.split()]
        if len(words) == 1 and (is_suffix(words[0]) or words[0] in HONORIFIC_SUFFIXES):
            return False  # `Thomas J. Coolidge, Jr.`: the suffix after the comma; `Pasha`
        if len(words) > 1 and words[-1] in self._bodies and all(
                len(w.replace(".", "")) <= 2 for w in words[:-1]):
            return False  # (wc50) a body's initials before an office word: `C.C. Secretary`
        return any(len(w) > 1 and w not in self.rules.titles for w in words) and \
            self.ctx.plausible_name(text)

    def _name_mark(self, match: NameMatch, piece: str,
                   qualifier: str = "") -> tuple[int, int, Mark]:
        """The name's element (an organisation's told by its `qualifier` or the country
        words before it, when they tell; a person's after a title for the living checked
        against the document's year); places named inside an organisation's name are
        tagged too."""
        before = title_before(piece, match.start)
        title = before.split()[-1:]
        living = match.entry.kind == "person" and bool(title) and \
            title[0].casefold() in self.ctx.res.patterns.words("living-titles")
        country = country_before(piece, match.start) if match.entry.kind == "org" else ""
        entry = self.ctx.use_form(match.entry, match.form, qualifier, living, country, before)
        surnames.note_full_name(match.form, entry, self.ctx)  # its later bare mentions
        start = initials_before(piece, match, self.ctx)
        children: Inlines = [piece[start:match.end]]
        if entry.kind == "org":
            inner = [(m.start, m.end, Mark("placeName", {"ref": f"#{self.ctx.use(m.entry).id}"},
                                           [m.form]))
                     for m in self.ctx.res.register.find(match.form, ("place",))]
            children = _weave(match.form, inner)
        return start, match.end, Mark(KINDS[entry.kind], {"ref": f"#{entry.id}"}, children)

    def _marked(self, rest: str, line: int) -> Inlines:
        """The text after a surname (`JELEN1`): a note marker glued to it is the note's."""
        glued = glued_markers(rest, [0], self.ctx)
        return [*self._note(glued[0][2], glued[0][2], line), rest[glued[0][1]:]] if glued \
            else [rest]

    def _speaker_spans(self, piece: str, titled: bool, speech: bool) -> list[tuple[int, int]]:
        """`Zheng said`: a capitalised name before a verb of speech (when `speech`: `piece`
        may hold one); `Heo Dam, DPRK Vice-Prime Minister`: a name of two or three words
        before a title in apposition (when `piece` has a title)."""
        found = list(self.rules.speaker.finditer(piece)) \
            if speech and self.rules.speech.search(piece) else []
        if titled:
            found += self.rules.appositive.finditer(piece)
        spans = [self._without_leading_not_names(m) for m in found]
        return [(_two_letter_family(piece, a, b, self.ctx.res.patterns), b) for a, b in spans
                if not any(POSSESSIVE.sub("", w.casefold()) in self.rules.not_names
                           for w in re.split(r"[\s-]", piece[a:b]))
                and not _BODY_OF.search(piece, 0, a)
                and not self.ctx.res.register.find(piece[a:b])]

    def _apposition_spans(self, piece: str) -> list[tuple[int, int]]:
        """`Elena Ceausescu, member of the Executive Political Committee`: a participants
        list's name before its role; none a word of which may not stand in a name or that
        the register knows (its own match tags it)."""
        spans = [m.span(m.lastgroup or 0) for m in self.rules.apposition.finditer(piece)]
        return [(a, b) for a, b in spans
                if not any(w.casefold() in self.rules.not_names
                           for w in re.split(r"[\s-]", piece[a:b]))
                and not self._register_name(piece[a:b])]

    def _register_name(self, name: str) -> bool:
        """Whether the register knows `name` whole (`Stefan Andrei`; not `Elena Ceausescu`,
        whose surname alone it knows)."""
        return any(m.start == 0 and m.end == len(name) for m in self.ctx.res.register.find(name))

    def _without_leading_not_names(self, match: re.Match[str]) -> tuple[int, int]:
        """A speaker's name without an adverb before it (`Yesterday Schuurman handed`)."""
        start, end = match.span("name")
        first = match.group("name").split(maxsplit=1)
        if len(first) == 2 and first[0].casefold() in self.rules.adverbs:
            return end - len(first[1]), end
        return start, end

    def _known_spans(self, piece: str) -> list[tuple[int, int]]:
        """Surnames of persons this document has already met in a name position or in full,
        none after an initial (`R. Kennedy`: the initials tell whose; `M. Lacoste` is
        Monsieur's, an `initial-honorifics` row)."""
        honorifics = self.ctx.res.patterns.words("initial-honorifics")
        return [(a, b) for a, b in standalone(piece, self.ctx.local_surnames,
                                              self.ctx.longest_surname)
                if not ((initial := _INITIAL_BEFORE.search(piece, 0, a))
                        and initial.group().strip().casefold() not in honorifics)]

    def _honorific_spans(self, piece: str, courtesy: re.Pattern[str] | None, taken: Spans
                         ) -> list[tuple[int, int]]:
        """Names after an honorific, and (lang46) after a courtesy title of the text's
        language written like an initial (`courtesy`: `M. MOLOTOFF` in French); (lead86)
        none after a word of a name already marked (`the Maurice Bishop Patriotic
        Movement`: no person `Patriotic` after the surname Bishop), nor after such a title."""
        spans = []
        for honorific in [*self.rules.honorific.finditer(piece),
                          *(courtesy.finditer(piece) if courtesy else ())]:
            group = None if taken.overlaps(*honorific.span()) else NAME_LIST.match(
                piece, honorific.end())
            if group:
                spans += name_spans(piece, group.start(), before_role(
                    piece, group.start(), capitals_name_end(  # (lead96) `MRS. PERON STOOD`
                        piece, group.start(), self._before_next_honorific(piece, group),
                        self.ctx), self.ctx))
        return spans

    def _before_next_honorific(self, piece: str, group: re.Match[str]) -> int:
        """A name run's end before the next honorific (`Comrade Kliszko Comrade Krajewski`)."""
        following = self.rules.honorific.search(piece, group.start(), group.end())
        return len(piece[:following.start()].rstrip()) if following else group.end()

    def _phrase_spans(self, piece: str) -> list[tuple[int, int]]:
        """`in the presence of Mikoyan and Gromyko`: names after a `name-phrases` row,
        none in capitals (`talks with NATO`) nor before a plural noun, as an adjective
        stands (`talks with Katangese leaders`), nor a day or month (`informed Monday`)."""
        spans = []
        for phrase in self.rules.phrase.finditer(piece):
            group = NAME_LIST.match(piece, phrase.end())
            if group:
                spans += [(a, b) for a, b in name_spans(piece, group.start(), group.end())
                          if not piece[a:b].isupper() and not before_plural_noun(piece, b)
                          and not self._before_body_noun(piece, b)
                          and piece[a:b].casefold() not in self.rules.not_names]
        return spans

    def _before_body_noun(self, piece: str, at: int) -> bool:
        """Does a lower-case noun of a body (`leadership`, `government`: `office-words`)
        follow `at`, so that the word before it is an adjective (`a meeting with Cuban
        leadership`)?"""
        following = piece[at:at + 40].split(maxsplit=1)
        word = following[0].rstrip(".,;:") if following and piece[at:at + 1].isspace() else ""
        return len(word) > 3 and word.islower() and word in self._bodies


def _weave(text: str, marks: list[tuple[int, int, Mark]]) -> Inlines:
    out: Inlines = []
    pos = 0
    for start, end, mark in marks:
        if start < pos:
            continue
        if start > pos:
            out.append(text[pos:start])
        out.append(mark)
        pos = end
    if pos < len(text):
        out.append(text[pos:])
    return out


# a surname in capitals (Polish ciphergrams) may carry a footnote marker glued to it
# (`[Ambassador Boleslaw] JELEN1`, `[Director General Jerzy] MICHALOWSKI, Immediate`)
_NAMED = frozenset(KINDS.values())
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.\s?$")  # `R. ` before a surname


# (memcon75) a speaker's turn in a record opening its paragraph with his given name and
# surname, a colon and his words (`Ion Popescu: Comrade Gheorghiu-Dej asked me ...`)
_TURN_LABEL = re.compile(r"(?P<name>[A-Z][a-z]{1,15}+(?:[ -][A-Z][a-z'’]{1,20}+){1,2})"
                         r":\s(?=[A-Z][a-z])")
_TURN_ENDS = (".", "!", "?", '"', "”", "»")  # the turn's words end a sentence (no title)

# (wcda72) a family name of two letters before a speaker's one given name (`Le Trang said`)
_TWO_LETTERS_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z])\s$")


def _two_letter_family(piece: str, start: int, end: int, patterns: Patterns) -> int:
    """Start of a speaker's name with the East Asian family name of two letters before its
    one given name (`Le Trang said`: Le Trang, not Trang; the `east-asian-names` table's
    `family-two` row), which the speaker pattern's words of three letters leave out."""
    found = _TWO_LETTERS_BEFORE.search(piece, max(0, start - 4), start)
    name = piece[start:end]
    if found and " " not in name and is_given_name(name) \
            and patterns.words("east-asian-names").get(found.group(1).casefold()) == "family-two":
        return found.start(1)
    return start
