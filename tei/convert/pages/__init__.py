"""Page readers: they peel a publisher's page off the document it carries.

Every reader is a module with a pattern table under `corpus/patterns/` and two functions:
`evidence(lines, ctx)` (how strongly the page looks like its layout) and
`unwrap(lines, seg, ctx)` (records the archive's facts in `seg` and returns the lines that
are left). `read_pages` drops the furniture every page may carry, runs every specialised
reader that finds evidence, strongest first, and then the generic reader (head, labelled
fields, title and date lines, foot, summary, closing reference). YAML front matter is read
from the text before it is split into lines (`frontmatter.py`). Adding a publisher's layout
is one module here plus its table: nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tei.convert.context import Context
from tei.convert.described_source import set_apart
from tei.convert.pages import (
    aad,
    blogpost,
    briefing_book,
    cabinet_paper,
    cable_digest,
    cable_post_title,
    cablerecord,
    catalogue_caption,
    citation_block,
    crrc_transcript,
    dcer,
    document_cloud,
    dodis_record,
    fbi_ec,
    fbis,
    fdd_report,
    flattened,
    frus,
    furniture,
    generic,
    glued_close,
    hansard,
    introduced_quote,
    korean_record,
    masthead,
    meeting_heading,
    omeka,
    openedition,
    original_first,
    papers_item,
    plusd,
    presidency,
    press_text,
    previous_end,
    printed_opening,
    printout,
    quoted_marks,
    rif,
    routing,
    runon,
    state_caution,
    surname_heading,
    swb,
    titleblock,
    transcriber_preface,
    un_document,
    wikisource,
    worksitem,
)
from tei.convert.pages.bracket_headnote import bracket_headnote
from tei.convert.pages.collection_number import collection_number
from tei.convert.pages.gate import Gate, Needs
from tei.convert.pages.host_stats import drop_host_stats
from tei.convert.pages.press_foot import archive_foot
from tei.convert.pages.press_heading import run_on_heading
from tei.convert.pages.print_notes import print_notes
from tei.convert.pages.quoted_edition import quoted_edition
from tei.convert.pages.saved_title import saved_title
from tei.convert.pages.site_key import site_key_date
from tei.convert.pages.volume_byline import volume_byline
from tei.convert.pages.wrapped_source import join_wrapped_source
from tei.convert.read import Line
from tei.convert.zones import Segments


@dataclass(frozen=True)
class PageReader:
    """A publisher's layout: how to recognise it and how to peel it off."""

    name: str
    evidence: Callable[[list[Line], Context], int]
    unwrap: Callable[[list[Line], Segments, Context], list[Line]]
    needs: Needs = ()  # the rows without which `evidence` is 0 (`gate.py`; (): always asked)


READERS = (
    PageReader("frus", frus.evidence, frus.unwrap),
    PageReader("aad", aad.evidence, aad.unwrap, aad.NEEDS),
    PageReader("blog-post", blogpost.evidence, blogpost.unwrap, blogpost.NEEDS),
    PageReader("introduced-quote", introduced_quote.evidence, introduced_quote.unwrap),
    PageReader("briefing-book", briefing_book.evidence, briefing_book.unwrap,
               briefing_book.NEEDS),
    PageReader("cabinet-paper", cabinet_paper.evidence, cabinet_paper.unwrap,
               cabinet_paper.NEEDS),
    PageReader("cable-post-title", cable_post_title.evidence, cable_post_title.unwrap,
               cable_post_title.NEEDS),
    PageReader("cable-digest", cable_digest.evidence, cable_digest.unwrap, cable_digest.NEEDS),
    PageReader("cable-record", cablerecord.evidence, cablerecord.unwrap),
    PageReader("catalogue-caption", catalogue_caption.evidence, catalogue_caption.unwrap,
               catalogue_caption.NEEDS),
    PageReader("crrc-transcript", crrc_transcript.evidence, crrc_transcript.unwrap,
               crrc_transcript.NEEDS),
    PageReader("dcer", dcer.evidence, dcer.unwrap),
    PageReader("document-cloud", document_cloud.evidence, document_cloud.unwrap,
               document_cloud.NEEDS),
    PageReader("dodis-record", dodis_record.evidence, dodis_record.unwrap),
    PageReader("fbi-ec", fbi_ec.evidence, fbi_ec.unwrap, fbi_ec.NEEDS),
    PageReader("fbis", fbis.evidence, fbis.unwrap, fbis.NEEDS),
    PageReader("fdd-report", fdd_report.evidence, fdd_report.unwrap, fdd_report.NEEDS),
    PageReader("hansard", hansard.evidence, hansard.unwrap, hansard.NEEDS),
    PageReader("korean-record", korean_record.evidence, korean_record.unwrap),
    PageReader("omeka", omeka.evidence, omeka.unwrap, omeka.NEEDS),
    PageReader("openedition", openedition.evidence, openedition.unwrap, openedition.NEEDS),
    PageReader("plusd", plusd.evidence, plusd.unwrap, plusd.NEEDS),
    PageReader("plusd-head", plusd.head_evidence, plusd.head_unwrap),
    PageReader("papers-item", papers_item.evidence, papers_item.unwrap, papers_item.NEEDS),
    PageReader("presidency", presidency.evidence, presidency.unwrap, presidency.NEEDS),
    PageReader("press-text", press_text.evidence, press_text.unwrap, press_text.NEEDS),
    PageReader("original-first", original_first.evidence, original_first.unwrap),
    PageReader("printout", printout.evidence, printout.unwrap, printout.NEEDS),
    PageReader("rif", rif.evidence, rif.unwrap, rif.NEEDS),
    PageReader("routing", routing.evidence, routing.unwrap, routing.NEEDS),
    PageReader("swb", swb.evidence, swb.unwrap, swb.NEEDS),
    PageReader("title-block", titleblock.evidence, titleblock.unwrap),
    PageReader("transcriber-preface", transcriber_preface.evidence, transcriber_preface.unwrap,
               transcriber_preface.NEEDS),
    PageReader("un-document", un_document.evidence, un_document.unwrap, un_document.NEEDS),
    PageReader("wikisource", wikisource.evidence, wikisource.unwrap),
    PageReader("works-item", worksitem.evidence, worksitem.unwrap),
)


def read_pages(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The document's lines, with every page layout found in them peeled off into `seg`."""
    lines = join_wrapped_source(quoted_marks.unquote(
        flattened.split_flattened(drop_host_stats(lines), ctx), ctx))
    lines = volume_byline(lines, seg, ctx)  # (repost97) `By X` over a FRUS volume's lines
    lines = state_caution.split_caution(lines, ctx)  # (ocr93) the form read across
    site_key_date(lines, seg, ctx)  # (repost89) a works mirror's filing line's day
    lines = generic.leading_addresses(saved_title(
        furniture.strip_furniture(lines, seg, ctx), seg, ctx), seg, ctx)
    lines = printed_opening.cut_above_printed_opening(lines, seg, ctx)
    lines = collection_number(lines, seg, ctx)  # (repost96) `No. 173` over `X to Y`
    lines = runon.join_column_heading(runon.split_run_on(lines, ctx), ctx)
    lines = dodis_record.join_heading(lines, ctx)  # (cw92) `Der ... Gesandte in` / `Rom,` / ...
    dodis_record.source_note_form(lines, seg, ctx)  # (cw90) `1` / `Lettre (Copie): E 2200 ...`
    lines = dodis_record.split_signature(lines, ctx)  # (cw90) `... Lettre suivra. Pilez-Golaz.`
    lines = surname_heading.split_numbered(lines, ctx)  # (cw81) `254 CASEY TO SPENDER`
    lines = furniture.strip_furniture(lines, seg, ctx)  # a link a run-on line carried
    lines = masthead.newspaper_masthead(previous_end.strip_previous_end(lines, seg, ctx), seg, ctx)
    lines = run_on_heading(archive_foot(lines, seg, ctx), seg, ctx)  # (news89)
    lines = bracket_headnote(citation_block.gather_citation(lines, ctx), seg, ctx)
    for score, i in sorted(scores(lines, ctx), reverse=True):
        if score > 0:
            seg.layouts.append(READERS[i].name)
            lines = READERS[i].unwrap(lines, seg, ctx)
    lines = quoted_edition(lines, seg, ctx)
    if "frus" not in seg.layouts:  # (lead33) a printed journal's notes under the signature
        lines = print_notes(lines, stops=True)
    lines = generic.unwrap(meeting_heading.meeting_date(lines, seg, ctx), seg, ctx)
    set_apart(seg)  # (repost96) a lesson's source line describing its passage: no shelfmark
    return glued_close.split_glued_close(lines, seg, ctx)  # (wcda84) `... Zhou Enlai August 23`


def scores(lines: list[Line], ctx: Context) -> list[tuple[int, int]]:
    """(evidence, index) of every reader in `READERS`: 0 without asking the readers whose
    needs the document's lines cannot meet (`gate.Gate`: the lines' text read once)."""
    gate = Gate(lines, ctx.res.patterns)
    return [(reader.evidence(lines, ctx) if gate.allows(reader.needs) else 0, i)
            for i, reader in enumerate(READERS)]
