"""What recognition needs: resources built once per process, and per-document state."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tei.convert import org_country, surnames
from tei.convert.aliases import Aliases, local_element
from tei.convert.ambiguity import candidates, context_ids, in_context, party_occupations, told_apart
from tei.convert.capitals_heading import without_monsieur
from tei.convert.capitals_trim import capitals_surname
from tei.convert.countries import of_that_country
from tei.convert.cover_context import CoverNames, capitals_titled
from tei.convert.eastasian import family_first
from tei.convert.initials import initials_and_surname, initials_fit
from tei.convert.lifespan import in_office_reach, living_in, may_be_actor
from tei.convert.loading import Resources
from tei.convert.local_names import LocalNames
from tei.convert.name_index import slug, without_honorific, without_suffix
from tei.convert.namerules import capitals_name_titled, given_name_first, plausible_name
from tei.convert.namesakes import living_namesake, namesake, of_namesakes, told_by_context
from tei.convert.register import Entry
from tei.convert.romanised import plain
from tei.convert.spelling import known_spelling, misread_of, variant_of
from tei.diagnostics import Diagnostic, Severity

# (lead73) a hyphen left by a word in capitals broken at a line's end (`KARDE-` / `LJ`):
# the register may know the name whole (`KARDELJ`)
_UNBROKEN = re.compile(r"(?<=[A-Z]{2})-(?=[A-Z]{2})")


@dataclass
class Context(CoverNames, Aliases, LocalNames):
    """Per-document state: the entries used, local entries, warnings, the year in force."""

    res: Resources
    path: str
    year: int | None = None
    text: str = ""
    language: str = ""  # (lang46) the body's language (`text_language`), once segmented
    title_parties: str = ""  # the page title's sender and addressee parts, one a line
    monsieur: bool = False  # the heading names its parties `M. X` (capitals_heading)
    footnotes: dict[str, tuple[int, str]] = field(default_factory=dict)
    placed_notes: set[str] = field(default_factory=set)
    warnings: list[Diagnostic] = field(default_factory=list)
    used: dict[str, Entry] = field(default_factory=dict)
    local: dict[str, Entry] = field(default_factory=dict)
    aliased: dict[str, str] = field(default_factory=dict)  # a dropped local id: its entry's
    local_surnames: set[str] = field(default_factory=set)
    longest_surname: int = 0
    _used_by_surname: dict[str, list[Entry]] = field(default_factory=dict)
    _local_by_surname: dict[str, list[str]] = field(default_factory=dict)
    _spellings: dict[str, str] = field(default_factory=dict)  # see `_local_spelling`
    _in_context: dict[tuple[str, str, tuple[str, ...], bool, bool], Entry | None] = field(
        default_factory=dict)
    _cover_document: bool | None = None
    # answers the stages ask about a line again and again (see `tei.convert.recall`)
    recalled: dict[tuple[str, str, tuple[str, ...] | None], Any] = field(default_factory=dict)
    _covers: dict[str, Entry | None] | None = None  # None: a cover term its note describes

    def warn(self, line: int, message: str, rule: str) -> None:
        """Record a warning about `line` of the source."""
        self.warnings.append(Diagnostic(self.path, line, 1, Severity.WARNING, message, rule))

    def use(self, entry: Entry) -> Entry:
        """Note that the document refers to `entry`."""
        if entry.id not in self.used:
            self.used[entry.id] = entry
            if entry.kind == "person":
                for key in self._surnames(entry.reg):
                    self._used_by_surname.setdefault(key, []).append(entry)
        return entry

    def _surnames(self, reg: str) -> set[str]:
        """The keys a name's surname is looked up by, without case or diacritics
        (`Drożniak`, `DROZNIAK`): its last word, and the first of a family-first East Asian
        name (`Choi Kyu-hah`: `Mr. Choi`)."""
        words = without_suffix(reg.split())  # `Paul Martin Sr.`: `Martin`
        return {slug(words[-1]), *([slug(words[0])] if family_first(reg, self.res.patterns)
                                   else [])}

    def use_form(self, entry: Entry, form: str, qualifier: str = "",
                 living: bool = False, country: str = "", title: str = "") -> Entry:
        """(global76) `_use_form`; a register person the document names in a family-first
        form of another spelling than the register's (`Chi Peng-fei`, the register's Ji
        Pengfei) is also the person its family name alone names after it (`Chi said`)."""
        used = self._use_form(entry, form, qualifier, living, country, title)
        if used is entry and entry.kind == "person":  # `Chi`; (cables92) `Lopez` (`surnames`)
            for key in surnames.form_surnames(form, self.res):
                named = self._used_by_surname.setdefault(slug(key), [])
                if entry not in named:
                    named.append(entry)
        return used

    def _use_form(self, entry: Entry, form: str, qualifier: str = "",
                  living: bool = False, country: str = "", title: str = "") -> Entry:
        """`entry`, which the register matched in `form`; but a surname alone (`Malik`) is
        the one person of that surname the document has already named in full (`Adam
        Malik`) when the register's surname form points at another, unnamed one. A
        `qualifier` after the name (`of the Mongolian People's Republic`; a person's
        country in parentheses: `Martin (Canada)`) is its context instead of the
        document's, and so are the `country` words before it (`Polish MFA`) when they tell.
        A name in a `living` actor's position (`Comrade X`, an addressee) is no register
        person dead or unborn in the document's year, nor, by the surname alone, one whose
        dated offices lie far from it; (misses48) in any position none born after the
        document's year; by the surname alone after a `title`, see `_by_title`
        and, after a courtesy title of the other sex than the person's, `surnames.of_sex`."""
        if entry.kind == "person" and not (may_be_actor(entry, form, self.year) if living
                                           else surnames.may_be_named(entry, form, self)):
            other = living_namesake(entry, form, self.res.register, self.year)
            return self.use(other) if other else self._not_living(entry, form)
        told = surnames.title_sex(title, self.res.patterns) if entry.kind == "person" else None
        if told and entry.element.get("sex") not in (None, told):  # `Mrs. Reagan`: not Ronald
            return surnames.of_sex(form, told, self, title)  # (names94) `Mrs. Dusan Kveder`
        if (entry.kind == "person" and title and len(form.split()) == 1
                and (holder := self._by_title(entry, form, title)) is not None):
            return holder
        if entry.kind == "person" and qualifier and len(form.split()) == 1:
            return self.person_of_country(form, qualifier, 1, entry)
        if entry.kind == "person" and len(form.split()) == 1 and entry.id not in self.used:
            named = surnames.of_told_sex(self._used_by_surname.get(slug(form.strip("'’")), []),
                                         told or entry.element.get("sex"))
            if len(named) == 1:
                return self.use(named[0])
        if (other := told_by_context(entry, form, self)) is not None:  # (lead96) `Malik`
            return self.use(other)
        if entry.kind == "org" or (entry.kind == "person" and self._has_context(entry, form)):
            return self.use(self._in_context_entry(entry, form, qualifier, country))
        chosen = of_namesakes(entry, form, self.res.register, self.year)
        return self.use(chosen) if chosen else self._new_or_local("person", form, 1, known=False)

    def person_of_country(self, surname: str, country: str, line: int,
                          entry: Entry | None = None) -> Entry:
        """The person a surname with its country in parentheses names (`Martin (Canada)`):
        the one register person of that surname (`entry`, matched by it, or another),
        living in the document's year and near their dated offices, whose occupations name
        that country; else a local person (never a namesake of another country)."""
        persons = {*([entry] if entry else []), *self.res.register.persons_by_surname(surname)}
        fitting = of_that_country(persons, country, self.res.register, self.res.patterns,
                                  self.year)
        if len(fitting) == 1 and fitting[0] != entry:
            self.warn(line, f"'{surname} {country.strip()}' taken as {fitting[0].reg} "
                      f"('{fitting[0].id}'), the only person of that surname and country in "
                      "the register who fits; check", "surname-only")
        return self.use(fitting[0]) if len(fitting) == 1 else \
            self._new_or_local("person", surname, line, known=False)

    def _has_context(self, entry: Entry, form: str) -> bool:
        """Whether the persons a name several register entries share (`Kennedy`) have
        context rows (`name-context`) to tell them apart."""
        told = context_ids(self.res.patterns)
        return any(e.id in told for e in candidates(self.res.register, entry, form))

    def _in_context_entry(self, entry: Entry, form: str, qualifier: str = "",
                          country: str = "") -> Entry:
        """The organisation or person a name several register entries share stands for in
        this document (`Foreign Office` in a West German telex is the Auswärtiges Amt), told
        by the document's context (`name-context` table), or by the `qualifier` after the
        name when there is one (a ministry `of the Mongolian People's Republic` is no
        other country's, whatever the document's context; nor one under a letterhead's
        country, even one entry's: `DEPARTMENT OF STATE` under `REPUBLIC OF LIBERIA`; nor
        one after another country's adjective than all of theirs: `the Mexican Congress`);
        without such evidence a local entry, with a warning, never a guess; an
        organisation's own country first (`org_country`)."""
        org = entry.kind == "org"
        shared = (org and org_country.named_before(form, self.used.values(), qualifier + country)
                  ) or candidates(self.res.register, entry, form, self.year)
        register = self.res.register
        host = self.res.patterns.words("host-bodies").get(form.casefold(), "")
        shared = org_country.of_party(qualifier, shared, register) if host == "party" else shared
        head = "" if qualifier or not org else org_country.letterhead(self.text, form, register)
        foreign = org_country.other_adjective(shared, country, self.res) if org else ""
        if len(shared) == 1 and not (org and (
                foreign or org_country.other_country(entry, qualifier or head, self.res))):
            return shared[0]
        chosen = org_country.of_place(qualifier or head, shared, register) if org else None
        chosen = chosen or (None if qualifier or head or not country or foreign
                            else self._told(country, shared))
        chosen = chosen or (None if foreign or not shared else self._told(
            qualifier or head or self.text, shared, parties=not _adjective(country), host=host))
        if chosen is not None:
            return chosen
        reg = org_country.qualified_name(form, qualifier) if org else form
        reg = f"{foreign} {reg}".strip().title() if reg.isupper() else f"{foreign} {reg}".strip()
        key = f"{entry.kind}:{reg.casefold()}"
        if key not in self.local:
            ident = self.res.register.new_id(entry.kind, reg, self.used)
            self._keep_local(key, Entry(ident, entry.kind, reg,
                                        local_element(entry.kind, ident, reg)))
            names = ", ".join(f"'{e.id}'" for e in shared)
            self.warn(1, f"'{form}' names {names} in the register and the document's context "
                      f"confirms none of them; left unresolved as the local entry '{ident}'. "
                      "Check", "ambiguous-name")
        return self.local[key]

    def _not_living(self, entry: Entry, form: str, line: int = 1) -> Entry:
        """A local person for `form`, which names a living actor the register's `entry`
        cannot be in the document's year (dead, not yet born, or named by the surname alone
        far from their dated offices), warned."""
        self.warn(line, f"'{form}' is not taken as {entry.reg} ('{entry.id}'), who was not "
                  f"living in {self.year} or held the register's offices far from it; check",
                  "not-living")
        return self._new_or_local("person", form, line, known=False)

    def _by_title(self, entry: Entry, form: str, title: str) -> Entry | None:
        """The person a surname alone after a title names, for the register's `entry`: never
        one whose recorded occupations hold no post the title names (`Ambassador Nehru` in
        1963: the register's namesake who held it, B. K. Nehru, else a local person,
        warned); a namesake holding the office the title names (`Attorney General Kennedy`:
        Robert F. Kennedy, not the President); None when the title tells nothing."""
        posts = self.res.patterns.words("post-titles")
        title = title.rsplit(",", 1)[-1].strip()  # `McNamara, Attorney General`
        last = title.split()[-1:]
        if not last or self.res.patterns.words("honorifics").get(last[0].casefold()) != "title":
            return None  # `KHRUSHCHEV MESSAGE TO Kennedy`, `Dr. Kissinger`: no office
        if not surnames.holds_posts(entry, last, posts):
            holder = self._by_surname(form, form, 1, last[0])
            if isinstance(holder, Entry) and holder != entry:
                return holder
            self.warn(1, f"'{last[0]} {form}' is not taken as {entry.reg} "
                      f"('{entry.id}'), whose recorded offices hold no such post; check",
                      "not-in-post")
            return self._new_or_local("person", form, 1, known=False)
        namesakes = [e for e in self.res.register.persons_by_surname(form)
                     if living_in(e, self.year)]
        holder = surnames.fitting_in_year(namesakes, title, posts, self.year)
        if holder is None or holder == entry:
            return None if holder is None else self.use(entry)
        self.warn(1, f"'{form}' after '{title}' taken as {holder.reg} ('{holder.id}'), the "
                  "register's one person of that surname holding that office; check",
                  "surname-only")
        return self.use(holder)

    def _told(self, text: str, shared: tuple[Entry, ...], parties: bool = True,
              host: str = "") -> Entry | None:
        """The one of `shared` that `text` gives the context of (evidence read once); the
        `parties`' own countries first, unless an adjective names another country, and a
        party body's (`host`) the host country of the parties' mission before them."""
        key = (text, self.title_parties, tuple(e.id for e in shared), parties, host)
        if key not in self._in_context:
            occupations = party_occupations(self.title_parties, self.res.register)
            self._in_context[key] = in_context(text, shared, self.res.patterns, parties, host,
                                               self.title_parties, occupations)
        return self._in_context[key]

    def plausible_name(self, name: str) -> bool:
        """Could `name` be a person's name? (see `namerules.plausible_name`)"""
        return plausible_name(name, self.res.patterns)

    def person(self, name: str, line: int, title: str = "") -> Entry:
        """The register entry for a name in a name position (after `title`) or a new local one."""
        return self.entry("person", name, line, title)

    def local_person(self, name: str, line: int) -> Entry:
        """A local person for a name the editors say they could not identify: never the
        register's person of that name (warned when new)."""
        return self._new_or_local("person", given_name_first(self.trimmed(name)), line,
                                  known=False)

    def entry(self, kind: str, name: str, line: int, title: str = "") -> Entry:
        """The register entry of `kind` for a name in a name position, or a new local entry
        (warned, naming the register file to extend)."""
        if kind == "person":
            name = given_name_first(self.trimmed(name))
        known = self.res.register.lookup(name) or (
            surnames.of_first_surname(name, self) if kind == "person" else None) or (
            self.res.register.lookup(_UNBROKEN.sub("", name)) if _UNBROKEN.search(name) else None)
        if known is None and kind == "person" and (turned := self._given_first(name)):
            known = self.res.register.lookup(turned)  # (ocr75) `Horváth Imre`: Imre Horváth
        known = of_namesakes(known, name, self.res.register, self.year) if known else None
        if known and known.kind == kind:
            return self.use(known) if known.kind != "person" or may_be_actor(
                known, name, self.year) else self._not_living(known, name, line)
        cover = self.cover(name, line) if kind == "person" else None
        if cover is not None and cover.kind == "person":
            return cover
        return self._new_or_local(kind, name, line, title)

    def _given_first(self, name: str) -> str | None:
        """(ocr75) A name of two words written surname first, its second a given name of the
        `surname-first-given` table (`Horváth Imre`), in the register's order (`Imre
        Horváth`); None for any other name."""
        words = name.split()
        if len(words) != 2:
            return None
        given = self.res.patterns.words("surname-first-given")
        return f"{words[1]} {words[0]}" if plain(words[1]) in given and plain(
            words[0]) not in given else None

    def _new_or_local(self, kind: str, name: str, line: int, title: str = "",
                      known: bool = True) -> Entry:
        """A name the register lacks as written: a register person by surname or spelling
        (when `known` ones may be), else a local entry."""
        name = without_monsieur(name) if kind == "person" and self.monsieur else name
        known_bare = known_spelling(name, kind, self.monsieur, self.res.register)
        if known_bare is not None and known_bare.kind == "person":  # (repost67) `M. Pashitch`
            return self.use(known_bare)
        reg = capitals_name_titled(name) if name.isupper() else capitals_titled(name)
        bare = " ".join(without_honorific(reg.split())) if kind == "person" else reg
        key = self._local_spelling(f"{kind}:{bare.casefold()}")  # `Said Halim [Pasha]`: one
        if key not in self.local and kind == "person" and known:
            found = self._by_surname(name, reg, line, title) or self._variant(name, line)
            if isinstance(found, Entry):
                return found
            key = found or key
        if key not in self.local and kind == "person" and known \
                and (ending := self._ending_of_named(bare)) is not None:
            return self.use(ending)
        if key not in self.local and kind == "person":
            fuller = self._fuller_local(reg, line)
            if fuller is not None:
                self._keep_local(key, fuller)
        if key not in self.local:
            ident = self.res.register.new_id(kind, reg, self.used)
            self._keep_local(key, Entry(ident, kind, reg, local_element(kind, ident, reg)))
            if kind == "person":
                for surname in surnames.local_surnames(reg, self.res):  # (cables92) `Lopez`
                    self._local_by_surname.setdefault(slug(surname), []).append(key)
                    self.note_surname(surname)
            self.warn(line, f"'{name}' is not in the register; tagged with a local entry "
                      f"'{ident}'. Add a <{kind}> for it to corpus/register/{kind}s.xml",
                      "unknown-name")
        return self.use(self.local[key])

    def local_persons(self, surname: str) -> list[Entry]:
        """The document's local persons named so far with that surname."""
        return [self.local[key] for key in self._local_by_surname.get(slug(surname), [])]

    def named_by_surname(self, surname: str) -> list[Entry]:
        """The persons, register or local, the document has named so far with that surname."""
        return [*self._used_by_surname.get(slug(surname), []), *self.local_persons(surname)]

    def _by_surname(self, name: str, reg: str, line: int, title: str) -> Entry | str | None:
        """A surname alone (`Ball`) or after initials (`W. G. Hayter`, `M. Faure`): the one
        person of the document, else of the register, with that surname and fitting
        initials (and `title`); else the key of the one local entry with that surname (and
        initials that fit: wcda72)."""
        initials, surname = initials_and_surname(reg)
        if surname is None:
            return None
        honorific = set() if title else {  # `Mr M. MacDonald`: after a title, an initial
            w.rstrip(".") for w in self.res.patterns.words("initial-honorifics")}
        fits = surnames.sexed([e for e in self._used_by_surname.get(slug(surname), [])
                               if initials_fit(initials, e, honorific)], title, self)
        if len(fits) == 1:
            return fits[0]
        fitting = surnames.sexed([e for e in self.res.register.persons_by_surname(surname)
                                  if initials_fit(initials, e, honorific)
                                  and living_in(e, self.year)], title, self)
        if initials or title:  # told apart by their offices' years only when initials or a
            fitting = surnames.in_office_then(  # title name them (`General Stilwell`)
                fitting, self.year)
        posts = self.res.patterns.words("post-titles")  # else the claimer
        known = surnames.one_fitting(fitting, title, posts) or namesake(  # (`namesakes`)
            fitting, surname, self.year, title, posts) or told_apart(fitting, self)
        if known and not initials and known.id not in self.used \
                and not in_office_reach(known, self.year):
            self.warn(line, f"'{name}' is not taken as {known.reg} ('{known.id}'), the only "
                      "person of that surname in the register, whose dated offices lie "
                      f"far from {self.year}; check", "surname-only")
            known = None
        if known:
            self.warn(line, f"'{name}' taken as {known.reg} ('{known.id}'), the only person "
                      "of that surname in the register who fits; check", "surname-only")
            return self.use(known)
        same = [k for k in self._local_by_surname.get(slug(surname), [])  # (wcda72) `D.
                if initials_fit(initials, self.local[k].reg, set())]  # Sokolov`
        return same[0] if len({self.local[k].id for k in same}) == 1 else None  # (wcdb84)

    def trimmed(self, name: str) -> str:
        """`name` without an office symbol or possessive set after it (`name-trim`)."""
        for row in self.res.patterns.regexes.get("name-trim", ()):
            cut = row.regex.sub(row.name, name)
            keep = capitals_surname(name, cut, self.res.register, self.res.patterns)
            name = name if keep else cut
        return name.strip()

    def _variant(self, name: str, line: int) -> Entry | None:
        """The register person whose surname `name` spells another way (`Semjonow` for
        Semyonov) or misreads by a letter (`MALCOLM MarDONALD`), warned; its spelling is
        kept for the surname's later mentions; (frus66) none dead or unborn in the document's
        year (`Archbishop Gomez` of 2019 is no Costa Gomes)."""
        known = variant_of(name, self.res.register, self.res.patterns) or misread_of(
            name, self.res.register) or surnames.misread_named(name, self)
        if known is None or known.id in self.used or not living_in(known, self.year):
            return self.use(known) if known is not None and known.id in self.used else None
        self.warn(line, f"'{name}' taken as {known.reg} ('{known.id}'), a spelling of that "
                  "register name; check", "spelling-variant")
        self.note_surname(name.split()[-1])
        return self.use(known)

    def note_surname(self, surname: str) -> None:
        """Keep the surnames of persons named in full (four letters or more) for `known` spans."""
        if len(surname) >= 4:
            self.local_surnames.add(surname)
            self.longest_surname = max(self.longest_surname, len(surname))


def _adjective(country: str) -> bool:
    """Do the capitalised words before a name end in one (`Korean`), not an article?"""
    return bool(country.split()) and country.split()[-1].casefold() not in ("the", "of")
