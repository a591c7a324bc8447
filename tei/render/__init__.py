"""Editions: TEI documents rendered as a static HTML site and a plain-text edition.

The stylesheets live in `xslt/` (XSLT 3.0, run by saxonche); this package hands them the
documents safely, runs them once per document (in a process pool when asked), and builds
the index pages and the search index for the whole set.
"""

from tei.edition import Edition, load_edition
from tei.render.context import Link, context_xml
from tei.render.pipeline import RenderResult, render_edition
from tei.render.saxon import Renderer, Source, StylesheetError

__all__ = [
    "Edition",
    "Link",
    "RenderResult",
    "Renderer",
    "Source",
    "StylesheetError",
    "context_xml",
    "load_edition",
    "render_edition",
]
