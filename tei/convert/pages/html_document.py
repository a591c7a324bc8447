"""A whole web page saved as HTML (a browser's `Save page as`, `curl` or `wget` of an
archive's document page) rather than its text copied from the screen.

Every page reader and pattern table is written for the text a reader copies from the page,
so the page is first read as a browser's `innerText` gives it: what is never shown (the
`head`, scripts, styles, templates, `hidden` elements) is left out, white space runs
collapse to one space but in preformatted blocks, a block element (`div`, `h1`, `li`,
`tr`, ...) stands on its own line, a paragraph has a blank line above and below, `br`
breaks the line and a table row's cells are parted by tabs. The page's own address
(`<link rel="canonical">`, `og:url`) is its source URL.

Fragments of markup in a text (`<br />`, `<a ...>¶</a>`) are no page: the read stage cleans
them. A page's source copied from its document's element down (a browser's `View source` or
the inspector's `Copy outerHTML`: a `main`, `article`, `section`, `div`, `table` or `center`
element opening the text and a tag closing it, formats67) is read as a page. Each line of
the page's text remembers the source line it came from, so that every warning names the line
of the HTML file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree, html

from tei.convert.pages.page_address import is_address

_HEAD = 2_000  # the doctype or the root element opens a page within its first characters
_PAGE = re.compile(r"\A\ufeff?\s*+(?:<\?xml[^>]{0,200}>\s*+)?(?:<!--.{0,500}?-->\s*+)*"
                   r"(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.DOTALL)
# (formats67) the source of the page's element that holds the document
_FRAGMENT = re.compile(r"\A\ufeff?\s*+(?:<!--.{0,500}?-->\s*+)*"
                       r"<(?:main|article|section|div|table|center)[\s>]",
                       re.IGNORECASE | re.DOTALL)
_DECLARATION = re.compile(r"\A\ufeff?\s*+<\?xml[^>]{0,200}>")
_UNSHOWN = frozenset({"head", "script", "style", "template", "noscript", "title", "meta",
                      "link", "base", "area", "datalist", "param", "rp", "svg", "math",
                      "iframe", "object", "embed", "canvas", "select", "button"})
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "body", "caption", "center",
                     "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
                     "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
                     "h6", "header", "hgroup", "hr", "legend", "li", "listing", "main",
                     "menu", "nav", "ol", "plaintext", "pre", "search", "section", "summary",
                     "table", "tbody", "thead", "tfoot", "tr", "ul", "xmp"})
_PREFORMATTED = frozenset({"pre", "listing", "xmp", "plaintext", "textarea"})
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\n\r\f]+")
# what parts a breadcrumb trail's or a menu's links on one line
_SEPARATORS = " \t|>»›/·•:-–—,"
# text only a screen reader is given (a skip link, a search field's label) or a style hides
_SCREEN_READER = frozenset({"visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
                            "element-invisible", "skip-link", "skip-links", "skipnav"})
_STYLE_HIDDEN = re.compile(r"display\s*+:\s*+none|visibility\s*+:\s*+hidden", re.IGNORECASE)
# the site's own parts around a document: its banner, menus, sidebars, breadcrumb trail, footer
_CHROME_TAGS = frozenset({"header", "footer", "aside"})
_CHROME_ROLES = frozenset({"banner", "contentinfo", "navigation", "complementary", "search"})
_CHROME_NAMES = frozenset({"header", "site-header", "masthead", "footer", "site-footer",
                           "colophon", "breadcrumb", "breadcrumbs", "sidebar", "comments"})
# a post's or an item's tag list (WordPress `tags-links`, Omeka `item-tags`, Drupal's
# `field--name-field-tags`)
_TAG_LIST = re.compile(r"(?:^|[-_])(?:tags?|cat-links|categories)(?:-links)?$")
_LABELS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt", "th", "label"})
_LABEL_WORDS = 5  # the longest a field's label is (`Associated People & Organizations`)
_CONTENT = "ancestor-or-self::*[self::main or self::article or @role='main']"


@dataclass(frozen=True, slots=True)
class PageText:
    """The text a page shows, the source line of each of its lines (1-based) and the
    page's own address ('' when it gives none)."""

    text: str
    source_lines: tuple[int, ...]
    address: str = ""

    def source_line(self, line: int) -> int:
        """The HTML file's line that the text's `line` came from."""
        return self.source_lines[min(max(line, 1), len(self.source_lines)) - 1] \
            if self.source_lines else 1


def is_page(text: str) -> bool:
    """Whether `text` is a whole HTML page (a doctype or an `html` root opens it) or the
    source of the element holding its document (that element opens it, a tag closes it)."""
    return bool(_PAGE.match(text[:_HEAD])) or (
        bool(_FRAGMENT.match(text[:_HEAD])) and text.rstrip().endswith(">"))


def page_text(text: str) -> PageText:
    """The text `text`, a whole HTML page, shows a reader, line by line."""
    source = _DECLARATION.sub(lambda m: "\n" * m.group().count("\n"), text, count=1)
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = html.document_fromstring(source, parser=parser)
    except etree.ParserError:  # `Document is empty`: nothing a reader is shown
        return PageText("", ())
    runs = _Runs()
    walk = etree.iterwalk(root, events=("start", "end"))
    skipped = None  # an unshown element's end event follows its start (its subtree skipped)
    for event, element in walk:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start" and (tag in _UNSHOWN or _unshown(element, tag)):
            walk.skip_subtree()
            skipped = element
        elif event == "start":
            runs.open(element, tag)
        elif element is skipped:
            runs.tail(element)
        else:
            runs.close(element, tag)
    lines, numbers = runs.lines()
    return PageText("\n".join(lines), tuple(numbers), _address(root))


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of the page's text: its source line, whether it is preformatted, the link it
    is the text of (0: none), whether a list item holds it and whether a label does (a
    heading, a `dt`)."""

    text: str
    line: int
    preformatted: bool = False
    link: int = 0
    listed: bool = False
    label: bool = False


class _Runs:
    """The page's text as runs of text and required line breaks (`innerText`'s items)."""

    def __init__(self) -> None:
        self.items: list[_Piece | int] = []
        self.preformatted = 0
        self.links: list[int] = []
        self.listed = 0
        self.labels = 0
        self.opened_links = 0

    def open(self, element: html.HtmlElement, tag: str) -> None:
        line = element.sourceline or 1
        if tag == "br":
            self.items.append(_Piece("\n", line))
        elif tag in _BLOCKS or tag == "p":
            self.items.append(2 if tag == "p" else 1)
        elif tag in _CELLS and element.getprevious() is not None:
            self.items.append(_field_cell(element, tag, line))
        self.preformatted += tag in _PREFORMATTED
        self.listed += tag == "li"
        self.labels += _label(element, tag)
        if tag == "a" and element.get("href") is not None:
            self.opened_links += 1
            self.links.append(self.opened_links)
        self.text(element.text, line)

    def close(self, element: html.HtmlElement, tag: str) -> None:
        self.preformatted -= tag in _PREFORMATTED
        self.listed -= tag == "li"
        self.labels -= _label(element, tag)
        if tag == "a" and element.get("href") is not None:
            self.links.pop()
        self.items.append(2 if tag == "p" else 1 if tag in _BLOCKS else 0)
        self.tail(element)

    def tail(self, element: html.HtmlElement) -> None:
        self.text(element.tail, element.sourceline or 1)

    def text(self, value: str | None, line: int) -> None:
        if not value:
            return
        link = self.links[-1] if self.links else 0
        if self.preformatted:
            self.items.extend(_Piece(piece, line + at // 2, True, link, self.listed > 0)
                              for at, piece in enumerate(re.split(r"(\n)", value)) if piece)
        else:
            self.items.append(_Piece(_SPACES.sub(" ", value), line, False, link,
                                     self.listed > 0, self.labels > 0))

    def lines(self) -> tuple[list[str], list[int]]:
        """The text's lines and the source line each began at; a line of links alone
        (a menu, a breadcrumb trail) is left out."""
        built = _Lines()
        pending = 0
        for item in self.items:
            if isinstance(item, int):
                pending = max(pending, item)
                continue
            if not (item.preformatted or item.text.strip() or built.shown()):
                continue  # white space at a line's start collapses away
            if pending and built.started():
                built.end(pending - 1)
            pending = 0
            if item.text == "\n":
                built.end(0, item.line)
            else:
                built.add(item)
        built.end(0)
        shown = [at for at, text in enumerate(built.lines) if text.strip()]
        if not shown:
            return [], []
        return (built.lines[shown[0]:shown[-1] + 1], built.numbers[shown[0]:shown[-1] + 1])


class _Lines:
    """The page's text line by line, as the runs come."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.numbers: list[int] = []
        self.current: list[_Piece] = []
        self.label_lines: dict[int, bool] = {}

    def started(self) -> bool:
        return bool(self.lines) or self.shown()

    def shown(self) -> bool:
        return any(p.text.strip() or p.preformatted for p in self.current)

    def add(self, piece: _Piece) -> None:
        self.current.append(piece)

    def _drop_label(self) -> None:
        """A field's or a heading's label over links dropped as navigation (`Tags`,
        `Associated Places`, `Volume Contents`) goes with them."""
        at = len(self.lines)
        while at and not self.lines[at - 1].strip():
            at -= 1
        if at and self.label_lines.get(at - 1) and \
                len(self.lines[at - 1].split()) <= _LABEL_WORDS:
            del self.lines[at - 1:], self.numbers[at - 1:]

    def end(self, blank: int, line: int = 0) -> None:
        """Close the current line (`line`: the source line of an empty one), then `blank`
        empty lines."""
        shown = [p for p in self.current if p.text.strip()]
        start = shown[0].line if shown else line or (self.numbers[-1] if self.numbers else 1)
        kept = any(p.preformatted for p in self.current)
        if shown and not kept and _navigation(self.current):
            self._drop_label()
        elif kept or shown or line:
            text = "".join(p.text for p in self.current)
            self.label_lines[len(self.lines)] = bool(shown) and all(p.label for p in shown)
            self.lines.append(text.rstrip() if kept else text.strip(" "))
            self.numbers.append(start)
        trailing = next((n for n, text in enumerate(reversed(self.lines[-blank:])) if text),
                        min(blank, len(self.lines))) if blank else 0
        self.lines.extend([""] * (blank - trailing))
        self.numbers.extend([start] * (blank - trailing))
        self.current = []


def _field_cell(element: html.HtmlElement, tag: str, line: int) -> _Piece | int:
    """What parts a cell from the one before it: a tab, or a line's end before the label
    (`th`) of a row's next field after a value (`td`), as a metadata table sets two
    fields a row (`Date: | ... | Canonical ID: | ...`)."""
    before = element.getprevious()
    return 1 if tag == "th" and isinstance(before.tag, str) and before.tag.lower() == "td" \
        else _Piece("\t", line)


def _label(element: html.HtmlElement, tag: str) -> bool:
    """Does `element` label a field or a section (a heading below the page's `h1`, a `dt`,
    a `th`, a `*label*` class)?"""
    return tag in _LABELS or any("label" in name for name in
                                 (element.get("class") or "").lower().split())


def _unshown(element: html.HtmlElement, tag: str) -> bool:
    """Is `element` hidden from the page's reader (`hidden`, a hiding style, a screen
    reader's text) or the site's furniture around the document (a menu, its banner, a
    sidebar or footer outside the document's `main` or `article`, holding no `h1`)?"""
    names = set((element.get("class") or "").lower().split()) | {
        (element.get("id") or "").lower()}
    if element.get("hidden") is not None or names & _SCREEN_READER or tag == "nav" or \
            _STYLE_HIDDEN.search(element.get("style") or "") or \
            any(_TAG_LIST.search(name) for name in names):
        return True
    chrome = tag in _CHROME_TAGS or (element.get("role") or "") in _CHROME_ROLES or \
        bool(names & _CHROME_NAMES)
    return chrome and not element.xpath(_CONTENT) and not element.xpath(".//h1")


def _navigation(pieces: list[_Piece]) -> bool:
    """Is a line links alone: two or more, or one in a list item (a menu's entry), with
    nothing but separators between them?"""
    words = [p for p in pieces if p.text.strip(_SEPARATORS)]
    if not words or any(not p.link for p in words):
        return False
    return len({p.link for p in words}) > 1 or all(p.listed for p in words)


def _address(root: html.HtmlElement) -> str:
    """The page's own address: its canonical link or its `og:url`."""
    found = root.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    return next((str(a).strip() for a in found if is_address(str(a))), "")
