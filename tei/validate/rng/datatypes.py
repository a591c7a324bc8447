"""The XML Schema datatypes RELAX NG schemas use (`datatypeLibrary` XSD), with the `pattern`
(as `regex`: translated to Python when the grammar is read), `minInclusive`, `maxInclusive`,
`length`, `minLength` and `maxLength` facets."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache

Datatype = tuple[str, str]
Params = tuple[tuple[str, str], ...]

_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*")
_NUMBERS: dict[str, tuple[str, Callable[[Decimal], bool]]] = {
    "integer": (r"[+-]?\d+", lambda _: True),
    "nonNegativeInteger": (r"[+-]?\d+", lambda n: n >= 0),
    "positiveInteger": (r"[+-]?\d+", lambda n: n > 0),
    "nonPositiveInteger": (r"[+-]?\d+", lambda n: n <= 0),
    "negativeInteger": (r"[+-]?\d+", lambda n: n < 0),
    "decimal": (r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", lambda _: True),
}
_FLOAT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-?INF|NaN")
# elementpath's classes for each type (imported on first use: it takes 0.1-0.3 s).
_DATES = {"date": "Date10", "dateTime": "DateTime10", "time": "Time", "gYear": "GregorianYear10",
          "gYearMonth": "GregorianYearMonth10", "gMonth": "GregorianMonth",
          "gDay": "GregorianDay", "gMonthDay": "GregorianMonthDay", "duration": "Duration"}
_NAMES = {"NCName": "NCName", "ID": "Id", "IDREF": "Idref", "Name": "Name",
          "NMTOKEN": "NMToken", "language": "Language", "QName": "Name", "ENTITY": "NCName"}


def _elementpath_type(name: str) -> type:
    from elementpath import datatypes
    return getattr(datatypes, name)


def _number(type_name: str, text: str) -> Decimal | None:
    """The value of a numeric lexical form, or None if it is not one."""
    if type_name in _NUMBERS:
        form, accept = _NUMBERS[type_name]
        return Decimal(text) if re.fullmatch(form, text) and accept(Decimal(text)) else None
    if type_name in ("double", "float") and _FLOAT.fullmatch(text):
        try:
            return Decimal(text.replace("INF", "Infinity"))
        except InvalidOperation:
            return Decimal("NaN")
    return None


def _lexical(type_name: str, text: str) -> bool:
    """Whether `text` (whitespace already collapsed where the type says so) is valid."""
    if type_name in ("string", "token", "normalizedString", "anySimpleType"):
        return True
    if type_name == "anyURI":
        return _uri(text)
    if type_name == "boolean":
        return text in ("true", "false", "1", "0")
    if type_name in _NAMES:
        try:
            _elementpath_type(_NAMES[type_name]).validate(text)
        except ValueError:
            return False
        return bool(text)
    if type_name in ("IDREFS", "NMTOKENS", "ENTITIES"):
        kind = "NMTOKEN" if type_name == "NMTOKENS" else "NCName"
        return bool(text.split()) and all(_lexical(kind, word) for word in text.split())
    if type_name in _DATES:
        try:
            _elementpath_type(_DATES[type_name]).fromstring(text)
        except (ValueError, ArithmeticError):
            return False
        return True
    return _number(type_name, text) is not None


def _uri(text: str) -> bool:
    """jing's test of a URI reference: escapes well formed, at most one '#', a valid scheme
    before the first ':' (if it precedes '/', '?' and '#'), and brackets in a relative
    reference only in its fragment."""
    if _BAD_PERCENT.search(text) or text.count("#") > 1:
        return False
    head = re.split(r"[/?#]", text, maxsplit=1)[0]
    if ":" in head:
        return bool(_SCHEME.fullmatch(head.split(":", 1)[0]))
    return not re.search(r"[\[\]]", text.split("#", 1)[0])


@cache
def _regex(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _facet(type_name: str, name: str, limit: str, text: str) -> bool:
    if name == "regex":  # an XML Schema pattern, translated when the grammar was read
        return bool(_regex(limit).fullmatch(text))
    if name in ("length", "minLength", "maxLength"):
        size = len(text.split()) if type_name in ("IDREFS", "NMTOKENS") else len(text)
        return {"length": size == int(limit), "minLength": size >= int(limit),
                "maxLength": size <= int(limit)}[name]
    value = _number(type_name, text)
    if value is None:
        return True
    bound = Decimal(limit)
    return {"minInclusive": value >= bound, "maxInclusive": value <= bound,
            "minExclusive": value > bound, "maxExclusive": value < bound}.get(name, True)


def normalise(datatype: Datatype, text: str) -> str:
    """The text as the type sees it: `string` keeps it, every other type collapses spaces."""
    library, type_name = datatype
    if library == "xsd" and type_name == "string":
        return text
    if library == "" and type_name == "string":
        return text
    return " ".join(text.split())


def allows(datatype: Datatype, params: Params, text: str) -> bool:
    """Whether a `data` pattern of this type and facets accepts `text`."""
    value = normalise(datatype, text)
    type_name = datatype[1]
    if datatype[0] == "" or not _lexical(type_name, value):
        return datatype[0] == ""
    return all(_facet(type_name, name, limit, value) for name, limit in params)


def equal(datatype: Datatype, expected: str, text: str) -> bool:
    """Whether `text` is the value a `value` pattern names."""
    return normalise(datatype, expected) == normalise(datatype, text)
