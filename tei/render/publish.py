"""The TEI copy a site offers for download: re-serialised from the parsed document, never
copied byte for byte, and only for documents that follow the edition's grammar.

A browser opening the copy runs any element it knows as script (`<xhtml:script>`,
`<svg:script>`, event-handler attributes of those vocabularies) and follows an
`<?xml-stylesheet?>`. The copy therefore keeps only elements in the TEI namespace,
attributes without a namespace or in the XML namespace, comments and, before the root,
`<?xml-model?>` declarations of the schema; everything else is dropped.
"""

from __future__ import annotations

import copy
from functools import cache

from lxml import etree

from tei.diagnostics import Diagnostic, Severity
from tei.export.files import model_declaration
from tei.resources import schemas_dir
from tei.xmlio import TEI_NS, XML_NS, parse_file

_MODEL = "xml-model"
PUBLISHED_SCHEMAS = ("telegrams.rng", "telegrams.sch")  # what a copy's xml-model names
_TEI_TAG = f"{{{TEI_NS}}}"
_XML_ATTRIBUTE = f"{{{XML_NS}}}"


@cache
def _grammar() -> etree.RelaxNG:
    """The edition's RELAX NG, compiled once per process."""
    tree = parse_file(schemas_dir() / "telegrams.rng")
    tree.docinfo.URL = str((schemas_dir() / "telegrams.rng").resolve())
    return etree.RelaxNG(tree)


def unpublished(path: str) -> Diagnostic:
    """The warning for a document whose TEI copy is withheld."""
    return Diagnostic(path, 1, 1, Severity.WARNING,
                      "the TEI file is not published on the site (its page has no TEI "
                      "download): it does not follow the edition's grammar; run `tei validate` "
                      "on it for the details", "render-unpublished")


def tei_copy(tree: etree._ElementTree, schemas: str = "", *,
             checked: bool = False) -> bytes | None:
    """The copy to publish, or None when the document does not follow the grammar;
    `schemas`: the address its `xml-model` declarations name our schemas under; `checked`:
    the document (the same bytes) is known to follow the grammar (the build validated it
    just before), so it is not checked again."""
    return clean_copy(tree, schemas) if checked or _grammar().validate(tree) else None


def clean_copy(tree: etree._ElementTree, schemas: str = "") -> bytes:
    """The document re-serialised with nothing a browser could run: TEI elements, attributes
    without a namespace or in the XML namespace, comments, `<?xml-model?>` before the root
    (naming our grammar and rules under `schemas` when given, else as the document did)."""
    body = etree.tostring(tree.getroot(), encoding="UTF-8")
    if not _plainly_tei(body):
        root = copy.deepcopy(tree.getroot())
        if _has_foreign(root):
            for node in list(root.iter()):
                if _foreign(node):
                    _remove(node)
                else:
                    _drop_foreign_attributes(node)
        etree.cleanup_namespaces(root)
        body = etree.tostring(root, encoding="UTF-8")
    models = [etree.tostring(pi, encoding="unicode").strip()
              for pi in tree.getroot().itersiblings(preceding=True)
              if isinstance(pi, etree._ProcessingInstruction) and pi.target == _MODEL][::-1]
    if schemas:
        models = [model_declaration(schemas + name) for name in PUBLISHED_SCHEMAS]
    prolog = '<?xml version="1.0" encoding="UTF-8"?>\n' + "".join(
        f"{model}\n" for model in models)
    return prolog.encode() + body + b"\n"


_TEI_ROOT = f'<TEI xmlns="{TEI_NS}"'.encode()


def _plainly_tei(body: bytes) -> bool:
    """Whether a serialised root is its clean copy already, read from its text (two scans
    in C instead of a deep copy and a query over every node): it declares the TEI namespace
    once, on the root, and nothing else (an element or attribute in another namespace or an
    element in none needs a declaration, and an unused declaration is one: `xmlns` would
    come again) and holds no processing instruction (text escapes `<`). A comment or text
    holding `xmlns` or `<?` only sends the document to the query."""
    return body.startswith(_TEI_ROOT) and body.count(b"xmlns") == 1 and b"<?" not in body


_FOREIGN = etree.XPath(
    "boolean(descendant-or-self::*[namespace-uri() != $tei] | descendant::processing-instruction()"
    " | descendant-or-self::*/@*[namespace-uri() != '' and namespace-uri() != $xml])")


def _has_foreign(root: etree._Element) -> bool:
    """Whether `clean_copy` has anything to remove below `root` (one query in C: most
    documents have nothing, and a Python loop over every node costs more)."""
    return bool(_FOREIGN(root, tei=TEI_NS, xml=XML_NS))


def _foreign(node: etree._Element) -> bool:
    """A processing instruction, or an element outside the TEI namespace (tags compared as
    text: no name objects per node)."""
    if isinstance(node, etree._ProcessingInstruction):
        return True
    return isinstance(node.tag, str) and not node.tag.startswith(_TEI_TAG)


def _drop_foreign_attributes(node: etree._Element) -> None:
    """Remove the attributes in a namespace other than XML's (comments have none)."""
    for name in node.keys():  # noqa: SIM118 (an element: iterating it gives its children)
        if name.startswith("{") and not name.startswith(_XML_ATTRIBUTE):
            del node.attrib[name]


def _remove(node: etree._Element) -> None:
    """Remove `node` and its content, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(node)
