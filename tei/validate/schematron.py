"""ISO Schematron rules, compiled to XSLT 3.0 and run offline by Saxon (saxonche).

`compile_schematron` turns a schema (query binding xslt2 or xslt3) into a stylesheet that
writes one line per failed assert or successful report: rule id, role, the `path()` of the
context node and the message, separated by tabs. Supported: `ns`, `let` (schema and rule
level), `pattern`, `rule`, `assert`, `report`, `value-of`, `name`, `emph`, `span`, `dir`, and
the `xsl:function` and `xsl:key` elements the xslt2 binding allows at schema level. Every
assert and report needs an `@id`: it is the rule id users see. Anything else (phases,
abstract patterns, includes, diagnostics) is refused with a SchematronError.

`SchematronRules` compiles once per process and locks Saxon down: no DOCTYPE, no URI scheme
allowed (no `doc()`, `unparsed-text()`, external entities). Documents reach Saxon only as
strings serialised from the hardened lxml parser's tree.
"""

from __future__ import annotations

import copy
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from tei.diagnostics import Severity
from tei.quiet import native_stderr_silenced
from tei.validate.contexts import selection
from tei.xmlio import parse_file

if TYPE_CHECKING:
    import saxonche

SCH_NS = "http://purl.oclc.org/dsdl/schematron"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
XS_NS = "http://www.w3.org/2001/XMLSchema"
_EMIT = "tei-telegrams-emit"
_ROLES = {"error": Severity.ERROR, "fatal": Severity.ERROR, "warning": Severity.WARNING,
          "info": Severity.INFO}
_DOCUMENTATION = {f"{{{SCH_NS}}}title", f"{{{SCH_NS}}}p"}
_DOCTYPE_FEATURE = "http://apache.org/xml/features/disallow-doctype-decl"


class SchematronError(Exception):
    """The schema uses a feature this compiler does not support, or is malformed."""


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One assert or report of a schema: its id and severity."""

    id: str
    severity: Severity


@dataclass(frozen=True, slots=True)
class RuleFinding:
    """A failed assert or fired report on one node, located by its XPath `path()`."""

    rule: str
    severity: Severity
    path: str
    message: str


def _sch(name: str) -> str:
    return f"{{{SCH_NS}}}{name}"


def _xsl(parent: etree._Element, instruction: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{XSL_NS}}}{instruction}", attrs)


def _unsupported(node: etree._Element) -> SchematronError:
    name = etree.QName(node).localname if isinstance(node.tag, str) else "node"
    return SchematronError(f"line {node.sourceline}: <{name}> is not supported here")


def _children(node: etree._Element) -> list[etree._Element]:
    """Element children, skipping comments and processing instructions."""
    return [child for child in node if isinstance(child.tag, str)]


def rules(schema: etree._ElementTree) -> list[RuleInfo]:
    """List the asserts and reports of a schema in document order."""
    found = []
    for test in schema.getroot().iter(_sch("assert"), _sch("report")):
        severity = _ROLES.get(test.get("role", "error"))
        if not test.get("id") or severity is None:
            raise SchematronError(f"line {test.sourceline}: every assert and report needs an @id "
                                  "and a role of error, warning or info")
        found.append(RuleInfo(test.get("id", ""), severity))
    return found


def keeping(schema: etree._ElementTree, keep: Callable[[str], bool]) -> etree._ElementTree:
    """A copy of `schema` without the asserts and reports whose id `keep` refuses (their rules
    stay, so that each node still fires the same rule of a pattern)."""
    kept = copy.deepcopy(schema)
    for test in list(kept.getroot().iter(_sch("assert"), _sch("report"))):
        if not keep(test.get("id", "")):
            test.getparent().remove(test)
    return kept


def compile_schematron(schema: etree._ElementTree) -> str:
    """Compile an ISO Schematron schema to an XSLT 3.0 stylesheet (as text)."""
    root = schema.getroot()
    if root.tag != _sch("schema"):
        raise SchematronError("not an ISO Schematron schema (root must be sch:schema)")
    if root.get("queryBinding", "xslt") not in {"xslt2", "xslt3"}:
        raise SchematronError('queryBinding must be "xslt2" or "xslt3" (XPath 2.0 or later)')
    rules(schema)
    nsmap = {p: u for p, u in root.nsmap.items() if p and u != SCH_NS}
    nsmap.update({ns.get("prefix"): ns.get("uri") for ns in root.iter(_sch("ns"))})
    nsmap.update({"xsl": XSL_NS, "xs": XS_NS})
    sheet = etree.Element(f"{{{XSL_NS}}}stylesheet", {"version": "3.0",
                          "exclude-result-prefixes": "#all"}, nsmap=nsmap)
    _xsl(sheet, "output", method="text", encoding="UTF-8")
    patterns = [child for child in _children(root) if child.tag == _sch("pattern")]
    for child in _children(root):
        _compile_top(sheet, child)
    start = _xsl(sheet, "template", match="/")
    for number, pattern in enumerate(patterns, 1):
        select = _compile_pattern(sheet, pattern, f"p{number}")
        if next(pattern.iter(_sch("assert"), _sch("report")), None) is not None:
            _xsl(start, "apply-templates", select=select or ".", mode=f"p{number}")
    _compile_emitter(sheet)
    return etree.tostring(sheet, encoding="unicode")


def _compile_top(sheet: etree._Element, node: etree._Element) -> None:
    """Copy or translate one child of sch:schema (patterns are compiled separately)."""
    if node.tag == _sch("let"):
        _xsl(sheet, "variable", name=node.get("name", ""), select=node.get("value", ""))
    elif node.tag in {f"{{{XSL_NS}}}function", f"{{{XSL_NS}}}key"}:
        sheet.append(_copy(node))
    elif node.tag not in {_sch("pattern"), _sch("ns"), *_DOCUMENTATION}:
        raise _unsupported(node)


def _copy(node: etree._Element) -> etree._Element:
    """Deep copy of a foreign XSLT element without its comments."""
    copy = etree.fromstring(etree.tostring(node))
    for comment in copy.xpath("//comment()"):
        comment.getparent().remove(comment)
    return copy


def _compile_pattern(sheet: etree._Element, pattern: etree._Element,
                     mode: str) -> str | None:
    """One mode per pattern; its rules are templates whose priority follows document order,
    so that each node fires at most the first rule of a pattern whose context matches.

    Returns an XPath selecting the nodes its contexts may match (`contexts.selection`): the
    mode is then applied to those nodes only, each in turn; without one it walks the whole
    tree."""
    if pattern.get("abstract") or pattern.get("is-a"):
        raise _unsupported(pattern)
    rule_nodes = [child for child in _children(pattern) if child.tag == _sch("rule")]
    for child in _children(pattern):
        if child.tag != _sch("rule") and child.tag not in _DOCUMENTATION:
            raise _unsupported(child)
    select = selection([rule.get("context", "") for rule in rule_nodes])
    _xsl(sheet, "mode", name=mode, **{"on-no-match": "deep-skip" if select else "shallow-skip"})
    for index, rule in enumerate(rule_nodes):
        if rule.get("abstract") or not rule.get("context"):
            raise _unsupported(rule)
        template = _xsl(sheet, "template", match=rule.get("context", ""), mode=mode,
                        priority=str(len(rule_nodes) - index))
        for child in _children(rule):
            _compile_rule_child(template, child)
        if select is None:
            _xsl(template, "apply-templates", select="@*|node()", mode=mode)
    return select


def _compile_rule_child(template: etree._Element, node: etree._Element) -> None:
    if node.tag == _sch("let"):
        _xsl(template, "variable", name=node.get("name", ""), select=node.get("value", ""))
        return
    if node.tag not in {_sch("assert"), _sch("report")}:
        raise _unsupported(node)
    test = node.get("test", "")
    condition = f"not({test})" if node.tag == _sch("assert") else f"({test})"
    emit = _xsl(_xsl(template, "if", test=condition), "call-template", name=_EMIT)
    severity = _ROLES[node.get("role", "error")]
    for name, value in (("rule", node.get("id", "")), ("severity", str(severity))):
        _xsl(emit, "with-param", name=name, select=_string_literal(value))
    _compile_message(_xsl(emit, "with-param", name="message"), node)


def _compile_message(target: etree._Element, node: etree._Element) -> None:
    """Translate the mixed content of an assert or report into XSLT instructions."""
    if node.text:
        _xsl(target, "text").text = node.text
    for child in node:
        if child.tag == _sch("value-of"):
            _xsl(target, "value-of", select=child.get("select", ""))
        elif child.tag == _sch("name"):
            _xsl(target, "value-of", select=f"name({child.get('path', '.')})")
        elif child.tag in {_sch("emph"), _sch("span"), _sch("dir")}:
            _compile_message(target, child)
        elif isinstance(child.tag, str):
            raise _unsupported(child)
        if child.tail:
            _xsl(target, "text").text = child.tail


def _compile_emitter(sheet: etree._Element) -> None:
    """The named template writing one finding: id, role, path and message, tab-separated."""
    template = _xsl(sheet, "template", name=_EMIT)
    for name in ("rule", "severity", "message"):
        _xsl(template, "param", name=name)
    _xsl(template, "value-of", separator="\t",
         select="($rule, $severity, path(), normalize-space(string($message)))")
    _xsl(template, "text").text = "\n"


def _string_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def parse_findings(output: str) -> list[RuleFinding]:
    """Read the compiled stylesheet's output: one finding per line-feed-terminated line
    (messages may hold other line breaks, such as U+2028 or U+0085)."""
    findings = []
    for line in output.split("\n"):
        if line:
            rule, severity, path, message = line.split("\t", 3)
            findings.append(RuleFinding(rule, Severity(severity), path, message))
    return findings


@cache
def saxon_processor() -> saxonche.PySaxonProcessor:
    """The process's one Saxon processor (saxonche is imported on first need: a run whose
    rules need no Saxon does without it)."""
    import saxonche

    return saxonche.PySaxonProcessor(license=False)


def _saxon_error() -> type[Exception]:
    """Saxon's exception class."""
    import saxonche

    return saxonche.PySaxonApiError


def _lock_down(processor: saxonche.PySaxonProcessor) -> None:
    """Forbid every URI scheme (doc(), unparsed-text(), entities) and DOCTYPE declarations."""
    processor.set_configuration_property("http://saxon.sf.net/feature/allowedProtocols", "")
    feature = urllib.parse.quote(_DOCTYPE_FEATURE, safe="")
    processor.set_configuration_property(
        f"http://saxon.sf.net/feature/parserFeature?uri={feature}", "true")


@cache
def _document_builder() -> saxonche.PyDocumentBuilder:
    """The builder of Saxon trees (the processor is locked down by then)."""
    return saxon_processor().new_document_builder()


class SaxonDocument:
    """A parsed file as the rule layers see it: Saxon's copy of the tree (serialised from the
    hardened lxml parse) is built on first use and shared by every schema that checks it;
    base-uri() is the file's URI (for the file-name rule). `plain_names`: every element and
    attribute name is known to be ASCII (our grammar accepted the file). `with_id`: the
    elements with an xml:id, if the wf layer found them (tei.validate.ids.ID_HOLDERS)."""

    def __init__(self, tree: etree._ElementTree, path: Path, plain_names: bool = False,
                 with_id: list[etree._Element] | None = None) -> None:
        self.tree = tree
        self.path = path
        self.plain_names = plain_names
        self.with_id = with_id

    @cached_property
    def node(self) -> saxonche.PyXdmNode:
        """Saxon's tree; raises saxonche.PySaxonApiError if Saxon cannot read it."""
        builder = _document_builder()
        builder.set_base_uri(self.path.resolve().as_uri())
        with native_stderr_silenced():
            return builder.parse_xml(xml_text=etree.tostring(self.tree, encoding="unicode"))


class SchematronRules:
    """A Schematron schema compiled once; `check` runs it on one parsed document."""

    def __init__(self, schema_path: Path, keep: Callable[[str], bool] | None = None) -> None:
        schema = parse_file(schema_path)
        if keep is not None:
            schema = keeping(schema, keep)
        processor = saxon_processor()
        compiler = processor.new_xslt30_processor()
        try:
            self._executable = compiler.compile_stylesheet(
                stylesheet_text=compile_schematron(schema))
        except SchematronError as exc:
            raise SchematronError(f"{schema_path}: {exc}") from None
        except _saxon_error() as exc:
            raise SchematronError(f"{schema_path}: the rules do not compile: {exc}") from None
        _lock_down(processor)

    def check(self, tree: etree._ElementTree, path: Path) -> list[RuleFinding]:
        """Run the rules on `tree`, read from `path`. Raises SchematronError when a rule
        fails at run time."""
        return self.check_document(SaxonDocument(tree, path))

    def check_document(self, document: SaxonDocument) -> list[RuleFinding]:
        """Run the rules on a document other schemas may check too. Raises SchematronError
        when a rule fails at run time."""
        try:
            node = document.node
            with native_stderr_silenced():
                result = self._executable.transform_to_string(xdm_node=node)
            return parse_findings(result)
        except _saxon_error() as exc:
            raise SchematronError(f"the rules could not run: {str(exc).strip()}") from None
