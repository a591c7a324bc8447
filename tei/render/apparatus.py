"""The edition's apparatus pages (About, Editorial principles, How to cite, Downloads) from the
Markdown files its editors write (`corpus/pages/*.md`).

A page may open with YAML front matter (`title`, `order`, `generated`); without a title its
first `# heading` is the title. Markdown is converted by markdown-it-py (CommonMark) with raw
HTML disabled, so anything the file holds is shown as text, never run; images are not
converted (the site makes no request outside itself). `generated` names a part the build adds
after the editors' text from the edition's own data: its team and release, the conventions
legend, the citation formats or the list of downloads. A README.md in the folder is no page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from tei.cache import cached_data, content_key
from tei.diagnostics import Diagnostic, InputError, error
from tei.render import layout
from tei.xmlio import parse_bytes, read_bytes

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

GENERATED = ("team", "conventions", "citation", "downloads")
_READER = Path(__file__)  # the code reading a page (part of its cache entry's key)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.DOTALL | re.MULTILINE)
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
_HEADING = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_LOCAL_MARKDOWN = re.compile(r"^(?![a-z][a-z0-9+.-]*:|/)([^#?]*)\.md(?=$|[#?])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """One apparatus page: its name in the site, title, place in the navigation, body (XHTML
    fragment as XML text) and the generated part that follows the body ('' for none)."""

    slug: str
    title: str
    order: float
    body: str
    generated: str = ""

    @property
    def href(self) -> str:
        """Address of the page from the site root."""
        return layout.apparatus_href(self.slug)


@cache
def _markdown() -> MarkdownIt:
    """The Markdown parser of the pages (imported here: only an edition with pages needs
    it)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).disable("image")


def load_pages(folder: str | Path) -> tuple[tuple[Page, ...], tuple[Diagnostic, ...]]:
    """The pages of `folder` in navigation order (order, then file name), and a diagnostic for
    each file that cannot be a page. A missing folder holds no pages."""
    folder = Path(folder)
    if not str(folder) or not folder.is_dir():
        return (), ()
    pages: list[Page] = []
    problems: list[Diagnostic] = []
    for path in sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md"):
        try:
            pages.append(read_page(path))
        except InputError as exc:
            problems.append(exc.diagnostic)
    pages.sort(key=lambda page: (page.order, page.slug))
    return tuple(pages), tuple(problems)


def read_page(path: Path) -> Page:
    """One Markdown file as a page; InputError for a name, front matter or text it cannot use.
    What is read of a file is cached on disk, keyed by its name and bytes and the code
    reading it (markdown-it-py is pinned to one major version), so a build whose pages are
    unchanged imports neither the YAML nor the Markdown parser; a file that cannot be a
    page is never cached, so it is reported on every read."""
    slug = path.stem
    if not _SLUG.fullmatch(slug):
        raise error(str(path), "not a page name: use lower-case letters, digits and hyphens "
                    "(e.g. editorial-principles.md)", rule="pages-name")
    data = read_bytes(path)
    key = content_key("page", _READER.read_bytes(), slug.encode("utf-8"), data)
    title, order, body, generated = cached_data(key, lambda: _page_fields(slug, data, str(path)))
    return Page(slug, title, order, body, generated)


def _page_fields(slug: str, data: bytes, path: str) -> tuple[str, float, str, str]:
    """The title, navigation order, body and generated part of the page `slug` whose file
    at `path` holds `data`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(path, f"not UTF-8 text: {exc.reason}", rule="pages-text") from None
    facts, markdown = front_matter(text, path)
    title = str(facts.get("title") or "")
    if not title and (heading := _HEADING.match(markdown)):
        title, markdown = heading.group(1), markdown[heading.end():]
    generated = str(facts.get("generated") or "")
    if generated and generated not in GENERATED:
        raise error(path, f"generated: {generated!r} is none of {', '.join(GENERATED)}",
                    rule="pages-front-matter")
    order = facts.get("order", float("inf"))
    if isinstance(order, bool) or not isinstance(order, int | float):
        raise error(path, f"order: {order!r} is not a number", rule="pages-front-matter")
    return (title or slug.replace("-", " ").capitalize(), float(order),
            markdown_xhtml(markdown, path), generated)


def front_matter(text: str, path: str) -> tuple[dict, str]:
    """The YAML front matter (a mapping, empty when absent) and the Markdown after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml  # only for pages with front matter

    try:
        facts = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise error(path, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}",
                    line, rule="pages-front-matter") from None
    if not isinstance(facts, dict):
        raise error(path, "front matter is not a mapping of keys (title, order, generated)",
                    2, rule="pages-front-matter")
    return facts, text[match.end():]


def markdown_xhtml(markdown: str, path: str = "markdown") -> str:
    """Markdown as an XHTML fragment in a <div> (XML text): raw HTML escaped, links to other
    Markdown pages (`about.md`) pointing at their HTML pages."""
    html = _markdown().render(markdown)
    root = parse_bytes(f"<div>{html}</div>".encode(), path).getroot()
    for link in root.iter("a"):
        link.set("href", _LOCAL_MARKDOWN.sub(r"\1.html", link.get("href", "")))
    return etree.tostring(root, encoding="unicode")


def page_xml(page: Page) -> str:
    """The input of the apparatus stylesheet for one page."""
    root = etree.Element("page", slug=page.slug, title=page.title, generated=page.generated)
    root.append(etree.fromstring(page.body))
    return etree.tostring(root, encoding="unicode")
