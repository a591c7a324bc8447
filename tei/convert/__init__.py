"""Convert stage: plain-text telegrams to TEI (read -> segment -> recognise -> encode -> write).

`convert_text` is a pure function of the source text and the loaded resources, so a process
pool can run it; `convert_file` adds the file system: decoding, the hand-edit guard and the
atomic write.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import count
from pathlib import Path

from tei import __version__
from tei.conversion import DEFAULT_SCHEMA_HREF, resources_digest
from tei.convert.regex_bundle import bundled
from tei.decoding import MAX_SOURCE_BYTES, drop_non_xml
from tei.diagnostics import Diagnostic, Severity, error
from tei.xmlio import decode_text, read_bytes, serialize, write_file

with bundled("convert"):  # the modules' regexes from one cache entry (see regex_bundle)
    from tei.convert.aliases import redirect
    from tei.convert.context import Context
    from tei.convert.encode import ZERO_HASH, encode
    from tei.convert.field_offices import join_field_offices
    from tei.convert.loading import Resources, load_resources, resources_for
    from tei.convert.margin_stamps import runs_over_stamps
    from tei.convert.merged_headings import split_merged_headings
    from tei.convert.pages import read_pages
    from tei.convert.pages.bbcode import unbbcode
    from tei.convert.pages.copies import read_off_copy_marks
    from tei.convert.pages.data_records import read_data_record
    from tei.convert.pages.frontmatter import split_front_matter
    from tei.convert.pages.html_document import PageText, is_page, page_text
    from tei.convert.pages.latex import untex
    from tei.convert.pages.light_markup import as_markdown
    from tei.convert.pages.line_numbers import unnumber
    from tei.convert.pages.markdown_notes import markdown_notes
    from tei.convert.pages.mime_mail import unmime
    from tei.convert.pages.note_apps import from_note_app
    from tei.convert.pages.rtf import unrtf
    from tei.convert.pages.screen_reader import unspeak
    from tei.convert.pages.tei_source import is_tei_source, tei_text
    from tei.convert.pages.text_tables import untable
    from tei.convert.pages.thread import unthread
    from tei.convert.pages.two_columns import uncolumn
    from tei.convert.pages.unparted_record import part_record
    from tei.convert.pages.xmlexport import split_xml_export
    from tei.convert.read import logical_lines
    from tei.convert.recognise import recognise
    from tei.convert.release_lines import finishes_a_wrapped_line, stands_alone
    from tei.convert.settle import settle
    from tei.convert.text_language import reading
    from tei.convert.wraps import join_broken_places
    from tei.convert.zones import Segments
    from tei.convert.zoning import segment

__all__ = ["Conversion", "Outcome", "Resources", "convert_file", "convert_text",
           "load_resources", "resources_digest", "resources_for"]

_OUTPUT_HASH = re.compile(rb'<desc type="output-sha256">([0-9a-f]{64})</desc>')
_RECORDED = re.compile(rb'<desc type="(source|resources)-sha256">([0-9a-f]{64})</desc>')
_VERSION = re.compile(rb'<application ident="tei-telegrams" version="([^"]+)"')
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")


@dataclass
class Conversion:
    """The TEI bytes of one converted text and the warnings about it."""

    xml: bytes
    warnings: list[Diagnostic] = field(default_factory=list)


class Outcome(StrEnum):
    WRITTEN = "written"
    UNCHANGED = "unchanged"


def convert_text(text: str, stem: str, res: Resources, *, path: str = "<stdin>",
                 schema_href: str = DEFAULT_SCHEMA_HREF, source_hash: str = "",
                 decoding: Sequence[Diagnostic] = ()) -> Conversion:
    """Convert one source text to sealed TEI bytes.

    Characters XML cannot hold are dropped with a warning; what was dropped, here or when
    decoding (`decoding`: the decoder's warnings), is recorded in the header's notes.
    """
    if not _NCNAME.match(f"doc-{stem}"):
        raise error(path, f"file name {stem!r} cannot become an xml:id; use letters, digits, "
                    "'-', '_' and '.' only", rule="file-name")
    source_hash = source_hash or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    text, dropped = drop_non_xml(read_off_copy_marks(unrtf(unmime(text)), res.patterns), path)
    kept = [dropped] if dropped else []
    tei_source = is_tei_source(text)
    text = tei_text(text) if tei_source else text
    record = None if tei_source else read_data_record(text, res.patterns)
    text = record or text
    page = page_text(text) if is_page(text) else None
    if page and not page.text.strip():
        raise error(path, "the HTML page shows no text (only markup, scripts or hidden "
                    "elements, or elements nested too deep to read)", rule="empty")
    text = page.text if page else text
    if not (tei_source or record or page):
        text = unspeak(unnumber(unbbcode(uncolumn(text))), res.patterns)
        text = from_note_app(as_markdown(text, res.patterns), res.patterns)
    ctx = Context(res, path, text=text, warnings=[])
    res.patterns.forget()
    res.dates.forget(text)
    res.register.forget(res.edition.language)
    seg = Segments()
    if page:
        _read_as_page(page, seg)
    if tei_source or record:
        seg.layouts.append("tei-source" if tei_source else "data-record")
    text = untable(split_front_matter(split_xml_export(text, seg, ctx), seg, ctx))
    lines = runs_over_stamps(logical_lines(
        untex(unthread(markdown_notes(part_record(text, res.patterns)))),
        stands_alone(res.patterns), finishes_a_wrapped_line(res.patterns)))
    if not lines and not seg.facts:
        raise error(path, "the source text is empty", rule="empty")
    lines = join_field_offices(join_broken_places(split_merged_headings(lines), ctx), ctx)
    segment(read_pages(lines, seg, ctx), seg, ctx)
    ctx.language, sure = reading("\n".join(line.text for line in seg.message),
                                 res.edition.language, res.evidence)
    res.register.read_in(ctx.language if sure else None)
    document = recognise(seg, stem, ctx)
    document.header.changes = [f"{d.message[0].upper()}{d.message[1:]}." for d in
                               [*decoding, *kept, *ctx.warnings] if d.rule == "xml-char"]
    hashes = {"source": source_hash, "resources": res.digest}
    tree = encode(document, res.edition, schema_href, hashes)
    redirect(tree.getroot(), ctx.aliased)
    for message in settle(tree.getroot()):
        ctx.warn(1, message, "settled")
    data = serialize(tree).replace(b"?><", b"?>\n<")
    found = [replace(d, line=page.source_line(d.line)) for d in ctx.warnings] if page \
        else ctx.warnings
    return Conversion(seal(data), [*kept, *found])


def _read_as_page(page: PageText, seg: Segments) -> None:
    """Record that the source is a saved HTML page and the page's own address."""
    seg.layouts.append("html-page")
    if page.address:
        seg.facts.setdefault("source-url", page.address)


def seal(data: bytes) -> bytes:
    """Write the SHA-256 of the output (computed with the hash zeroed) into the output."""
    digest = hashlib.sha256(data).hexdigest()
    return data.replace(ZERO_HASH.encode(), digest.encode(), 1) if ZERO_HASH.encode() in data \
        else data


def hand_edited(data: bytes) -> str | None:
    """Why an existing TEI file must not be overwritten, or None when it is our own output."""
    found = _OUTPUT_HASH.search(data)
    if not found:
        return "it was not written by 'tei convert' (no recorded output hash)"
    zeroed = data[:found.start(1)] + ZERO_HASH.encode() + data[found.end(1):]
    if hashlib.sha256(zeroed).hexdigest() != found.group(1).decode():
        return "it has been edited since it was converted"
    return None


def up_to_date(data: bytes, source_hash: str, resources_digest: str, schema_href: str) -> bool:
    """True when `data` is our untouched output for this source, converter, resources (by
    their digest) and schema location: converting again would give the same bytes."""
    recorded = dict(_RECORDED.findall(data))
    version = _VERSION.search(data)
    return (hand_edited(data) is None and version is not None
            and version.group(1).decode() == __version__
            and recorded.get(b"source") == source_hash.encode()
            and recorded.get(b"resources") == resources_digest.encode()
            and f'href="{schema_href}.rng"'.encode() in data)


def convert_file(
    source: Path, out_dir: Path, res: Resources, *, force: bool = False,
    schema_href: str = DEFAULT_SCHEMA_HREF, encoding: str | None = None,
) -> tuple[Outcome, Path, list[Diagnostic]]:
    """Convert `source` to `out_dir/<stem>.xml`; never overwrite hand edits unless forced.

    `encoding` forces the codec (else it is detected); a forced codec always re-decodes, as
    the source's hash alone cannot tell that an earlier guess was wrong.
    """
    raw = read_bytes(source, MAX_SOURCE_BYTES)
    source_hash = hashlib.sha256(raw).hexdigest()
    target = out_dir / f"{source.stem}.xml"
    if not force and encoding is None and target.is_file() and up_to_date(
            read_bytes(target), source_hash, res.digest, schema_href):
        return Outcome.UNCHANGED, target, []
    decoded = decode_text(raw, str(source), encoding)
    conversion = convert_text(decoded.text, source.stem, res, path=str(source),
                              schema_href=schema_href, source_hash=source_hash,
                              decoding=decoded.diagnostics)
    warnings = [*decoded.diagnostics, *conversion.warnings]
    if target.exists():
        existing = read_bytes(target)
        if existing == conversion.xml:
            return Outcome.UNCHANGED, target, warnings
        reason = hand_edited(existing)
        if reason and not force:
            raise error(str(target), f"not overwritten: {reason}; convert with --force to "
                        "replace it", rule="hand-edited")
        if reason:
            warnings.append(keep_backup(target, existing))
    write_file(target, conversion.xml)
    return Outcome.WRITTEN, target, warnings


def keep_backup(target: Path, existing: bytes) -> Diagnostic:
    """Save a hand-edited file that --force replaces as `<name>.bak` (or `.bak2`, `.bak3`,
    ...: an earlier backup is never overwritten); a warning names it."""
    names = (f"{target.name}.bak{n if n > 1 else ''}" for n in count(1))
    backup = next(target.with_name(name) for name in names if not (target.parent / name).exists())
    write_file(backup, existing)
    return Diagnostic(str(target), 1, 1, Severity.WARNING, "replaced although edited by hand "
                      f"(--force); the previous version is kept as {backup.name}",
                      "hand-edited-backup")
