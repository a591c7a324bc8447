"""Where each file of the site lives, and the links between them (one place for both)."""

from __future__ import annotations

from urllib.parse import quote

DOCUMENTS = "documents"
TEI = "tei"
TEXT = "text"
ASSETS = "assets"
SEARCH = "search"
SEARCH_INDEX = f"{SEARCH}/index.js"
SCHEMAS = "schemas"
CMIF = "cmif.xml"
APPARATUS = "pages"
ARCHIVE = "telegrams.zip"
TEXTS = "telegrams-text.zip"


def page_file(stem: str) -> str:
    """A document's HTML page, relative to the site folder."""
    return f"{DOCUMENTS}/{stem}.html"


def tei_file(stem: str) -> str:
    """The TEI copy offered for download, relative to the site folder."""
    return f"{TEI}/{stem}.xml"


def text_file(stem: str) -> str:
    """The plain-text edition offered for download, relative to the site folder."""
    return f"{TEXT}/{stem}.txt"


def apparatus_file(slug: str) -> str:
    """An apparatus page (About, Editorial principles ...), relative to the site folder."""
    return f"{APPARATUS}/{slug}.html"


def apparatus_href(slug: str) -> str:
    """Link to an apparatus page from a page at the site root."""
    return f"{APPARATUS}/{quote(slug)}.html"


def page_href(stem: str) -> str:
    """Link to a document page from a page at the site root."""
    return f"{DOCUMENTS}/{quote(stem)}.html"


def sibling_href(stem: str) -> str:
    """Link to a document page from another document page."""
    return f"{quote(stem)}.html"


def downloads(stem: str) -> dict[str, str]:
    """Links from a document page to its TEI and text files."""
    return {"tei": f"../{TEI}/{quote(stem)}.xml", "text": f"../{TEXT}/{quote(stem)}.txt"}


def document(stem: str, published: bool = True) -> dict[str, str]:
    """The document's own facts in a page's context: name, page and download links (the TEI
    download only when the TEI copy is published)."""
    links = downloads(stem)
    if not published:
        del links["tei"]
    return {"id": stem, "page": page_href(stem), **links}


def site_downloads(cmif: bool, archive: bool = False) -> dict[str, str]:
    """The site's own downloads, by their addresses from its root: the schema of its TEI
    files and, when the build writes them, the CMIF file of its letters and the zip of all
    its TEI files (as `tei export zip` makes it) and of their text editions."""
    files = {"schema": f"{SCHEMAS}/telegrams.rng"}
    if cmif:
        files["cmif"] = CMIF
    if archive:
        files["archive"] = ARCHIVE
        files["texts"] = TEXTS
    return files


def schema_base(base_url: str) -> str:
    """Where a published TEI file (`tei/<stem>.xml`) finds the site's schemas: at the
    edition's published address when it has one (a downloaded file keeps resolving), else
    by a path relative to the file inside the site."""
    if base_url:
        return f"{base_url.rstrip('/')}/{SCHEMAS}/"
    return f"../{SCHEMAS}/"


TIMELINE = "timeline.html"
TIMELINE_DATA = "timeline-data.js"
MAP = "map.html"
MAP_DATA = "map-data.js"
INDEX_MANIFEST = ".index-manifest.json"


def numbered(base: str, number: int) -> str:
    """Page `number` (from 1) of a paginated page at the site root: base.html, base-2.html."""
    return f"{base}.html" if number == 1 else f"{base}-{number}.html"


def entity_file(folder: str, entity_id: str, number: int = 1) -> str:
    """Page `number` of an entity's own page, relative to the site folder ('~' cannot occur
    in an xml:id, so a page suffix never collides with another entity)."""
    suffix = "" if number == 1 else f"~{number}"
    return f"{folder}/{entity_id}{suffix}.html"
