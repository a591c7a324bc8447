"""Pattern tables: the data (TEI lists under `corpus/patterns/`) that drive recognition."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, compress
from pathlib import Path

from lxml import etree

from tei.cache import cached_data, content_key
from tei.convert import literals, openings
from tei.convert.compiled_regex import compile_cached
from tei.convert.phrase_table import PhraseTable
from tei.convert.spaced_lines import misread_match, retyped_match, spaced_match
from tei.diagnostics import error
from tei.xmlio import NSMAP, XML_NS, parse_bytes, read_bytes

_CACHE_SIZE = 8192
# (ocr79) a heading line short enough to be asked again with its form's name repaired
_MISREAD_REACH = 80
_RETYPED_FIRST = frozenset("FTIOPRZSCUL")  # (cables81) a retyped cable heading's first letters
# Rows kept by (table, order, text key): a bound for a process reading very varied texts.
_BUCKETS_KEPT = 1 << 16
# Orders of a table's family tables whose rows are kept so (a few in practice).
_ORDERS_KEPT = 256


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of a pattern table: the value it stands for, its regex's source and its
    examples; `opening`, for a row anchored at the start, what a text it matches can open
    with (`openings.opening`; None: any text may match); `needle`, characters every match
    holds (`literals.required_literal`; empty: none known); `needles`, for a row without
    one, lower-cased runs one of which every match holds (`literals.any_literals`)."""

    name: str
    source: str
    examples: tuple[str, ...]
    opening: openings.Opening | None = None
    needle: str = ""
    needles: tuple[str, ...] = ()

    @property
    def regex(self) -> re.Pattern[str]:
        """The row's regex, compiled when first used (a conversion tries few of the rows:
        most are ruled out by their openings)."""
        return _compiled(self.source)

    def may_occur(self, text: str) -> bool:
        """False when the row cannot match anywhere in `text` (it lacks the `needle`, or
        holds none of the `needles` once folded: `literals.fold`)."""
        if self.needle:
            return self.needle in text
        if not self.needles:
            return True
        folded = literals.folded(text)
        for one in self.needles:  # noqa: SIM110 (speed75) a loop: twice as fast as any()
            if one in folded:
                return True
        return False

    def follows(self, first: str) -> int:
        """What may follow a text's first character `first` in a match of the row, as the
        mask of `openings.follows_mask`."""
        return openings.follows_mask(self.opening, first)


# The value, regex, needle and needles of each row of a table that may match a text opening
# with some key.
OpeningRows = tuple[tuple[str, re.Pattern[str], str, tuple[str, ...]], ...]
# The same of a table for a first character, with the mask of the second characters each
# row allows (`openings.follows_mask`).
FirstRows = tuple[OpeningRows, tuple[int, ...]]


@dataclass(frozen=True, eq=False)
class Patterns:
    """All pattern tables, by list id: regex tables and label tables."""

    regexes: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    families: dict[str, list[str]] = field(default_factory=dict)
    _order: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _phrases: dict[str, PhraseTable] = field(default_factory=dict)
    _matches: dict[tuple[str, str], tuple[str, re.Match[str]] | None] = field(
        default_factory=dict)
    _may: dict[tuple[str, str], bool] = field(default_factory=dict)
    _own_rows: dict[tuple[str, str], FirstRows] = field(default_factory=dict)
    _opening_rows: dict[tuple[str, tuple[str, ...] | None],
                        dict[str, OpeningRows]] = field(default_factory=dict)
    # `_opening_rows` of each table in the document's order (a lookup by the table alone)
    _current: dict[str, dict[str, OpeningRows]] = field(default_factory=dict)
    _first_char_rows: dict[tuple[str, tuple[str, ...] | None, str],
                           FirstRows] = field(default_factory=dict)
    _named_rows: dict[tuple[str, tuple[str, ...], tuple[str, ...] | None],
                      tuple[Pattern, ...]] = field(default_factory=dict)

    def match(self, table: str, text: str) -> tuple[str, re.Match[str]] | None:
        """First row of `table` whose regex matches `text` (rows anchor themselves with ^ $);
        memoised, since recognition asks about the same line several times."""
        key = (table, text)
        found = self._matches.get(key, _UNSEEN)
        if found is not _UNSEEN:
            return found
        if len(self._matches) >= _CACHE_SIZE:
            self._matches.clear()
        found = None
        opening = text[:openings.DEPTH]  # keyed as it stands: one lookup, no call
        bucket = self._current.get(table)
        rows = (bucket if bucket is not None else self._bucket(table)).get(opening)
        folded = None  # the text folded (`literals.fold`) when a row with needles asks
        for name, regex, needle, needles in rows if rows is not None else self._rows_opening(
                table, opening):
            if needle and needle not in text:
                continue  # a text without it cannot match: no search needed
            if needles:
                if folded is None:
                    folded = literals.fold(text)
                for one in needles:  # (speed75) a loop: twice as fast as any(map(...))
                    if one in folded:
                        break
                else:
                    continue  # nor can a text without any of them
            hit = regex.search(text)
            if hit:
                found = name, hit
                break
        if found is None and table == "heading" and text[1:2] == " ":  # (ocr66) `T E L E ...`
            found = spaced_match(lambda words: self.match(table, words), text)
        if found is None and table == "heading" and len(text) < _MISREAD_REACH:
            found = misread_match(lambda words: self.match(table, words), text)  # `Telegrarn`
        if found is None and table == "heading" and text[:1] in _RETYPED_FIRST:  # (cables81)
            found = retyped_match(lambda words: self.match(table, words), text)
        self._matches[key] = found
        return found

    def is_furniture(self, text: str) -> bool:
        """Whether `text` is a line of a page's furniture (the `page-furniture` table) or
        its funding line (`boilerplate` row `funder`: on a page without blank lines the line
        under it, `Top Secret`, is the document's, never the funder's name run on), or a line
        of a cover's reuse notice (row `reuse-notice`, set line by line), or the FOIA release
        stamp repeated on each page (row `release-stamp`: its length tells nothing of the wrap)."""
        if self.match("page-furniture", text) is not None:
            return True
        found = self.match("boilerplate", text)
        return found is not None and found[0] in ("funder", "reuse-notice", "release-stamp")

    def may_match(self, table: str, text: str) -> bool:
        """False when no row of `table` or of its family tables can match `text`, told by
        the rows' openings (`openings.opening`) and the text's first two characters."""
        opening = text[:openings.DEPTH]
        found = self._may.get((table, opening))
        if found is None:
            if len(self._may) >= _BUCKETS_KEPT:
                self._may.clear()
            key = openings.text_key(opening)
            second = openings.bit(key[1:])
            found = self._may[table, opening] = any(
                seconds & second for name in (table, *self.families.get(table, ()))
                for seconds in self._own_first_rows(name, key[:1])[1])
        return found

    def rows(self, table: str) -> tuple[Pattern, ...]:
        """The rows of `table`: those of its family tables (`list/@corresp`) in the order
        the document's evidence set (`prefer`), then its own."""
        families = self._order.get(table) or tuple(self.families.get(table, ()))
        if not families:
            return self.regexes.get(table, ())
        return tuple(row for name in families for row in self.regexes.get(name, ())) + \
            self.regexes.get(table, ())

    def named_rows(self, table: str, names: tuple[str, ...]) -> tuple[Pattern, ...]:
        """`rows` of `table` named `names` (`()`: all), kept by the document's order (speed77:
        the page readers' gate asks the same for every document)."""
        key = (table, names, self._order.get(table))
        found = self._named_rows.get(key)
        if found is None:
            found = self._named_rows[key] = tuple(
                row for row in self.rows(table) if not names or row.name in names)
        return found

    def _rows_opening(self, table: str, opening: str) -> OpeningRows:
        """The value and regex of each row of `table` (in the document's order) that may
        match a text opening with the characters `opening` (see `Pattern.may_open`), kept
        by order and opening: picked from the rows for its first character by the second."""
        bucket = self._bucket(table)
        if len(bucket) >= _BUCKETS_KEPT:
            bucket.clear()
        key = openings.text_key(opening)
        rows, masks = self._first_rows(table, key[:1])  # (speed59) picked in C by their masks
        found = bucket[opening] = tuple(compress(rows, map(openings.bit(key[1:]).__and__, masks)))
        return found

    def _bucket(self, table: str) -> dict[str, OpeningRows]:
        """`_rows_opening` of `table` kept so far for the document's order, by opening."""
        bucket = self._current.get(table)
        if bucket is None:
            if len(self._opening_rows) >= _ORDERS_KEPT:
                self._opening_rows.clear()
            bucket = self._current[table] = self._opening_rows.setdefault(
                (table, self._order.get(table)), {})
        return bucket

    def _first_rows(self, table: str, first: str) -> FirstRows:
        """The rows of `table` (in the document's order) that may match a text opening with
        the character `first` (of a text key), and the mask of each's `follows`."""
        key = (table, self._order.get(table), first)
        found = self._first_char_rows.get(key)
        if found is None:
            families = self._order.get(table) or tuple(self.families.get(table, ()))
            own = [self._own_first_rows(name, first) for name in (*families, table)]
            found = self._first_char_rows[key] = (tuple(chain.from_iterable(r for r, _ in own)),
                                                  tuple(chain.from_iterable(m for _, m in own)))
        return found

    def _own_first_rows(self, table: str, first: str) -> FirstRows:
        """`_first_rows` of a table's own rows (without its family tables)."""
        rows = self._own_rows.get((table, first))
        if rows is None:
            kept = [(row, seconds) for row in self.regexes.get(table, ())
                    if (seconds := row.follows(first))]
            rows = self._own_rows[table, first] = (
                tuple((row.name, row.regex, row.needle, row.needles) for row, _ in kept),
                tuple(seconds for _, seconds in kept))
        return rows

    def order(self, table: str) -> tuple[str, ...] | None:
        """The order of `table`'s family tables set for the document (None: not set)."""
        return self._order.get(table)

    def prefer(self, table: str, families: tuple[str, ...]) -> None:
        """Try `table`'s family tables in this order (for one document). Only the answers
        of `match` about `table` depend on its order: (speed20) those about other tables,
        which the stages before asked, are kept."""
        self._order[table] = families
        self._current.pop(table, None)
        for key in [key for key in self._matches if key[0] == table]:
            del self._matches[key]

    def forget(self) -> None:
        """Drop the memo of `match` and the family order (between documents)."""
        self._matches.clear()
        self._order.clear()
        self._current.clear()

    def label(self, table: str, text: str) -> str | None:
        """Value (`item/@n`) of the label equal to `text`, ignoring case and a final colon."""
        return self.labels.get(table, {}).get(label_key(text))

    def phrases(self, table: str, text: str) -> list[tuple[int, str, str]]:
        """(position, label, value) of every label of `table` standing as a whole phrase in
        `text` (case-folded), in the table's order; the first place of each."""
        if table not in self._phrases:
            self._phrases[table] = PhraseTable(list(self.words(table).items()))
        return self._phrases[table].find(text.casefold())

    def words(self, table: str) -> dict[str, str]:
        """All labels of a label table (case-folded) with their values."""
        return self.labels.get(table, {})


@cache
def _compiled(source: str) -> re.Pattern[str]:
    """`source` compiled, once per process (the rows' regexes are few and all valid)."""
    return compile_cached(source)


_UNSEEN = object()  # a memo's answer for a key it has not seen (None is an answer)


_LEADING_FLAGS = re.compile(r"\(\?([imsx]+)\)")


def _anchored(pattern: str) -> bool:
    """Whether `pattern` can only match at the start of a text (opens with `^`, without
    the multi-line or verbose flag or an alternative outside a group)."""
    flags = _LEADING_FLAGS.match(pattern)
    letters = flags.group(1) if flags else ""
    body = pattern[flags.end():] if flags else pattern
    return (body.startswith("^") and "m" not in letters and "x" not in letters
            and not _top_level_bar(body))


def _top_level_bar(pattern: str) -> bool:
    """True when `pattern` has an alternative `|` outside all groups and sets."""
    depth, in_set, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += 1 if pattern[i + 1:i + 2] == "^" else 0
            i += 1 if pattern[i + 1:i + 2] == "]" else 0
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


# (wcda69) a phone layout's accordion toggle after a section's label (`Source +`, `Rights −`)
_TOGGLE = re.compile(r"\s[+−–▾▸▼►⌄]$")


@lru_cache(maxsize=256)
def label_key(text: str) -> str:
    """A label table's key of `text`: spaces collapsed, case folded, no final colon or brackets,
    no accordion toggle after a space (`Source +`)."""
    label = _TOGGLE.sub("", text.strip()).rstrip(":").strip()  # (lead32) `[Document Title]:`
    return " ".join((label[1:-1] if label[:1] + label[-1:] == "[]" else label).split()).casefold()


Row = tuple[str, str, tuple[str, ...], openings.Opening | None, str, tuple[str, ...]]
Tables = tuple[dict[str, list[Row]], dict[str, dict[str, str]], dict[str, list[str]]]
# The code whose reading of the tables a cache entry holds (a change to it is a new entry).
_READERS = (Path(__file__), Path(openings.__file__), Path(literals.__file__))


def _rows(items: list[etree._Element], path: str) -> Iterator[Row]:
    """(value, regex source, examples, opening characters, needle, needles) of each row;
    a regex that does not compile is reported here, where its file is loaded."""
    for item in items:
        code = item.find("tei:code", NSMAP)
        if code is None:
            continue
        try:
            regex = re.compile(code.text or "")
        except re.error as exc:
            raise error(path, f"bad regular expression: {exc}", code.sourceline or 1,
                        rule="pattern-regex") from None
        examples = tuple(eg.text or "" for eg in item.iterfind("tei:eg", NSMAP))
        anchored = _anchored(regex.pattern)
        needle, needles = _needles(regex.pattern)
        yield (item.get("n", ""), regex.pattern, examples,
               openings.opening(regex) if anchored else None, needle, needles)


def _needles(source: str) -> tuple[str, tuple[str, ...]]:
    """A row's needle, or its needles when it has no needle or one a single character long
    that runs regardless of case beat (`^\\d\\.\\s(?i:for)`: `.` is in every text, `for` is not)."""
    needle = literals.required_literal(source)
    if len(needle) > 1:
        return needle, ()
    needles = literals.any_literals(source)
    if needle and (not needles or min(map(len, needles)) <= len(needle)):
        return needle, ()
    return "", needles


def _read_tables(files: list[tuple[Path, bytes]]) -> Tables:
    """The tables of the pattern files (path, content), as plain data: rows by list id
    (lists with the same id concatenated), labels by list id, family tables by parent."""
    rows: dict[str, list[Row]] = {}
    labels: dict[str, dict[str, str]] = {}
    families: dict[str, list[str]] = {}
    for path, data in files:
        root = parse_bytes(data, str(path)).getroot()
        for table in root.iterfind(".//tei:list", NSMAP):
            name = table.get(f"{{{XML_NS}}}id")
            if not name:
                continue
            items = table.findall("tei:item", NSMAP)
            if table.get("type") == "patterns":
                rows.setdefault(name, []).extend(_rows(items, str(path)))
                parent = (table.get("corresp") or "").lstrip("#")
                if parent and name not in families.setdefault(parent, []):
                    families[parent].append(name)
            else:
                found = labels.setdefault(name, {})
                for item in items:
                    for label in item.iterfind("tei:label", NSMAP):
                        found.setdefault(label_key(label.text or ""), item.get("n", ""))
    return rows, labels, families


def load_patterns(folder: Path) -> Patterns:
    """Load every `*.xml` pattern file in `folder`; lists with the same id are concatenated.

    What is read of the files (with each anchored row's opening characters, which take a
    parse of its regex) is cached on disk, keyed by the files' names and contents, the code
    that reads them and the Python version; the rows' regexes are compiled when first used.
    An entry is only written once every regex has compiled, so a bad row is always reported
    here."""
    files = [(path, read_bytes(path)) for path in sorted(Path(folder).glob("*.xml"))]
    key = content_key("patterns", sys.version.encode(),
                      *(reader.read_bytes() for reader in _READERS),
                      *(part for path, data in files for part in (path.name.encode(), data)))
    rows, labels, families = cached_data(key, lambda: _read_tables(files))
    regexes = {name: tuple(Pattern(*row) for row in table) for name, table in rows.items()}
    return Patterns(regexes, labels, families)
