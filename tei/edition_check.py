"""Checking the edition settings (`corpus/edition.toml`) as read by TOML: only the known
tables and keys, each value of its type, and the values that every converted document,
page or export carries (publication dates, the language tag, addresses) well formed. A
mistake is a `[config]` error at the key's line, before any document is touched."""

from __future__ import annotations

import datetime
import re

from tei.diagnostics import error

# The settings of each table, as the template (tei/templates/edition) writes them.
KNOWN: dict[str, tuple[str, ...]] = {
    "edition": ("title", "editors", "publisher", "licence", "licence_url", "base_url",
                "language", "version", "published", "pages"),
    "export": ("editor", "date"),
    "source": ("repository", "hosts"),
}
_DATES = {("edition", "published"), ("export", "date")}
_LISTS = {("edition", "editors"), ("source", "hosts")}  # a value or a list of values
_ADDRESSES = {("edition", "base_url"), ("edition", "licence_url")}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A BCP 47 language tag as xml:lang takes it (language, then subtags: `en`, `sr-Latn-RS`).
_LANGUAGE = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_ADDRESS = re.compile(r"https?://\S+", re.IGNORECASE)
_HEADER = re.compile(r"\[[ \t]*([^\[\]\s]+)[ \t]*\]")  # matched on a line stripped


def check_settings(data: dict, text: str, path: str) -> None:
    """Raise a `[config]` InputError at the first mistake in the parsed settings `data`
    (read from `text` in the file `path`)."""
    for table, value in data.items():
        if table not in KNOWN:
            what = "table" if isinstance(value, dict) else "setting"
            _fail(path, text, None, table, f"unknown {what} {table!r}: the settings are the "
                  f"tables {', '.join(f'[{name}]' for name in KNOWN)}")
        if not isinstance(value, dict):
            _fail(path, text, None, table, f"[{table}] must be a table (a line [{table}] "
                  "followed by its settings), not a single value")
        for key, setting in value.items():
            _check_value(path, text, table, key, setting)


def _check_value(path: str, text: str, table: str, key: str, value: object) -> None:
    if key not in KNOWN[table]:
        _fail(path, text, table, key, f"[{table}] has no setting {key!r}; its settings are "
              f"{', '.join(KNOWN[table])}")
    items = value if (table, key) in _LISTS and isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, bool) or not isinstance(item, str | int | float | datetime.date):
            _fail(path, text, table, key, f"[{table}] {key} must be text in quotes, not "
                  f"{_kind(item)}")
    _check_meaning(path, text, table, key, str(value))


def _check_meaning(path: str, text: str, table: str, key: str, value: str) -> None:
    """The values that are dates, a language tag or addresses."""
    if (table, key) in _DATES and not _is_date(value):
        _fail(path, text, table, key, f"[{table}] {key} is not a date YYYY-MM-DD: {value!r}")
    if key == "language" and not _LANGUAGE.fullmatch(value):
        _fail(path, text, table, key, f"[{table}] language is not a language tag such as "
              f"'en' or 'fr-CA': {value!r}")
    if (table, key) in _ADDRESSES and value and not _ADDRESS.fullmatch(value):
        _fail(path, text, table, key, f"[{table}] {key} must be empty or an http(s) "
              f"address such as 'https://example.org/edition/': {value!r}")


def _is_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "a table"
    return "a list" if isinstance(value, list) else f"a {type(value).__name__}"


def _fail(path: str, text: str, table: str | None, key: str, message: str) -> None:
    raise error(path, message, line=_line_of(text, table, key), rule="config")


def _line_of(text: str, table: str | None, key: str) -> int:
    """The line where `key` is set in `table` (None: before any table; a table's own name
    also finds its header line); 1 when it cannot be told."""
    current: str | None = None
    setting = re.compile(rf"[\"']?{re.escape(key)}[\"']?[ \t]*=")
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line.lstrip())
        if header:
            current = header.group(1)
            if table is None and current == key:
                return number
        elif current == table and setting.match(line.lstrip()):
            return number
    return 1
