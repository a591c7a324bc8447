"""Official TEI schemas for the tei-all layer: the shipped `tei_all.rng` or a given one.

A RELAX NG schema is read into the pure-Python validator's grammar (`tei.validate.rng`),
which is cached on disk (marshal, keyed by the schema's hash), so later runs load it in
milliseconds instead of compiling tei_all with libxml2 (8-10 s).
"""

from __future__ import annotations

import marshal
from functools import cache
from pathlib import Path

from lxml import etree

from tei.diagnostics import InputError, error
from tei.resources import schemas_dir
from tei.validate.cache import cached, content_key
from tei.validate.rng.check import Checker, RngError
from tei.validate.rng.load import SchemaError, compile_grammar
from tei.validate.rng.patterns import Grammar
from tei.xmlio import parse_file

# Bump when the grammar's form changes: older cache entries are then ignored.
GRAMMAR_FORMAT = b"rng-grammar-2"


def bundled_tei_all() -> Path:
    """The official tei_all.rng shipped with the package (TEI P5 4.12.0)."""
    return schemas_dir() / "official" / "tei_all.rng"


def _compile(path: Path) -> bytes:
    tree = parse_file(path)
    grammar = compile_grammar(tree)
    return marshal.dumps((grammar.nodes, grammar.contents, grammar.start))


@cache
def load_grammar(path: Path) -> Grammar:
    """The grammar of a RELAX NG schema, from the cache when it was read before.
    Raises SchemaError if the schema cannot be used."""
    key = content_key("grammar", GRAMMAR_FORMAT, path.read_bytes())
    nodes, contents, start = marshal.loads(cached(key, lambda: _compile(path)))
    return Grammar(nodes=nodes, contents=contents, start=start)


class OfficialRng:
    """Checks documents against an official RELAX NG schema, reporting every error."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._checker: Checker | None = None

    def load(self) -> Checker:
        """The checker; raises InputError if the schema cannot be used."""
        if self._checker is None:
            try:
                self._checker = Checker(load_grammar(self.path))
            except (SchemaError, etree.XMLSyntaxError, InputError) as exc:
                raise error(str(self.path), f"cannot use this TEI schema: {exc}",
                            rule="tei-all") from None
        return self._checker

    def check(self, tree: etree._ElementTree) -> list[RngError]:
        """Every error in `tree`, in document order."""
        return self.load().check(tree)

