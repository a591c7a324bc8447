"""The corpus layer: checks across files, run after every file is validated (`--corpus`).

Root xml:ids must be unique across the files checked (`corpus-root-id`), and every
person, place and organisation of a file's standOff, which the file's names point to, must
be an entry of the register (`register-entry`): a name whose entry was made up in one file
is caught here.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic, InputError, Severity
from tei.validate.locate import NodeRef, SourceMap
from tei.validate.model import CorpusFacts, FileReport, Finding, Layer, Outcome, Place
from tei.xmlio import TEI_NS, XML_NS, parse_file

_ID = f"{{{XML_NS}}}id"
_ENTRIES = [f"{{{TEI_NS}}}{kind}" for kind in ("person", "place", "org")]
_STANDOFF = f"{{{TEI_NS}}}standOff"


class RegisterUnavailable(Exception):
    """The register cannot be read: the corpus layer cannot run."""


def corpus_facts(tree: etree._ElementTree, source: SourceMap) -> CorpusFacts:
    """A file's root xml:id and the ids of its standOff entries, with their places."""
    root = tree.getroot()
    root_id = _place(source, root) if root.get(_ID) else None
    entries = tuple(_place(source, entry) for standoff in root.iter(_STANDOFF)
                    for entry in standoff.iter(*_ENTRIES) if entry.get(_ID))
    return CorpusFacts(root_id, entries)


def _place(source: SourceMap, element: etree._Element) -> Place:
    return Place(element.get(_ID, ""), *source.node(NodeRef(element, "xml:id")))


def register_ids(folder: Path) -> frozenset[str]:
    """The xml:ids of the persons, places and organisations in a register folder."""
    files = sorted(folder.glob("*.xml")) if folder.is_dir() else []
    if not files:
        raise RegisterUnavailable(f"{folder}: no register here (persons.xml, places.xml, ...)")
    try:
        trees = [parse_file(path) for path in files]
    except InputError as exc:
        raise RegisterUnavailable(exc.diagnostic.format()) from None
    return frozenset(entry.get(_ID, "") for tree in trees for entry in tree.iter(*_ENTRIES))


def check_corpus(files: Iterable[FileReport], register: frozenset[str],
                 keep: Callable[[str], bool]) -> list[FileReport]:
    """The reports with the corpus layer's findings (of the rules `keep` accepts) and
    outcome added (files that could not be parsed have no facts and skip the layer)."""
    files = list(files)
    holders: dict[str, list[str]] = defaultdict(list)
    for file in files:
        if file.facts and file.facts.root_id:
            holders[file.facts.root_id.value].append(file.path)
    return [_with_corpus(file, [d for d in _findings(file, holders, register) if keep(d.rule)])
            for file in files]


def _findings(file: FileReport, holders: dict[str, list[str]],
              register: frozenset[str]) -> list[Diagnostic]:
    if file.facts is None:
        return []
    found = []
    root = file.facts.root_id
    if root and len(holders[root.value]) > 1:
        others = ", ".join(path for path in holders[root.value] if path != file.path)
        found.append(Diagnostic(file.path, root.line, root.col, Severity.ERROR,
                                f'root xml:id "{root.value}" is also the root id of {others}; '
                                "every document of a corpus needs its own", "corpus-root-id"))
    found += [Diagnostic(file.path, entry.line, entry.col, Severity.ERROR,
                         f'standOff entry "{entry.value}" is not in the register: add it to '
                         "the register or point the names to an entry that is there",
                         "register-entry")
              for entry in file.facts.entries if entry.value not in register]
    return found


def _with_corpus(file: FileReport, found: list[Diagnostic]) -> FileReport:
    if file.facts is None:
        outcomes = {**file.outcomes, Layer.CORPUS: Outcome.SKIPPED}
        return dataclasses.replace(file, outcomes=outcomes)
    outcome = Outcome.FAILED if found else Outcome.PASSED
    findings = (*file.findings, *(Finding(Layer.CORPUS, d) for d in found))
    return dataclasses.replace(file, findings=findings,
                               outcomes={**file.outcomes, Layer.CORPUS: outcome})
