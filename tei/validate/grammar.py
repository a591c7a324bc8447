"""Grammar layers: our RELAX NG (with messages from its derived XSD) and official TEI schemas.

The RELAX NG decides validity. libxml2's RELAX NG messages are vague ("Element div failed
to validate attributes"), so when a file fails, the XSD derived from the same grammar (tests
prove both accept and reject the same files) is run too and, if it also fails, its messages
are reported instead: they name the attribute, the value and what is expected.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from tei.diagnostics import error
from tei.validate.locate import NodeRef
from tei.validate.recheck import every_issue
from tei.xmlio import TEI_NS, XML_NS, parse_file

_DATE_ATTRIBUTES = {"when", "notBefore", "notAfter", "from", "to"}
_ATTRIBUTE = re.compile(r", attribute '([^']+)'")
_MAX_LISTED = 10
# libxml2 locates each schema error by counting the element's preceding siblings (and its
# ancestors'), so reporting errors among very many siblings takes quadratic time: elements
# with more children than this are checked one slice of children at a time.
MAX_CHILDREN = 2_000


def _expected(template: str) -> Callable[[re.Match[str]], str]:
    """Replacement listing expected elements; libxml2 names at most ten of them."""
    def replace(match: re.Match[str]) -> str:
        names = match.group(2).split(", ")
        more = ", ..." if len(names) >= _MAX_LISTED else ""
        return f"{match.expand(template)}: {', '.join(names)}{more}"
    return replace


def _enumeration(match: re.Match[str]) -> str:
    element, attribute, value, allowed = match.groups()
    return (f'{element} {attribute}="{value}": "{value}" is not allowed; use one of: '
            + allowed.replace("', '", ", "))


_ELEMENT = r"^Element (<[^>]+>(?: \([^)]+\))?)"
_EXPECTED = r"Expected is (?:one of )?\( (.*) \)\.$"
_REWRITES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(_ELEMENT + r", attribute '(\S+)': \[facet 'enumeration'\] The value '(.*)' "
                r"is not an element of the set \{'(.*)'\}\.$"),
     _enumeration),
    (re.compile(_ELEMENT + r", attribute '(\S+)': \[facet 'pattern'\] The value '(.*)' is "
                r"not accepted by the pattern '.*'\.$"),
     r'\1 \2="\3": "\3" does not have the required form'),
    (re.compile(_ELEMENT + r", attribute '(\S+)': The attribute '\S+' is not allowed\.$"),
     r"\1: attribute \2 is not allowed here"),
    (re.compile(_ELEMENT + r", attribute '(\S+)': '(.*)' is not a valid value of .*\.$"),
     r'\1 \2="\3": "\3" is not a valid value'),
    (re.compile(_ELEMENT + r": The attribute '(\S+)' is required but missing\.$"),
     r"\1 needs attribute \2"),
    (re.compile(_ELEMENT + r": This element is not expected\. " + _EXPECTED),
     _expected(r"\1 is not allowed here; expected")),
    (re.compile(_ELEMENT + r": This element is not expected\.$"),
     r"\1 is not allowed here"),
    (re.compile(_ELEMENT + r": Missing child element\(s\)\. " + _EXPECTED),
     _expected(r"\1 is incomplete; expected")),
    (re.compile(_ELEMENT + r": Character content other than whitespace is not allowed "
                r"because the content type is 'element-only'\.$"),
     r"\1 may not contain text directly, only elements"),
    (re.compile(_ELEMENT + r": Element content is not allowed, because the content type is a "
                r"simple type definition\.$"),
     r"\1 may contain only text, no elements"),
    (re.compile(_ELEMENT + r": No matching global declaration available for the validation "
                r"root\.$"),
     r"\1 cannot be the root element: a document starts with <TEI> in the TEI namespace "
     r'(xmlns="http://www.tei-c.org/ns/1.0")'),
    # libxml2's RELAX NG messages (official TEI schemas).
    (re.compile(r"^Did not expect element (\S+) there$"), r"<\1> is not allowed here"),
    (re.compile(r"^Did not expect text in element (\S+) content$"),
     r"<\1> may not contain text here"),
    (re.compile(r"^Element (\S+) has extra content: (\S+)$"),
     r"<\1> has content that is not allowed: \2"),
    (re.compile(r"^Expecting element (\S+), got (\S+)$"), r"expected <\1> here, found <\2>"),
    (re.compile(r"^Expecting an element (\S+), got nothing$"),
     r"an element is missing here: expected <\1>"),
    (re.compile(r"^Invalid attribute (\S+) for element (\S+)$"),
     r"<\2>: attribute \1 is not allowed here, or its value is not valid"),
    (re.compile(r"^Element (\S+) failed to validate attributes$"),
     r"<\1> has an attribute that is not allowed or has a wrong value"),
    (re.compile(r"^Element (\S+) failed to validate content$"),
     r"<\1> has content that is not allowed"),
    (re.compile(r"^Type (\S+) doesn't allow value '(.*)'$"), r'"\2" is not a valid \1'),
]


@dataclass(frozen=True, slots=True)
class SchemaIssue:
    """One schema error as libxml2 logs it: line, path of the element (if any), message.
    Resolving the path and rewriting the message is left to `locate`, for the listed ones."""

    line: int
    path: str | None
    message: str


def plain_names(message: str) -> str:
    """Write names as an editor would: <persName>, xml:id, <include> (namespace ...)."""
    message = re.sub(rf"'?\{{{re.escape(TEI_NS)}\}}([\w.-]+)'?", r"<\1>", message)
    message = re.sub(rf"\{{{re.escape(XML_NS)}\}}([\w.-]+)", r"xml:\1", message)
    message = re.sub(r"'?\{([a-z][\w+.-]*:[^}\s']+)\}([\w.-]+)'?", r"<\2> (namespace \1)",
                     message)
    return re.sub(r"^Element '([\w.-]+)'", r"Element <\1> (no namespace)", message)


def rewrite(message: str) -> str:
    """Turn a libxml2 schema message into an editor's sentence."""
    message = plain_names(message.strip())
    for pattern, replacement in _REWRITES:
        if pattern.match(message):
            message = pattern.sub(replacement, message)
            break
    attribute = re.search(r' (\w+)="[^"]*": "[^"]*" is not a valid value$', message)
    if attribute and attribute.group(1) in _DATE_ATTRIBUTES:
        message += " (write a real date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or " \
                   "YYYY-MM-DDThh:mm:ss)"
    return message


def namespace_prefixes(tree: etree._ElementTree) -> dict[str, str]:
    """The prefixes declared in `tree` (libxml2 writes its error paths with them)."""
    return {p: u for el in tree.iter(etree.Element) for p, u in el.nsmap.items() if p}


def locate(tree: etree._ElementTree, issue: SchemaIssue,
           prefixes: dict[str, str]) -> NodeRef | None:
    """The element the issue's path names (and the attribute its message names)."""
    if not issue.path:
        return None
    try:
        found = tree.xpath(issue.path, namespaces=prefixes)
    except etree.XPathError:
        return None
    if not found or not isinstance(found[0], etree._Element):
        return None
    attribute = _ATTRIBUTE.search(plain_names(issue.message))
    return NodeRef(found[0], attribute.group(1) if attribute else None)


def _issues(log: etree._ListErrorLog) -> list[SchemaIssue]:
    return [SchemaIssue(entry.line or 1, entry.path or None, entry.message) for entry in log]


# Whether some element has more than MAX_CHILDREN child nodes of any kind (text included):
# a test in C that only the rare documents with a wide element pass.
_MANY_CHILD_NODES = etree.XPath(f"boolean(descendant-or-self::*/node()[{MAX_CHILDREN + 1}])")


def _wide(root: etree._Element) -> list[etree._Element]:
    """The elements with more than MAX_CHILDREN children (as len() counts them: elements,
    comments and processing instructions), in document order (a loop over the elements
    costs a seventh of an XPath counting each one's children), looked for only if some
    element has that many child nodes."""
    if not _MANY_CHILD_NODES(root):
        return []
    return [element for element in root.iter(etree.Element) if len(element) > MAX_CHILDREN]


def checked_in_parts(tree: etree._ElementTree,
                     validate: Callable[[etree._ElementTree], list[SchemaIssue]],
                     ) -> list[SchemaIssue]:
    """Every issue `validate` finds in `tree`, where each element with more than
    MAX_CHILDREN children is checked one slice of its children at a time (libxml2's cost
    per error grows with the number of siblings): the tree is changed in place and put
    back. The first slice's check reports everything else; each later slice adds the issues
    inside the wide elements, with their line but no path (it would name a position in
    the slice)."""
    wide = _wide(tree.getroot())
    if not wide:
        return validate(tree)
    children = {id(element): list(element) for element in wide}
    parts = max(math.ceil(len(kids) / MAX_CHILDREN) for kids in children.values())
    try:
        for element in wide:
            _keep_slice(element, children[id(element)], 0)
        issues = validate(tree)
        for part in range(1, parts):
            for element in wide:
                _keep_slice(element, children[id(element)], part)
            inside = tuple(tree.getpath(element) + "/" for element in wide
                           if part * MAX_CHILDREN < len(children[id(element)]))
            issues += [SchemaIssue(issue.line, None, issue.message) for issue in validate(tree)
                       if issue.path and issue.path.startswith(inside)]
    finally:
        for element in wide:
            _keep_slice(element, children[id(element)], None)
    return issues


def _keep_slice(element: etree._Element, kids: list[etree._Element], part: int | None) -> None:
    """Leave `element` with the `part`-th slice of its children (the first slice when it has
    fewer parts), or with all of them for None."""
    for kid in list(element):
        element.remove(kid)
    if part is None:
        chosen = kids
    else:
        start = part * MAX_CHILDREN if part * MAX_CHILDREN < len(kids) else 0
        chosen = kids[start:start + MAX_CHILDREN]
    for kid in chosen:
        element.append(kid)


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
        return checked_in_parts(tree, self._check)

    @staticmethod
    def whole(tree: etree._ElementTree) -> bool:
        """Whether `check` validates `tree` as one (no element is wide enough to be checked
        in slices), so that no issue from it means the RELAX NG accepts the document."""
        return not _wide(tree.getroot())

    def _check(self, tree: etree._ElementTree) -> list[SchemaIssue]:
        if self._rng.validate(tree):
            return []
        if self._xsd.validate(tree):
            return _issues(self._rng.error_log)
        return every_issue(tree, self._xsd, _issues, namespace_prefixes(tree))


@cache
def _compile_official(path: Path) -> etree.XMLSchema:
    """Compile an official TEI XSD once per process (tei_all.xsd takes 9-14 s; RELAX NG
    schemas go to the pure-Python engine of `tei.validate.official` instead)."""
    tree = load_schema_tree(path)
    try:
        return etree.XMLSchema(tree)
    except etree.XMLSchemaParseError as exc:
        raise error(str(path), f"cannot use this TEI schema: {exc}", rule="tei-all") from None


class OfficialSchema:
    """An official TEI schema in XSD (tei_all.xsd), compiled on first use by libxml2."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()

    def load(self) -> etree.XMLSchema:
        """The compiled schema; raises InputError if it cannot be used."""
        return _compile_official(self.path)

    def check(self, tree: etree._ElementTree) -> list[SchemaIssue]:
        """Every error the official schema reports in `tree`."""
        schema = self.load()
        return checked_in_parts(
            tree, lambda part: [] if schema.validate(part) else _issues(schema.error_log))
