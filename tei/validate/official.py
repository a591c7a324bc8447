"""Official TEI schemas for the tei-all layer: the shipped `tei_all.rng` or a given one.

A RELAX NG schema is read into the pure-Python validator's grammar (`tei.validate.rng`),
which is cached on disk (marshal, keyed by the schema's hash): later runs load tei_all in
about 20 ms instead of compiling it with libxml2 (8-10 s), and it reports every error jing
reports where libxml2 stops at the first in each element. The Schematron rules the schema
embeds (ODD constraints) are extracted (cached likewise) and run by Saxon.
"""

from __future__ import annotations

import marshal
import tempfile
from contextlib import suppress
from functools import cache
from pathlib import Path
from types import ModuleType

from lxml import etree

from tei.cache import cached, content_key
from tei.diagnostics import InputError, error
from tei.resources import official_tei_all
from tei.validate import official_rules
from tei.validate.official_rules import embedded_schematron
from tei.validate.rng import load as rng_load
from tei.validate.rng import patterns as rng_patterns
from tei.validate.rng.check import Checker, RngError
from tei.validate.rng.load import SchemaError, compile_grammar
from tei.validate.rng.patterns import Grammar
from tei.validate.schematron import (
    RuleFinding,
    SaxonDocument,
    SchematronError,
    SchematronRules,
)
from tei.xmlio import parse_file


@cache
def _reader_source(*modules: ModuleType) -> bytes:
    """The source of the code that builds a cache entry: part of the entry's key, so that
    entries written by another version of that code are never read."""
    return b"".join(Path(module.__file__ or "").read_bytes() for module in modules)


def bundled_tei_all() -> Path:
    """The official tei_all.rng shipped with the package (TEI P5 4.12.0)."""
    return official_tei_all()


def _compile(path: Path) -> bytes:
    tree = parse_file(path)
    grammar = compile_grammar(tree)
    return marshal.dumps((grammar.nodes, grammar.contents, grammar.start))


def _grammar_entry(path: Path) -> bytes:
    """The cache entry of a RELAX NG schema's grammar, written on first use."""
    key = content_key("grammar", _reader_source(rng_load, rng_patterns), path.read_bytes())
    return cached(key, lambda: _compile(path))


def _rules_entry(path: Path) -> bytes:
    """The cache entry of a schema's embedded Schematron (empty if it has none)."""
    key = content_key("rules", _reader_source(official_rules), path.read_bytes())
    return cached(key, lambda: embedded_schematron(parse_file(path)) or b"")


def prepare_cache(path: Path) -> None:
    """Fill the on-disk cache for a RELAX NG schema, so that the pool's workers load it
    instead of each compiling it; a schema that cannot be used is left to the workers to
    report."""
    with suppress(SchemaError, etree.LxmlError, InputError, OSError):
        _grammar_entry(path)
        _rules_entry(path)


@cache
def load_grammar(path: Path) -> Grammar:
    """The grammar of a RELAX NG schema, from the cache when it was read before.
    Raises SchemaError if the schema cannot be used."""
    try:
        nodes, contents, start = marshal.loads(_grammar_entry(path))
    except (ValueError, EOFError, TypeError):  # a damaged entry: read the schema again
        nodes, contents, start = marshal.loads(_compile(path))
    return Grammar(nodes=nodes, contents=contents, start=start)


@cache
def load_embedded_rules(path: Path) -> SchematronRules | None:
    """The schema's embedded Schematron rules, compiled (None if it embeds none); the
    extracted schema is cached on disk. Raises SchematronError if they do not compile."""
    data = _rules_entry(path)
    if not data:
        return None
    with tempfile.TemporaryDirectory() as folder:
        schema = Path(folder) / "embedded.sch"
        schema.write_bytes(data)
        return SchematronRules(schema)


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

    def check_rules(self, document: SaxonDocument) -> list[RuleFinding]:
        """What the schema's embedded Schematron rules report in a document.
        Raises SchematronError if they cannot be compiled or run."""
        try:
            rules = load_embedded_rules(self.path)
        except SchematronError as exc:
            raise SchematronError(f"{self.path}: its embedded Schematron: {exc}") from None
        return rules.check_document(document) if rules else []
