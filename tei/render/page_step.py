"""The second step of a render: each document's HTML page given its neighbours by date.
A page whose context (its document's links, its neighbours' titles and dates) is the one the
last run rendered is kept; the others are filled in from the first step's drafts
(`tei.render.passes.second_pass`), their contexts made only when the runner takes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from tei.diagnostics import Diagnostic
from tei.render import layout, manifest, passes
from tei.render.context import Link
from tei.render.manifest import digest
from tei.render.passes import DocumentTask
from tei.render.runner import Made, Runner

Context = Callable[..., str]  # the context XML of a page (see `context_xml`)


def page_current(entry: manifest.Entry | None, page: DocumentTask, paged: set[str]) -> bool:
    """Whether the document's page was rendered in the same context (same neighbours) and is
    still there (`paged`: the stems whose page file exists)."""
    return entry is not None and entry.page == digest(page.context) and page.stem in paged


@dataclass(frozen=True, slots=True)
class Pages:
    """What decides which pages to render again: the documents `read` again, the last run's
    entries, the pages `kept` as they are (same context, known without making it) and the
    documents whose page file exists (`paged`)."""

    read: set[str]
    previous: dict[str, manifest.Entry]
    kept: set[str]
    paged: set[str]


def render_pages(run: Runner, order: list[str], entries: dict[str, manifest.Entry],
                 tasks: list[DocumentTask], context: Context, pages: Pages,
                 diagnostics: list[Diagnostic]) -> dict[str, manifest.Entry]:
    """Render the pages (second step) of the documents read again and of those whose
    neighbours changed; return the entries, in `order`, with the digest of each page's
    context (without the documents whose page failed, whose problems join `diagnostics`).
    A page's task (its context) is made once: when compared with the last run's (kept
    until the runner takes it if the page is stale) or when the runner takes it; none is
    made for the pages kept."""
    by_stem = {task.stem: task for task in tasks}
    position = {stem: number for number, stem in enumerate(order)}
    digests: dict[str, str] = {}
    waiting: dict[str, DocumentTask] = {}  # made to be compared, stale, not yet taken

    def page_task(stem: str) -> DocumentTask:
        """The document's page task; its context's digest noted."""
        page = waiting.pop(stem, None) or page_task_of(by_stem[stem], position[stem], order,
                                                         entries, context)
        digests[stem] = digest(page.context)
        return page

    def stale(stem: str) -> bool:
        """Whether the page must be rendered again."""
        if stem in pages.kept:
            return False
        if stem in pages.read:
            return True
        page = page_task(stem)
        if page_current(pages.previous.get(stem), page, pages.paged):
            return False
        waiting[stem] = page
        return True

    again = [stem for stem in order if stale(stem)]
    failed = set()
    for stem, problem in zip(again, run(passes.second_pass, Made(again, page_task),
                                        "Rendering"), strict=True):
        if problem:
            diagnostics.append(problem)
            failed.add(stem)
    return {stem: entries[stem] if stem in pages.kept else replace(entries[stem],
                                                                   page=digests[stem])
            for stem in order if stem not in failed}


def page_task_of(task: DocumentTask, number: int, order: list[str],
               entries: dict[str, manifest.Entry], context: Context) -> DocumentTask:
    """The task of a document's page (number `number` in `order`), knowing its neighbours
    by date."""
    prev = link(order[number - 1], entries) if number > 0 else None
    next_ = link(order[number + 1], entries) if number + 1 < len(order) else None
    stem = order[number]
    return replace(task, context=context(layout.document(stem, entries[stem].published),
                                         prev, next_),
                   neighbours=(prev, next_))


def link(stem: str, entries: dict[str, manifest.Entry]) -> Link:
    return Link(layout.sibling_href(stem), entries[stem].title, entries[stem].date)
