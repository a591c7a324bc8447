"""Where the document stylesheet's time goes: `python bench/xslt_variants.py [FOLDER]
[--docs 200] [--runs 5] [--only NAME,...] [--list]`.

SaxonC has no stylesheet profiler, so this times variants instead: one compiled stylesheet
run over the TEI files of FOLDER (default: corpus/tei, replicated to --docs files) in one
process, as a render's first step calls it (`xslt/document.xsl`, the record, text blocks
and draft page in one call, the page without its frame, known register entities as stubs),
beside the saxonche identity transform of the same documents. A variant is the document
stylesheet imported by a small one that overrides a part of it (a named template, a
function, a mode's template, the output method) or asks for fewer parts: the time a part
costs is the baseline's minus the variant's. The variants change the output: they measure,
they are never used to render.

Every figure is CPU milliseconds per document (this process, Saxon's threads included): the
sum over the documents of each one's least time in --runs runs (load from other jobs only
adds), and the median run; every variant runs on the same document in turn, so that a change
in the host's load falls on all of them alike. The documents are parsed by lxml and handed
to Saxon once, untimed; `identity` is the identity transform on those trees, `parse +
identity` adds Saxon's parse of the document's text (bench/scale.py's reference, which
parses the files themselves). `--compare DIR` times another xslt folder (a snapshot of an
earlier version) as one more variant: interleaved, the two are compared in the same
conditions.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from saxonche import PySaxonProcessor, PyXdmNode, PyXdmValue, PyXsltExecutable

from tei.edition import load_edition
from tei.quiet import native_stderr_silenced
from tei.render import layout
from tei.render.entity_facts import EntityFacts
from tei.render.passes import PLACEHOLDER_NEXT, PLACEHOLDER_PREV
from tei.render.pipeline import site_context
from tei.resources import xslt_dir
from tei.xmlio import parse_bytes, read_bytes

_IDENTITY = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:mode on-no-match="shallow-copy"/></xsl:stylesheet>"""
_WRAPPER = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">
  <xsl:import href="{href}"/>
  {body}
</xsl:stylesheet>"""
PARTS = ("record", "text", "page")


@dataclass(frozen=True)
class Variant:
    """The document stylesheet with `body` overriding part of it, asked for `parts`."""

    name: str
    what: str
    body: str = ""
    parts: tuple[str, ...] = PARTS
    root: Path | None = None  # another xslt folder (default: this checkout's)


def _fn(name: str, params: str, result: str, select: str) -> str:
    """An xsl:function overriding `name`: `params` as 'name:type name:type'."""
    declared = "".join(f'<xsl:param name="{p.split(":", 1)[0]}" as="{p.split(":", 1)[1]}"/>'
                       for p in params.split())
    return (f'<xsl:function name="{name}" as="{result}">{declared}'
            f'<xsl:sequence select="{select}"/></xsl:function>')


VARIANTS = (
    Variant("baseline", "record + text blocks + page (as rendered)"),
    Variant("nothing", "no part: the call, the header, the variables", parts=()),
    Variant("record", "the record alone", parts=("record",)),
    Variant("text", "the text blocks alone", parts=("text",)),
    Variant("page", "the page alone", parts=("page",)),
    Variant("page-no-metadata", "page without the metadata panel",
            '<xsl:template name="tt:metadata"><xsl:param name="tei"/></xsl:template>', ("page",)),
    Variant("page-no-citation", "page without the citation",
            '<xsl:template name="tt:document-citation"><xsl:param name="tei"/>'
            '<xsl:param name="date"/><xsl:param name="source"/></xsl:template>', ("page",)),
    Variant("page-no-text", "page without its text section",
            '<xsl:template match="text"/>', ("page",)),
    Variant("page-no-endnotes", "page without the endnotes",
            '<xsl:template name="tt:endnotes"><xsl:param name="notes"/></xsl:template>', ("page",)),
    Variant("page-no-conventions", "page without the conventions legend",
            '<xsl:template name="tt:conventions"/><xsl:template name="tt:supplied-reasons"/>',
            ("page",)),
    Variant("page-no-names", "page: names as plain spans (no entity lookup)",
            '<xsl:template match="persName | placeName | orgName | rs | name | roleName '
            '| geogName | settlement | country | region"><span><xsl:apply-templates/></span>'
            '</xsl:template>', ("page",)),
    Variant("page-names-no-attrs", "page: names with the class written as a literal",
            '<xsl:template match="persName | placeName | orgName | rs | name | roleName '
            '| geogName | settlement | country | region"><xsl:param name="in-link" '
            'as="xs:boolean" tunnel="yes" select="false()"/><xsl:variable name="entity" '
            'select="tt:entity(.)"/><xsl:element name="{if (exists($entity) and not($in-link))'
            ' then \'a\' else \'span\'}"><xsl:attribute name="class" select="\'name\'"/>'
            '<xsl:if test="exists($entity)"><xsl:if test="not($in-link)"><xsl:attribute '
            'name="href" select="tt:entity-href($entity)"/></xsl:if><xsl:attribute '
            'name="title" select="tt:entity-hint($entity)"/></xsl:if><xsl:apply-templates>'
            '<xsl:with-param name="in-link" select="$in-link or exists($entity)" '
            'tunnel="yes"/></xsl:apply-templates></xsl:element></xsl:template>', ("page",)),
    Variant("page-names-no-tunnel", "page: names without the tunnel parameter",
            '<xsl:template match="persName | placeName | orgName | rs | name | roleName '
            '| geogName | settlement | country | region"><xsl:variable name="entity" '
            'select="tt:entity(.)"/><xsl:element name="{if (exists($entity))'
            ' then \'a\' else \'span\'}"><xsl:call-template name="tt:attrs">'
            '<xsl:with-param name="class" select="(\'name\', $entity ! tt:kind(.))"/>'
            '</xsl:call-template><xsl:if test="exists($entity)"><xsl:attribute '
            'name="href" select="tt:entity-href($entity)"/><xsl:attribute '
            'name="title" select="tt:entity-hint($entity)"/></xsl:if><xsl:apply-templates/>'
            '</xsl:element></xsl:template>', ("page",)),
    Variant("page-plain-attrs", "page: tt:attrs writes only class tei-NAME",
            '<xsl:template name="tt:attrs"><xsl:param name="class" as="xs:string*"/>'
            '<xsl:attribute name="class" select="\'tei-\' || local-name()"/></xsl:template>',
            ("page",)),
    Variant("page-xml-method", "page serialised by the XML method, not HTML",
            '<xsl:output method="xml" omit-xml-declaration="yes"/>', ("page",)),
    Variant("all-flat-is-block", "tt:is-block without looking into the children",
            _fn("tt:is-block", "e:element()", "xs:boolean",
                "local-name($e) = $tt:block-names")),
    Variant("all-no-entity", "tt:entity finds nothing (no key() lookups, no links)",
            _fn("tt:entity", "name:element()", "element()?", "()")),
    Variant("all-entity-by-path", "tt:entity by a path over the document instead of key()",
            _fn("tt:entity", "name:element()", "element()?",
                "(root($name)//(person | personGrp | place | org)[@xml:id = substring-after("
                "tokenize(normalize-space($name/@ref), ' ')[1], '#')])[1]")),
    Variant("all-no-collapse", "tt:collapse returns its text",
            _fn("tt:collapse", "s:xs:string?", "xs:string", "string($s)")),
    Variant("all-no-class-regex", "tt:class-token without its regex",
            _fn("tt:class-token", "s:xs:string?", "xs:string", "lower-case(normalize-space($s))")),
    Variant("all-no-note-index", "tt:note-index without counting preceding notes",
            _fn("tt:note-index", "note:element(note)", "xs:integer", "1")),
    Variant("all-no-date-label", "tt:date-label empty",
            _fn("tt:date-label", "d:element()?", "xs:string", "''")),
    Variant("all-const-title", "tt:title a constant",
            _fn("tt:title", "tei:element()", "xs:string", "'Title'")),
    Variant("all-no-fold", "tt:fold without normalize-unicode and its regex",
            _fn("tt:fold", "s:xs:string?", "xs:string", "lower-case(normalize-space($s))")),
    Variant("all-const-hint", "tt:entity-hint a constant (no name of the entry looked up)",
            _fn("tt:entity-hint", "entity:element()", "xs:string", "'hint'")),
    Variant("all-const-href", "tt:entity-href a constant",
            _fn("tt:entity-href", "entity:element()", "xs:string", "'href'")),
    Variant("all-const-kind", "tt:kind a constant",
            _fn("tt:kind", "entity:element()", "xs:string", "'person'")),
    Variant("page-no-bibtex", "page: the citation without BibTeX",
            _fn("tt:bibtex", "type:xs:string key:xs:string fields:element()*", "xs:string",
                "''"), ("page",)),
    Variant("page-no-csl", "page: the citation without CSL-JSON",
            _fn("tt:csl-json", "fields:element()*", "xs:string", "''"), ("page",)),
    Variant("page-citation-strings", "page: the citation's three strings made, not written",
            '<xsl:template name="tt:citation-block"><xsl:param name="id"/><xsl:param name="text"/>'
            '<xsl:param name="bibtex"/><xsl:param name="csl"/><xsl:value-of select="'
            'string-length($text) + string-length($bibtex) + string-length($csl)"/>'
            '</xsl:template>', ("page",)),
    Variant("page-citation-text", "page: the citation's text alone made, not written",
            '<xsl:template name="tt:citation-block"><xsl:param name="id"/><xsl:param name="text"/>'
            '<xsl:param name="bibtex"/><xsl:param name="csl"/><xsl:value-of select="'
            'string-length($text)"/></xsl:template>', ("page",)),
    Variant("page-no-facts", "page: the metadata panel without its facts",
            '<xsl:template name="tt:fact"><xsl:param name="field"/><xsl:param name="label"/>'
            '<xsl:param name="value"/></xsl:template>', ("page",)),
    Variant("text-no-header", "text: no header blocks",
            _fn("tt:header-blocks", "tei:element()", "map(*)*", "()"), ("text",)),
    Variant("text-no-body", "text: no body blocks",
            '<xsl:template match="text" mode="tt:blocks"/>', ("text",)),
    Variant("text-no-inline", "text: inline text empty",
            _fn("tt:inline-text", "nodes:node()*", "xs:string", "''"), ("text",)),
    Variant("text-inline-join", "text: inline text joined from text nodes, no xsl:value-of",
            '<xsl:function name="tt:inline-text" as="xs:string"><xsl:param name="nodes" '
            'as="node()*"/><xsl:variable name="parts" as="text()*"><xsl:apply-templates '
            'select="$nodes" mode="tt:inline"/></xsl:variable><xsl:sequence '
            'select="string-join($parts)"/></xsl:function>', ("text",)),
    Variant("record-no-roles", "record: every reference's role 'mentioned'",
            _fn("tt:role", "ref:element()", "xs:string", "'mentioned'"), ("record",)),
)


class Harness:
    """The documents as Saxon trees, the context and the compiled variants, on one
    processor (not locked: the variants import the stylesheet by its file address)."""

    def __init__(self, paths: Sequence[Path], known: bool) -> None:
        self.processor = PySaxonProcessor(license=False)
        self.compiler = self.processor.new_xslt30_processor()
        edition = load_edition()
        site, _ = site_context(edition, Path("site"), True, True)
        self.context = self.processor.parse_xml(
            xml_text=site(None, PLACEHOLDER_PREV, PLACEHOLDER_NEXT))
        self.frame = self.processor.make_boolean_value(False)
        self.held: list[object] = []  # values Saxon points to, kept alive
        self.documents: list[tuple[PyXdmNode, PyXdmValue, PyXdmValue]] = []
        facts = EntityFacts()
        for path in paths:
            tree = parse_bytes(read_bytes(path), str(path))
            text = etree.tostring(tree, encoding="unicode")
            keys = facts.keys(tree)
            stem = path.stem
            own = layout.document(stem)
            facts_value = self.strings((own["id"], own["page"], own.get("tei", ""),
                                        own.get("text", "")))
            self.documents.append((self.processor.parse_xml(xml_text=text), facts_value,
                                   self.strings(list(keys) if known else [])))
        self.texts = [etree.tostring(parse_bytes(read_bytes(p), str(p)), encoding="unicode")
                      for p in paths]

    def strings(self, parts: Sequence[str]) -> PyXdmValue:
        """A sequence of strings as Saxon holds it (its items kept alive)."""
        value = PyXdmValue(self.processor)
        items = [self.processor.make_string_value(part) for part in parts]
        for item in items:
            value.add_xdm_item(item)
        self.held.append((value, items))
        return value

    def compile(self, variant: Variant, work: Path) -> PyXsltExecutable:
        """The variant's executable, its parameters set but the document's."""
        source = work / f"{variant.name}.xsl"
        href = ((variant.root or xslt_dir()) / "document.xsl").resolve().as_uri()
        source.write_text(_WRAPPER.format(href=href, body=variant.body), encoding="utf-8")
        with native_stderr_silenced():  # Saxon warns of modules imported twice
            executable = self.compiler.compile_stylesheet(stylesheet_file=str(source))
        executable.set_property("!encoding", "utf-8")
        executable.set_parameter("context", self.context)
        executable.set_parameter("frame", self.frame)
        executable.set_parameter("parts", self.strings(variant.parts))
        return executable

    def call(self, executable: PyXsltExecutable) -> Callable[[int], float]:
        """A function running the executable on document `i`: CPU seconds spent."""
        def run(i: int) -> float:
            node, facts, known = self.documents[i]
            started = time.process_time()
            executable.set_parameter("document", facts)
            executable.set_parameter("known", known)
            executable.transform_to_string(xdm_node=node)
            return time.process_time() - started
        return run

    def references(self) -> dict[str, Callable[[int], float]]:
        """The identity transform on the trees, and with Saxon's parse of each text."""
        identity = self.compiler.compile_stylesheet(stylesheet_text=_IDENTITY)

        def tree(i: int) -> float:
            started = time.process_time()
            identity.transform_to_string(xdm_node=self.documents[i][0])
            return time.process_time() - started

        def parsed(i: int) -> float:
            started = time.process_time()
            identity.transform_to_string(xdm_node=self.processor.parse_xml(
                xml_text=self.texts[i]))
            return time.process_time() - started
        return {"identity": tree, "parse + identity": parsed}


def measure(paths: Sequence[Path], variants: Sequence[Variant], runs: int, known: bool,
            work: Path) -> None:
    """Print each variant's CPU ms a document beside the references and the baseline."""
    harness = Harness(paths, known)
    timed = harness.references()
    for variant in variants:
        timed[variant.name] = harness.call(harness.compile(variant, work))
    least = {name: [float("inf")] * len(paths) for name in timed}
    totals: dict[str, list[float]] = {name: [] for name in timed}
    for _ in range(runs):
        spent: dict[str, list[float]] = {name: [] for name in timed}
        for i in range(len(paths)):
            for name, run in timed.items():  # every variant on the same document in turn
                spent[name].append(run(i))
        for name in timed:
            least[name] = [min(a, b) for a, b in zip(least[name], spent[name], strict=True)]
            totals[name].append(sum(spent[name]))
    per = {name: 1000 * sum(spent) / len(paths) for name, spent in least.items()}
    median = {name: 1000 * sorted(spent)[len(spent) // 2] / len(paths)
              for name, spent in totals.items()}
    identity, base = per["parse + identity"], per.get("baseline")
    print(f"{len(paths)} documents, CPU ms a document over {runs} runs (each document's "
          f"least, and the median run), known entities as "
          f"{'stubs' if known else 'entries'}; least - baseline's; / parse + identity:")
    for name, ms in per.items():
        what = next((v.what for v in variants if v.name == name), "reference")
        delta = f"{ms - base:+7.2f}" if base is not None and name != "baseline" else " " * 7
        print(f"  {name:<22} {ms:7.2f} {median[name]:7.2f} {delta} {ms / identity:5.1f}x  "
              f"{what}", flush=True)


def sources(folder: Path, count: int) -> list[Path]:
    """The first `count` TEI files of `folder`, round-robin when it holds fewer."""
    found = sorted(folder.glob("*.xml"))
    return [found[i % len(found)] for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent / "corpus" / "tei")
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="comma-separated variants (and baseline)")
    parser.add_argument("--entries", action="store_true",
                        help="every entity's record entry made (no stubs: a worker's start)")
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another xslt folder (e.g. a snapshot's) timed as a variant")
    parser.add_argument("--list", action="store_true", help="list the variants and stop")
    args = parser.parse_args()
    if args.list:
        for variant in VARIANTS:
            print(f"{variant.name:<22} {variant.what}")
        return
    chosen = set(filter(None, args.only.split(",")))
    variants = [v for v in VARIANTS if not chosen or v.name in chosen | {"baseline"}]
    variants += [Variant(f"compare-{number}", f"baseline of {root}", root=root)
                 for number, root in enumerate(args.compare, 1)]
    with tempfile.TemporaryDirectory() as work:
        measure(sources(args.folder, args.docs), variants, args.runs, not args.entries,
                Path(work))


if __name__ == "__main__":
    main()
