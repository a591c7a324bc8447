"""Every regular expression of the project runs in linear time.

The patterns are found, not listed: the rows of every pattern table, every compiled pattern
reachable from the module globals of `tei` and from the objects built at load time (the
resources, an inline reader), and every literal pattern handed to a `re` function in the
source. Each is searched in adversarial strings built from its own parts (its literal
prefixes and character classes followed by long runs of one character, repeated pieces,
near-misses); doubling such a string must cost less than three times as long (linear
work doubles, quadratic work quadruples; measured over two doublings). A pattern added
to a table or a module is timed without any change here.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

import tei
from tei.convert.context import Context
from tei.convert.inline import InlineReader
from tei.convert.loading import load_resources

PACKAGE = Path(tei.__file__).resolve().parent
FILLERS = (" ", "0", "a", "A", ".", "[", "(", ",", "0.", "a ")
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall",
                "finditer"}
# FLOOR: the least time a measure starts from (100 µs: a shorter one moved by the other
# worker's load (a ratio of 3.1 for a bounded pattern), and a bounded pattern saturates sooner)
START, LONGEST, FLOOR = 64, 8192, 100e-6
REPEATS, WORST, HEADS, ATTEMPTS = 5, 4, 16, 3
LIMIT = 3.0


def _walk(value: object, seen: set[int]) -> Iterator[re.Pattern]:
    """Compiled patterns inside `value`: containers and the project's own objects."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _walk(item, seen)
    elif type(value).__module__.startswith("tei.") and not isinstance(value, type):
        fields = getattr(value, "__dict__", {}) or {
            name: getattr(value, name) for name in getattr(type(value), "__slots__", ())
            if hasattr(value, name)}
        for item in fields.values():
            yield from _walk(item, seen)


def _modules() -> list[object]:
    return [importlib.import_module(info.name)
            for info in pkgutil.walk_packages(tei.__path__, "tei.")
            if not info.name.endswith("__main__")]


def _flags(node: ast.expr | None) -> int:
    """Value of a flags argument written as `re.X | re.Y`, else 0."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id == "re":
        return int(getattr(re, node.attr, 0))
    if isinstance(node, ast.BinOp):
        return _flags(node.left) | _flags(node.right)
    return 0


def _literal_patterns(path: Path) -> Iterator[re.Pattern]:
    """Patterns written as literals in calls of `re` functions (also inside functions)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" \
                and node.func.attr in RE_FUNCTIONS and node.args \
                and isinstance(node.args[0], ast.Constant):
            flags = [kw.value for kw in node.keywords if kw.arg == "flags"]
            position = 1 if node.func.attr in {"compile", "search", "match", "fullmatch",
                                               "findall", "finditer"} else 3
            if not flags and len(node.args) > position:
                flags = [node.args[position]]
            yield re.compile(node.args[0].value, _flags(flags[0] if flags else None))


def all_patterns() -> dict[str, re.Pattern]:
    """Every pattern of the project, by a readable id (deduplicated by source and flags)."""
    found: dict[str, re.Pattern] = {}

    shapes: set[str] = set()
    sources: set[tuple[str | bytes, int]] = set()

    def add(name: str, pattern: re.Pattern) -> None:
        if (pattern.pattern, pattern.flags) in sources:
            return  # one pattern reached again (by another module's name): no parse
        sources.add((pattern.pattern, pattern.flags))
        if (shape := _shape(pattern)) not in shapes:
            shapes.add(shape)
            found[f"{name}:{len(found)}"] = pattern

    res = load_resources()
    for table, rows in res.patterns.regexes.items():
        for row in rows:
            add(f"{table}/{row.name}", row.regex)
    for table in sorted(res.patterns.regexes):
        res.patterns.may_match(table, "")  # builds the table's screen, walked below
    for table in sorted(res.patterns.labels):
        res.patterns.phrases(table, "")
    inline = InlineReader(Context(res, "<test>"))
    for root_name, root in (("resources", res), ("inline", inline)):
        for pattern in _walk(root, set()):
            add(root_name, pattern)
    for module in _modules():
        for name, value in vars(module).items():
            for pattern in _walk(value, set()):
                add(f"{module.__name__}.{name}", pattern)
    for path in sorted(PACKAGE.rglob("*.py")):
        for pattern in _literal_patterns(path):
            add(str(path.relative_to(PACKAGE.parent)), pattern)
    return found


def _parsed(pattern: re.Pattern) -> list:
    source = pattern.pattern
    text = source.decode("latin-1") if isinstance(source, bytes) else source
    return list(sre_parse.parse(text, pattern.flags & ~re.LOCALE))


def _shape(pattern: re.Pattern) -> str:
    """The pattern's structure, its literal words left out: patterns that differ only in
    the words they look for (one per label of a table) are timed once."""
    words = re.sub(r"\(LITERAL, \d+\)(?:, \(LITERAL, \d+\))*", "WORD", str(_parsed(pattern)))
    return f"{words}/{pattern.flags}/{type(pattern.pattern).__name__}"


def _sample(items: object) -> str:
    """A plausible match of a parsed pattern: one character per class, the first
    alternative of a branch, the least repeats (at least one)."""
    return "".join(_element(op, arg, 0) for op, arg in items)  # type: ignore[attr-defined]


def _element(op: object, arg: object, choice: int) -> str:
    """Sample of one element; `choice` picks the alternative of a branch."""
    if op is sre.LITERAL:
        return chr(arg)  # type: ignore[arg-type]
    if op is sre.IN:
        return _class_char(arg)  # type: ignore[arg-type]
    if op is sre.ANY:
        return "x"
    if op is sre.BRANCH:
        branches = arg[1]  # type: ignore[index]
        return _sample(branches[min(choice, len(branches) - 1)])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _sample(arg[2]) * max(1, min(arg[0], 4))  # type: ignore[index]
    if op is sre.SUBPATTERN:
        inner = arg[3]  # type: ignore[index]
        if len(inner) == 1:
            return _element(*inner[0], choice)
        return _sample(inner)
    if op is sre.ATOMIC_GROUP:
        return _sample(arg)
    return ""


def _heads(tree: list) -> list[str]:
    """Prefixes of plausible matches: cut after each top-level element, trying every
    alternative of each top-level branch."""
    heads = [""]
    for i, (op, arg) in enumerate(tree):
        before = "".join(_element(o, a, 0) for o, a in tree[:i])
        heads += [before + _element(op, arg, choice) for choice in range(_alternatives(op, arg))]
    unique = list(dict.fromkeys(heads))
    return unique[::max(1, len(unique) // HEADS)]


def _alternatives(op: object, arg: object) -> int:
    if op is sre.BRANCH:
        return len(arg[1])  # type: ignore[index]
    if op is sre.SUBPATTERN and len(arg[3]) == 1:  # type: ignore[index]
        return _alternatives(*arg[3][0])  # type: ignore[index]
    return 1


def _class_char(items: list) -> str:
    """A character of a character class (a space, digit or letter for the categories)."""
    categories = {sre.CATEGORY_DIGIT: "0", sre.CATEGORY_SPACE: " ", sre.CATEGORY_WORD: "a",
                  sre.CATEGORY_NOT_DIGIT: "a", sre.CATEGORY_NOT_SPACE: "a",
                  sre.CATEGORY_NOT_WORD: " "}
    if items and items[0][0] is sre.NEGATE:
        return "~"
    op, arg = items[0]
    if op is sre.LITERAL:
        return chr(arg)
    if op is sre.RANGE:
        return chr(arg[0])
    return categories.get(arg, "a")


def _pieces(tree: object) -> Iterator[str]:
    """Literal runs and class characters anywhere in a parsed pattern."""
    run = ""
    for op, arg in tree:  # type: ignore[attr-defined]
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            yield run
        run = ""
        if op is sre.IN:
            yield _class_char(arg)
        for sub in _subtrees(op, arg):
            yield from _pieces(sub)
    if run:
        yield run


def _subtrees(op: object, arg: object) -> list:
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [arg[2]]  # type: ignore[index]
    if op is sre.SUBPATTERN:
        return [arg[3]]  # type: ignore[index]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [arg[1]]  # type: ignore[index]
    if op is sre.BRANCH:
        return list(arg[1])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return [arg]
    if op is sre.GROUPREF_EXISTS:
        return [part for part in arg[1:] if part]  # type: ignore[index]
    return []


def adversaries(pattern: re.Pattern) -> list[tuple[str, str]]:
    """(head, repeated unit) pairs: an input of size n is the head and then the unit up to n
    characters. Heads are prefixes of plausible matches; units are fillers, the pattern's
    class characters, its literal pieces with a separator, a whole or all-but-last match."""
    tree = _parsed(pattern)
    pieces = sorted(set(_pieces(tree)), key=lambda piece: (-len(piece), piece))
    units = {*FILLERS, *[p for p in pieces if len(p) == 1][:8]}
    found = {(head, unit) for head in _heads(tree) for unit in units}
    found |= {("", piece + sep) for piece in pieces[:12] for sep in (" ", "0 ", "a ", ". ")}
    whole = _sample(tree)
    found |= {("", whole), ("", whole[:-1]), ("", whole + " "), ("", whole[:-1] + " ")}
    return sorted(case for case in found if case[1])


def _seconds(pattern: re.Pattern, text: str | bytes, repeats: int = REPEATS) -> float:
    """Best CPU time of `repeats` runs of `findall` (every match, trying every start)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        pattern.findall(text)
        best = min(best, time.process_time() - start)
    return best


def _make(pattern: re.Pattern, case: tuple[str, str], size: int) -> str | bytes:
    head, unit = case
    text = head + unit * max(1, size // len(unit))
    return text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text


def growth(pattern: re.Pattern, case: tuple[str, str]) -> tuple[float, int]:
    """Time ratio of one doubling of the input, at the first size whose time is measurable
    (1.0 when even the largest is too fast to measure), and that size. The ratio is that of
    two doublings (the size and four times the size), square-rooted: one noisy timing moves
    it half as much, and a pattern whose work is quadratic only up to a bound (a lazy
    `{2,120}?` before a literal) is not taken for quadratic at the bound. The two sizes are
    timed in turns, so that a change in the machine's load touches both."""
    size = START
    while 4 * size <= LONGEST:
        small, large = _make(pattern, case, size), _make(pattern, case, 4 * size)
        times = [(_seconds(pattern, small, 1), _seconds(pattern, large, 1))
                 for _ in range(REPEATS)]
        before, after = min(t[0] for t in times), min(t[1] for t in times)
        if before >= FLOOR:
            return (after / before) ** 0.5, size
        size *= 2
    return 1.0, size


def _steady_growth(pattern: re.Pattern, case: tuple[str, str]) -> tuple[float, int]:
    """`growth`, measured again (up to ATTEMPTS times) while it is over the limit."""
    for _ in range(ATTEMPTS):
        ratio, size = growth(pattern, case)
        if ratio < LIMIT:
            break
    return ratio, size


PATTERNS = all_patterns()


def worst_growth(pattern: re.Pattern) -> tuple[float, int, tuple[str, str]]:
    """The costliest adversaries of `pattern` (one run each at a middle size) timed on
    growing sizes: the worst (ratio, size, adversary)."""
    costs = sorted(((_seconds(pattern, _make(pattern, case, START * 4), 1), case)
                    for case in adversaries(pattern)), reverse=True)
    return max((*_steady_growth(pattern, case), case) for _, case in costs[:WORST])


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_doubling_the_input_costs_less_than_three_times(name: str) -> None:
    """Linear growth doubles the time, quadratic quadruples it: the limit lies between."""
    pattern = PATTERNS[name]
    ratio, size, case = worst_growth(pattern)
    assert ratio < LIMIT, f"{pattern.pattern!r}: {case!r} at {size} chars costs x{ratio:.1f}"


@pytest.mark.parametrize("source", [
    r"(?i)^(?:printed|typed|copied)\s+by\s+(?P<persons>[^\d\[\]]+?)(?:\s+(?P<date>\d.*?))?"
    r"(?:\s+(?:N[º°o]\.?|No\.?|№)\s*\d+)?$",
    r"(?P<word>[\w.]+)\.\s+(?=[A-Z])",
    r"\[[^\]]*\]",
])
def test_the_measure_catches_a_quadratic_pattern(source: str) -> None:
    """Patterns this project once had (each quadratic or worse) fail the measure (in one
    of a few tries, as machines are shared)."""
    pattern = re.compile(source)
    assert any(worst_growth(pattern)[0] >= LIMIT for _ in range(ATTEMPTS))
