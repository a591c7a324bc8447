"""Cover names of a decrypt (Venona and the like), read for the document's `Context`: whether
the document is a decrypt, the entry each cover name stands for (the person or place its
notes gloss it with, a person the document names by that surname, else a local entry)."""

from __future__ import annotations

import re

from tei.convert.covernames import (
    after_titles,
    cover_element,
    described,
    gloss,
    is_cover_document,
    is_cover_word,
    is_prose_line,
    with_pseudonym,
)
from tei.convert.name_index import slug
from tei.convert.register import Entry

_ROMAN = re.compile(r"^[ivxlc]+$")


class CoverNames:
    """The cover-name part of a document's `Context` (whose state it reads: text, footnotes,
    register, the entries used and local)."""

    def is_cover_document(self) -> bool:
        """Does the document say it is a decrypt with cover names (`decrypt-evidence`)?"""
        if self._cover_document is None:
            self._cover_document = is_cover_document(self.text, self.res.patterns)
        return self._cover_document

    def cover(self, word: str, line: int) -> Entry | None:
        """The entry a decrypt's cover name (`VIKTOR`) stands for: the person or place a
        note of the document glosses it with (the cover name a pseudonym of the person),
        the person already named when it is that person's surname (`FITIN`), else a local
        entry of its own; None when `word` is no cover name."""
        if not self.is_cover_document() or not is_cover_word(word):
            return None
        if self._covers is None:
            self._covers = {}
            self._glossed_covers()
        if word in self._covers and self._covers[word] is None:
            return None  # (intel69) `ENORMOUS: The atomic bomb project.`: a cover term
        if word not in self._covers and self._is_surname(word):
            return self._new_or_local("person", word, line)  # `FITIN` after `P. M. FITIN`
        if word not in self._covers:
            ident = self.res.register.new_id("person", word, self.used)
            self._covers[word] = Entry(ident, "person", word.title(), cover_element(ident, word))
            self.warn(line, f"'{word}' is a cover name the document does not gloss; tagged "
                      f"with a local entry '{ident}'. Add it as a pseudonym of its person "
                      "to corpus/register/persons.xml when known", "cover-name")
        return self.use(entry) if (entry := self._covers[word]) else None

    def _is_surname(self, word: str) -> bool:
        """Is `word` the surname of a person the document names (a cover name is often a
        given name that is some register person's surname: `RICHARD`, `ALBERT`)?"""
        return slug(word) in self._local_by_surname or slug(word) in self._used_by_surname

    def glossed_short_spans(self, text: str) -> list[tuple[int, int]]:
        """(intel79) Spans in `text` of the three-letter cover names the notes gloss with a
        name (`OTT: Eugen OTT, ...`, `ABE: Agnes SMEDLEY, ...`), which `cover_spans` reads
        as acronyms otherwise."""
        if self._covers is None:
            self._covers = {}
            self._glossed_covers()
        short = [word for word, entry in self._covers.items() if entry and len(word) == 3]
        if not short or not is_prose_line(text):
            return []
        return [found.span() for word in short if word in text
                for found in re.finditer(rf"(?<![\w'’-]){word}(?![\w'’-])", text)]

    def _glossed_covers(self) -> None:
        """The cover names the document's notes gloss (`VIKTOR: Lt. Gen. P. M. FITIN.`)."""
        assert self._covers is not None
        for line, note in self.footnotes.values():
            found = gloss(note, self.res.patterns)
            if found is None and (term := described(note, self.res.patterns)):
                self._covers.setdefault(term, None)
            if found is None or found.cover in self._covers:
                continue
            self._gloss_cover(found.cover, note[found.start:found.end], line)
        self._prose_glosses()

    def _prose_glosses(self) -> None:
        """(intel76) The cover names the text glosses in brackets (table `cover-gloss-prose`:
        `Colonel Arkady Sukhanov (cover name KHAROV)`, `SEMYON (Lieutenant-Colonel Oleg
        Gavrilenko)`), as archivists' notes on KGB files write them (Mitrokhin, Vassiliev)."""
        assert self._covers is not None
        for row in self.res.patterns.rows("cover-gloss-prose"):
            if not row.may_occur(self.text):
                continue
            for hit in row.regex.finditer(self.text):
                cover = hit.group("cover")
                start = after_titles(self.text, hit.start("name"), self.res.patterns)
                name = self.text[start:hit.end("name")]
                if cover in self._covers or not is_cover_word(cover) or " " not in name \
                        or is_cover_word(name.split()[-1]):
                    continue
                self._gloss_cover(cover, name, self.text.count("\n", 0, start) + 1)

    def _gloss_cover(self, cover: str, name: str, line: int) -> None:
        """`cover` glossed with `name`: the place the register knows by that name (`TYRE:
        New York City`), else the person, the cover name one of its pseudonyms."""
        assert self._covers is not None
        named = self.res.register.find(name)
        if len(named) == 1 and named[0].form == name and named[0].entry.kind != "person":
            self._covers[cover] = named[0].entry
            return
        person = self.res.register.lookup(capitals_titled(name))
        person = self.use(person) if person and person.kind == "person" else \
            self._new_or_local("person", name, line)
        self._covers[cover] = with_pseudonym(person, cover)
        self.used[person.id] = self._covers[cover]


def capitals_titled(name: str) -> str:
    """`Jan KOWALCZYK` as `Jan Kowalczyk`: a surname in capitals among mixed-case words
    (not a Roman numeral), (ocr64) also with the NSA's digraphs (`KHEJFETs`: `Khejfets`)."""
    return " ".join(w.title() if len(w) > 2 and (w.isupper() or is_cover_word(w))
                    and not _ROMAN.match(w.casefold()) else w for w in name.split())
