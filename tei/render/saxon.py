"""Saxon processors with the edition's stylesheets compiled once and locked: in each process,
one for a document's transforms and one for the whole-corpus pages, each made when first used.

Saxon never reads a file or URL itself: documents are parsed by the hardened parser in
`tei.xmlio` and handed over as serialised text, the processor refuses DOCTYPEs and every URI
scheme once the stylesheets are compiled, and the whole-corpus pages come back as the index
stylesheet's principal result, under the address their input names, once it is checked (any
`xsl:result-document` would be captured in memory, never written).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from lxml import etree
from saxonche import (
    PySaxonApiError,
    PySaxonProcessor,
    PyXdmAtomicValue,
    PyXdmNode,
    PyXdmValue,
    PyXslt30Processor,
    PyXsltExecutable,
)

from tei.diagnostics import InputError, error
from tei.quiet import native_stderr_silenced
from tei.render import frames
from tei.render.context import Link
from tei.render.frames import Frames, unpack
from tei.render.pager import Pager
from tei.render.text_layout import layout
from tei.resources import xslt_dir

_ALLOWED_PROTOCOLS = "http://saxon.sf.net/feature/allowedProtocols"
_PARSER_FEATURE = "http://saxon.sf.net/feature/parserFeature?uri="
_DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl"
# Base against which a whole-corpus page's address is checked; nothing is ever written there.
OUTPUT_BASE = "file:///tei-telegrams/site/"
_PAGER = "{urn:x-tei-telegrams}pager-of"  # the named template of a page's navigation
_FRAME = "{urn:x-tei-telegrams}frame-of"  # the named template of a page's frame
_ELEMENT = 1  # an element's node kind in SaxonC
_CONTEXTS = 8  # parsed contexts kept: more than the documents a first step takes together
PAGE_BREAK = "TTPAGEBREAKX"  # between the pages of a batch (tt:page-break in index.xsl)

STYLESHEETS = {
    "document": "document.xsl",  # importing html/document.xsl, text/... and index/record.xsl
    "index": "index/index.xsl",
    "apparatus": "html/apparatus.xsl",
}
DOCUMENT_STYLESHEETS = ("document",)  # a document's page, text and record, in one call
CORPUS_STYLESHEETS = ("index", "apparatus")  # the whole-corpus pages


Facts = Mapping[str, str]  # a document's own facts: id, page and download links
Held = tuple[PyXdmValue, list[PyXdmAtomicValue]]  # a value and its items, kept alive
PARTS = ("record", "text", "page")  # a document's outputs, as document.xsl names them


class StylesheetError(Exception):
    """A stylesheet of the edition failed to compile or produced an unsafe result."""


@dataclass(frozen=True, slots=True)
class Outputs:
    """What one call of the document stylesheet made ('' for a part not asked for): the
    index record (XML), the text edition's blocks (JSON) and the HTML page."""

    record: str
    blocks: str
    page: str


@dataclass(frozen=True, slots=True)
class Source:
    """A TEI document as Saxon holds it, with the path to name in diagnostics."""

    path: str
    node: PyXdmNode


class Renderer:
    """The edition's transforms on one locked Saxon processor. Not thread-safe: use one per
    process (`Renderer.shared()`, also a process pool initializer)."""

    def __init__(self, root: Path | None = None,
                 names: Collection[str] = tuple(STYLESHEETS)) -> None:
        root = root or xslt_dir()
        self._processor = PySaxonProcessor(license=False)
        compiler = self._processor.new_xslt30_processor()
        self._executables = {name: _compile(compiler, root / STYLESHEETS[name])
                             for name in names}
        for name in {"document", "apparatus", "index"}.intersection(names):
            self._executables[name].set_property("!encoding", "utf-8")
        if "index" in names:
            # None is made; if one were, it would stay in memory, never be written.
            self._executables["index"].set_capture_result_documents(True)
            self._executables["index"].set_base_output_uri(OUTPUT_BASE)
        self._contexts: dict[str, PyXdmNode] = {}
        self._held: list[Held] = []
        self._facts: Held = self._strings(())
        self._known: Held = self._facts
        self._parts: dict[tuple[str, ...], Held] = {}
        # Pages written without their frame, which is made once (tei.render.frames).
        self._frame_flags = (self._processor.make_boolean_value(False),
                             self._processor.make_boolean_value(True))
        self._frame_held: list[Held] = []
        self._whole = False
        self._frames = {name: Frames(partial(self._frame_of, name))
                        for name in {"document", "index"}.intersection(names)}
        for name in self._frames:
            self._executables[name].set_parameter("frame", self._frame_flags[0])
        self._pager = Pager(self._stylesheet_pager)
        self._lock()

    @staticmethod
    @cache
    def shared(names: tuple[str, ...] = DOCUMENT_STYLESHEETS) -> Renderer:
        """The renderer of this process for the stylesheets `names`, created on first use:
        one for a document's transforms, another for the whole-corpus pages (each on its
        own processor, locked once its stylesheets are compiled), so a build that renders
        a few documents and no corpus page compiles three stylesheets, not five."""
        return Renderer(names=names)

    def _lock(self) -> None:
        """Refuse every URI scheme (doc(), unparsed-text(), entities) and any DOCTYPE."""
        self._processor.set_configuration_property(_ALLOWED_PROTOCOLS, "")
        self._processor.set_configuration_property(
            _PARSER_FEATURE + quote(_DISALLOW_DOCTYPE, safe=""), "true")

    def load(self, tree: etree._ElementTree, path: str) -> Source:
        """Hand a document parsed by `tei.xmlio` to Saxon."""
        return Source(path, self._parse(etree.tostring(tree, encoding="unicode"), path))

    def html(self, source: Source, context: str, document: Facts | None = None) -> str:
        """The document's HTML page (context: see `tei.render.context`; `document`: the
        document's own facts, see `tei.render.layout.document`, when the context does not
        name it)."""
        return self.outputs(source, context, document, parts=("page",)).page

    def pager(self, prev: Link | None, next_: Link | None) -> str:
        """The previous/next navigation of a document's page alone, as its page shows it
        with these neighbours (see `tei.render.pager`)."""
        return self._pager(prev, next_)

    def _stylesheet_pager(self, prev: Link | None, next_: Link | None) -> str:
        """The navigation by the stylesheet, the neighbours handed over as strings (no
        context document to parse)."""
        executable = self._executables["document"]
        # Held until the next call (values and their items): the executable keeps pointers
        # to them, not references.
        self._held = [self._strings(() if link is None else (link.href, link.title, link.date))
                      for link in (prev, next_)]
        executable.set_initial_template_parameters(False, {"prev": self._held[0][0],
                                                           "next": self._held[1][0]})
        try:
            with native_stderr_silenced():
                return executable.call_template_returning_string(_PAGER) or ""
        except PySaxonApiError as exc:
            raise error("context", f"cannot render: {_message(exc)}", rule="render") from None

    def _strings(self, parts: Sequence[str]) -> Held:
        """A sequence of strings as Saxon holds it, with its items (to be kept alive while
        the executable may use it)."""
        value = PyXdmValue(self._processor)
        items = [self._processor.make_string_value(part) for part in parts]
        for item in items:
            value.add_xdm_item(item)
        return value, items

    def text(self, source: Source, context: str) -> str:
        """The document's plain-text edition (the stylesheet's blocks laid out in Python)."""
        return layout(self.outputs(source, context, parts=("text",)).blocks)

    def record(self, source: Source, context: str, document: Facts | None = None,
               known: Sequence[str] = ()) -> str:
        """The document's index record (XML); `document` as for `html`; `known`: the
        entities to write as stubs (see `tei.render.entity_facts`)."""
        return self.outputs(source, context, document, known, ("record",)).record

    def outputs(self, source: Source, context: str, document: Facts | None = None,
                known: Sequence[str] = (), parts: Sequence[str] = PARTS) -> Outputs:
        """The document's `parts` ('record', 'text' blocks, 'page') made in one transform
        (the arguments as for `html` and `record`); the page filled into its frame (see
        `tei.render.frames`)."""
        executable = self._executables["document"]
        # Held until the next call, as the pager's neighbours.
        self._facts = self._strings(() if document is None else (
            document["id"], document["page"], document.get("tei", ""),
            document.get("text", "")))
        self._known = self._strings(known)
        if tuple(parts) not in self._parts:
            self._parts[tuple(parts)] = self._strings(parts)
        for name, value in (("document", self._facts), ("known", self._known),
                            ("parts", self._parts[tuple(parts)])):
            executable.set_parameter(name, value[0])
        (record, blocks), page = unpack(
            self._transform(executable, source.node, context, source.path))
        if page and not self._whole:
            framed = self._frames["document"].page(context, page)
            page = framed if framed is not None else self._wholly(
                "document", lambda: self.outputs(source, context, document, known,
                                                 ("page",)).page)
        return Outputs(record, blocks, page)

    def apparatus(self, page: str, context: str) -> str:
        """An apparatus page's HTML (input: see `tei.render.apparatus.page_xml`)."""
        return self._transform(self._executables["apparatus"], self._parse(page, "page"),
                               context, "page")

    def index(self, corpus: str, context: str) -> dict[str, str]:
        """The whole-corpus page for a page input (`tei.render.indexes`): its address (the
        input's @path, relative to the site folder) -> HTML."""
        node = self._parse(corpus, "corpus")
        path = relative_output(OUTPUT_BASE + _page_path(node))
        executable = self._executables["index"]
        page = self._frames["index"].page(context, self._transform(executable, node, context,
                                                                    "corpus"))
        if page is None:
            page = self._wholly("index", lambda: self._transform(executable, node, context,
                                                                 "corpus"))
        return {path: page}

    def pages(self, inputs: Sequence[str], context: str) -> dict[str, str]:
        """The whole-corpus pages of several page inputs (as for `index`) in one call of the
        index stylesheet, their inputs parsed together; each page alone (`index`) when the
        batch cannot be parsed or parted, or a page needs the stylesheet to write it whole."""
        if len(inputs) < 2:
            return self._each(inputs, context)
        try:
            node = self._parse("<batch>" + "".join(inputs) + "</batch>", "corpus")
        except InputError:
            node = None
        roots = [] if node is None else _elements(_elements(node)[0])
        if node is None or len(roots) != len(inputs):
            return self._each(inputs, context)
        paths = [relative_output(OUTPUT_BASE + _page_path(root)) for root in roots]
        bare = self._transform(self._executables["index"], node, context, "corpus").split(
            PAGE_BREAK)
        if len(bare) != len(inputs):  # a page holds the break itself
            return self._each(inputs, context)
        pages = {}
        for path, text, result in zip(paths, inputs, bare, strict=True):
            page = self._frames["index"].page(context, result)
            pages[path] = page if page is not None else self.index(text, context)[path]
        return pages

    def _each(self, inputs: Sequence[str], context: str) -> dict[str, str]:
        """The pages of `inputs`, one call each."""
        return {path: page for text in inputs for path, page in self.index(text,
                                                                           context).items()}

    def _wholly(self, name: str, render: Callable[[], str]) -> str:
        """The page `render` makes with stylesheet `name` writing its frame itself (see
        `tei.render.frames`)."""
        executable = self._executables[name]
        executable.set_parameter("frame", self._frame_flags[1])
        self._whole = True
        try:
            return render()
        finally:
            executable.set_parameter("frame", self._frame_flags[0])
            self._whole = False

    def _frame_of(self, name: str, context: str, section: str, scripts: tuple[str, ...]
                  ) -> str:
        """The frame of stylesheet `name`'s pages of `section` with `scripts` in
        `context`, markers in place of the title and content (`tt:frame-of`)."""
        executable = self._executables[name]
        executable.set_parameter("context", self._context(context))
        # Held until the next frame, as the pager's neighbours.
        self._frame_held = [self._strings(values) for values in (
            (section,), scripts, (frames.TITLE,), (frames.BODY,))]
        executable.set_initial_template_parameters(False, dict(zip(
            ("section", "scripts", "title", "body"),
            (held[0] for held in self._frame_held), strict=True)))
        try:
            with native_stderr_silenced():
                return executable.call_template_returning_string(_FRAME) or ""
        except PySaxonApiError as exc:
            raise error("context", f"cannot render: {_message(exc)}", rule="render") from None

    def _transform(self, executable: PyXsltExecutable, node: PyXdmNode, context: str,
                   path: str) -> str:
        executable.set_parameter("context", self._context(context))
        try:
            with native_stderr_silenced():
                return executable.transform_to_string(xdm_node=node) or ""
        except PySaxonApiError as exc:
            raise error(path, f"cannot render: {_message(exc)}", rule="render") from None

    def _context(self, text: str) -> PyXdmNode:
        """The context parameter as Saxon holds it, parsed once for the transforms of the
        same context (a document's record, text edition and draft page, run a few
        documents at a time: the last `_CONTEXTS` contexts are kept)."""
        node = self._contexts.get(text)
        if node is None:
            if len(self._contexts) == _CONTEXTS:
                del self._contexts[next(iter(self._contexts))]  # the oldest
            node = self._contexts[text] = self._parse(text, "context")
        return node

    def _parse(self, text: str, path: str) -> PyXdmNode:
        try:
            with native_stderr_silenced():
                return self._processor.parse_xml(xml_text=text)
        except PySaxonApiError as exc:
            raise error(path, f"cannot hand the document to Saxon: {_message(exc)}",
                        rule="render") from None


def _elements(node: PyXdmNode) -> list[PyXdmNode]:
    """The node's child elements."""
    return [child for child in node.children or () if child.node_kind == _ELEMENT]


def _page_path(node: PyXdmNode) -> str:
    """The @path of a page input's root element (`node`: its document or the element)."""
    root = node if node.node_kind == _ELEMENT else next(iter(_elements(node)), None)
    value = root.get_attribute_value("path") if root is not None else None
    if not value:
        raise StylesheetError("a page input without a path")
    return value


def _compile(compiler: PyXslt30Processor, path: Path) -> PyXsltExecutable:
    try:
        return compiler.compile_stylesheet(stylesheet_file=str(path))
    except PySaxonApiError as exc:
        raise StylesheetError(f"{path}: {_message(exc)}") from None


def _message(exc: Exception) -> str:
    return " ".join(str(exc).split())


def relative_output(uri: str) -> str:
    """Path of a result document relative to the output folder; refuse anything outside it."""
    base = OUTPUT_BASE.replace("file:///", "file:/", 1)
    for prefix in (OUTPUT_BASE, base):
        if uri.startswith(prefix):
            relative = PurePosixPath(uri[len(prefix):])
            if (relative.parts and not relative.is_absolute() and ".." not in relative.parts
                    and "\\" not in str(relative)):
                return str(relative)
    raise StylesheetError(f"result document outside the output folder: {uri}")
