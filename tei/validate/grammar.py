"""Grammar layers: our RELAX NG (with messages from its derived XSD) and official TEI schemas.

The RELAX NG decides validity. libxml2's RELAX NG messages are vague ("Element div failed
to validate attributes"), so when a file fails, the XSD derived from the same grammar (tests
prove both accept and reject the same files) is run too and, if it also fails, its messages
are reported instead: they name the attribute, the value and what is expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tei.diagnostics import error
from tei.validate.locate import NodeRef
from tei.xmlio import TEI_NS, XML_NS, parse_file

_DATE_ATTRIBUTES = {"when", "notBefore", "notAfter", "from", "to"}
_ATTRIBUTE = re.compile(r", attribute '([^']+)'")
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^Element (<[^>]+>), attribute '(\S+)': \[facet 'enumeration'\] The value "
                r"'(.*)' is not an element of the set \{(.*)\}\.$"),
     r'\1 \2="\3": "\3" is not allowed; use one of: \4'),
    (re.compile(r"^Element (<[^>]+>), attribute '(\S+)': \[facet 'pattern'\] The value "
                r"'(.*)' is not accepted by the pattern '.*'\.$"),
     r'\1 \2="\3": "\3" does not have the required form'),
    (re.compile(r"^Element (<[^>]+>), attribute '(\S+)': The attribute '\S+' is not "
                r"allowed\.$"),
     r"\1: attribute \2 is not allowed here"),
    (re.compile(r"^Element (<[^>]+>), attribute '(\S+)': '(.*)' is not a valid value of "
                r".*\.$"),
     r'\1 \2="\3": "\3" is not a valid value'),
    (re.compile(r"^Element (<[^>]+>): The attribute '(\S+)' is required but missing\.$"),
     r"\1 needs attribute \2"),
    (re.compile(r"^Element (<[^>]+>): This element is not expected\. Expected is "
                r"(?:one of )?\( (.*) \)\.$"),
     r"\1 is not allowed here; expected: \2"),
    (re.compile(r"^Element (<[^>]+>): This element is not expected\.$"),
     r"\1 is not allowed here"),
    (re.compile(r"^Element (<[^>]+>): Missing child element\(s\)\. Expected is "
                r"(?:one of )?\( (.*) \)\.$"),
     r"\1 is incomplete; expected: \2"),
    (re.compile(r"^Element (<[^>]+>): Character content other than whitespace is not "
                r"allowed because the content type is 'element-only'\.$"),
     r"\1 may not contain text directly, only elements"),
    (re.compile(r"^Element (<[^>]+>): Element content is not allowed, because the content "
                r"type is a simple type definition\.$"),
     r"\1 may contain only text, no elements"),
    (re.compile(r"^Element (<[^>]+>): No matching global declaration available for the "
                r"validation root\.$"),
     r"\1 cannot be the root element: a document starts with <TEI> in the TEI namespace"),
]


@dataclass(frozen=True, slots=True)
class SchemaIssue:
    """One schema error: where (a node, or just a line) and what."""

    line: int
    node: NodeRef | None
    message: str


def plain_names(message: str) -> str:
    """Write Clark names as an editor would: <persName>, xml:id."""
    message = re.sub(rf"'?\{{{re.escape(TEI_NS)}\}}([\w.-]+)'?", r"<\1>", message)
    return re.sub(rf"\{{{re.escape(XML_NS)}\}}([\w.-]+)", r"xml:\1", message)


def rewrite(message: str) -> str:
    """Turn a libxml2 schema message into an editor's sentence."""
    message = plain_names(message.strip())
    for pattern, replacement in _REWRITES:
        if pattern.match(message):
            message = pattern.sub(replacement, message)
            break
    message = message.replace("', '", ", ").replace(": '", ": ").replace("'; ", "; ")
    attribute = re.search(r' (\w+)="[^"]*": "[^"]*" is not a valid value$', message)
    if attribute and attribute.group(1) in _DATE_ATTRIBUTES:
        message += " (write a real date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or " \
                   "YYYY-MM-DDThh:mm:ss)"
    return message


def _issues(log: etree._ListErrorLog, tree: etree._ElementTree) -> list[SchemaIssue]:
    issues = []
    for entry in log:
        node = None
        if entry.path:
            found = tree.xpath(entry.path)
            if found and isinstance(found[0], etree._Element):
                attribute = _ATTRIBUTE.search(plain_names(entry.message))
                node = NodeRef(found[0], attribute.group(1) if attribute else None)
        issues.append(SchemaIssue(entry.line or 1, node, rewrite(entry.message)))
    return issues


def load_schema_tree(path: Path) -> etree._ElementTree:
    """Parse a schema with the hardened parser, keeping its URL for relative imports."""
    tree = parse_file(path)
    tree.docinfo.URL = str(path.resolve())
    return tree


class Grammar:
    """Our RELAX NG, compiled once, with the derived XSD for messages."""

    def __init__(self, rng: Path, xsd: Path) -> None:
        self._rng = etree.RelaxNG(load_schema_tree(rng))
        self._xsd = etree.XMLSchema(load_schema_tree(xsd))

    def check(self, tree: etree._ElementTree) -> list[SchemaIssue]:
        """Every grammar error in `tree` (empty when valid)."""
        if self._rng.validate(tree):
            return []
        log = self._rng.error_log
        if not self._xsd.validate(tree):
            log = self._xsd.error_log
        return _issues(log, tree)


class OfficialSchema:
    """An official TEI schema (tei_all.rng or .xsd), compiled on first use (~8 s)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._schema: etree._Validator | None = None

    def load(self) -> etree._Validator:
        """Compile the schema now; raise InputError if it cannot be used."""
        if self._schema is None:
            tree = load_schema_tree(self.path)
            try:
                if self.path.suffix == ".xsd":
                    self._schema = etree.XMLSchema(tree)
                else:
                    self._schema = etree.RelaxNG(tree)
            except (etree.RelaxNGParseError, etree.XMLSchemaParseError) as exc:
                raise error(str(self.path), f"cannot use this TEI schema: {exc}",
                            rule="tei-all") from None
        return self._schema

    def check(self, tree: etree._ElementTree) -> list[SchemaIssue]:
        """Every error the official schema reports in `tree`."""
        schema = self.load()
        return [] if schema.validate(tree) else _issues(schema.error_log, tree)
