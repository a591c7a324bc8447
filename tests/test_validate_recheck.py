"""Finding every unexpected element: the checked tree is put back exactly as it was."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.resources import schemas_dir
from tei.validate.grammar import Grammar, SchemaIssue, load_schema_tree, namespace_prefixes
from tei.validate.recheck import MAX_ROUNDS, every_issue
from tei.xmlio import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpus" / "tei" / "000_eccd84356cefffd4.xml"


def _issues(log: etree._ListErrorLog) -> list[SchemaIssue]:
    return [SchemaIssue(entry.line, entry.path, entry.message) for entry in log]


def test_unexpected_siblings_are_found_round_by_round_and_the_tree_restored() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    body = '<div type="message">'
    # each misspelt element hides the siblings after it: one more round each
    siblings = "".join(f"<x{n}/>" for n in range(MAX_ROUNDS + 2))
    data = text.replace(body, body + siblings, 1).encode()
    tree = parse_bytes(data, "nested.xml")
    before = etree.tostring(tree)
    schema = etree.XMLSchema(load_schema_tree(schemas_dir() / "telegrams.xsd"))
    assert not schema.validate(tree)
    found = every_issue(tree, schema, _issues, namespace_prefixes(tree))
    assert etree.tostring(tree) == before
    assert len(found) == MAX_ROUNDS + 1
    prefixes = namespace_prefixes(tree)
    assert [tree.xpath(issue.path, namespaces=prefixes)[0].tag.split("}")[1]
            for issue in found] == [
        f"x{n}" for n in range(MAX_ROUNDS + 1)]


def test_a_valid_file_is_not_checked_again() -> None:
    grammar = Grammar(schemas_dir() / "telegrams.rng", schemas_dir() / "telegrams.xsd")
    assert grammar.check(parse_bytes(SOURCE.read_bytes(), str(SOURCE))) == []
