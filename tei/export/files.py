"""Writing exported XML: the prolog with `xml-model` declarations that name schemas by
relative paths inside the export, and the schema files that travel with it."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.resources import schemas_dir
from tei.xmlio import parse_file

RELAX_NG = "http://relaxng.org/ns/structure/1.0"
SCHEMATRON = "http://purl.oclc.org/dsdl/schematron"
MODEL = "xml-model"
CORPUS_SCHEMA = "telegrams-corpus.rng"
SCHEMA_FILES = ("telegrams.rng", "telegrams.sch", "telegrams.xsd", "xml.xsd")
_CORPUS_SCHEMA_SOURCE = Path(__file__).with_name(CORPUS_SCHEMA)


def model_declaration(href: str) -> str:
    """An `xml-model` processing instruction for the schema at `href` (RELAX NG or
    Schematron, by its extension)."""
    kind = SCHEMATRON if href.endswith(".sch") else RELAX_NG
    return f'<?{MODEL} href="{href}" type="application/xml" schematypens="{kind}"?>'


def xml_bytes(root: etree._Element, schema_hrefs: tuple[str, ...]) -> bytes:
    """The document `root` as UTF-8, with an XML declaration, one `xml-model` line per schema
    and a final newline (the layout `tei convert` writes)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', *map(model_declaration, schema_hrefs)]
    body = etree.tostring(root, encoding="UTF-8")
    return "\n".join(lines).encode() + b"\n" + body + b"\n"


def relinked(path: Path, schema_hrefs: tuple[str, ...]) -> bytes:
    """A TEI file whose `xml-model` declarations are replaced by ones naming `schema_hrefs`
    (other processing instructions and comments before the root are dropped)."""
    return xml_bytes(parse_file(path).getroot(), schema_hrefs)


def schema_sources() -> dict[str, Path]:
    """The schema files an export carries, by file name: our grammar (RELAX NG, XSD),
    the Schematron rules and the grammar of a teiCorpus of our documents."""
    files = {name: schemas_dir() / name for name in SCHEMA_FILES}
    files[CORPUS_SCHEMA] = _CORPUS_SCHEMA_SOURCE
    return files


def schema_payload() -> dict[str, bytes]:
    """The bytes of `schema_sources`, by file name."""
    return {name: path.read_bytes() for name, path in schema_sources().items()}


def model_hrefs(root: etree._Element) -> list[str]:
    """The schema addresses named by `xml-model` declarations before `root`."""
    hrefs = []
    node = root.getprevious()
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction) and node.target == MODEL:
            hrefs.append(node.get("href") or "")
        node = node.getprevious()
    return hrefs[::-1]
