"""The resources recognition needs, built once per process: the register, the pattern
tables, the date reader and the edition's settings."""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace
from pathlib import Path

from tei import resources
from tei.conversion import Settings, resources_digest
from tei.convert import declension, text_language, title_forms
from tei.convert.dates import DateReader
from tei.convert.patterns import Patterns, load_patterns
from tei.convert.register import Register
from tei.convert.register_files import load_register
from tei.edition import Edition, load_edition


@dataclass(frozen=True)
class Resources:
    """Register, pattern tables, date reader and edition settings: built once per process."""

    register: Register
    patterns: Patterns
    dates: DateReader
    edition: Edition
    evidence: text_language.Evidence  # (lang46) the table of a body's language
    digest: str = ""


def load_resources(register_dir: Path | None = None, patterns_dir: Path | None = None,
                   edition_file: Path | None = None) -> Resources:
    """Load everything recognition needs (defaults: the bundled corpus data)."""
    register_dir = register_dir or resources.register_dir()
    patterns_dir = patterns_dir or resources.patterns_dir()
    edition_file = edition_file or resources.edition_config()
    patterns = load_patterns(patterns_dir)
    loaded = Resources(
        register=load_register(register_dir, declension.table_path(patterns_dir),
                               title_forms.table_path(patterns_dir)),
        patterns=patterns,
        dates=DateReader(patterns.words("months"), patterns.words("eras"),
                         patterns.words("solar-months"), patterns.words("saka-months")),
        edition=load_edition(edition_file),
        evidence=text_language.evidence(text_language.table_path(patterns_dir)),
        digest=resources_digest(register_dir, patterns_dir, edition_file),
    )
    # The resources live as long as the process: moved out of the collector's generations,
    # the register's tries (tens of thousands of objects) are not walked by every full
    # collection that converting many documents sets off.
    gc.freeze()
    return loaded


def resources_for(settings: Settings) -> Resources:
    """The resources of a conversion run with `settings`. Outside any project the bundled
    edition's `[source] repository` (the archive our own corpus came from) is not claimed
    for the user's documents: those name their archive themselves or none."""
    loaded = load_resources(settings.register, settings.patterns, settings.edition)
    if settings.project is None:
        return replace(loaded, edition=replace(loaded.edition, repository=""))
    return loaded
