"""A reading room's release line alone on its line (CREST: `Approved For Release 2002/05/17 :
CIA-RDP84-00313R000100190031-7`, table `flattened-heading` row `release`), set at each
scanned page's head and foot (ocr34): never joined to the line under it (a letter's inside
address), and, under a closing line (a signature, a signer's office), the page's foot where
the letter closes (the next pages hold its attachment)."""

from __future__ import annotations

from collections.abc import Callable

from tei.convert.patterns import Patterns
from tei.convert.quoted import Unit


def release_alone(text: str, patterns: Patterns) -> bool:
    """Whether `text` is the release line and nothing else."""
    if "CIA-RDP" not in text:
        return False
    row = next((row for row in patterns.rows("flattened-heading") if row.name == "release"),
               None)
    found = row.regex.match(text.strip()) if row else None
    return found is not None and found.end() == len(text.strip())


def stands_alone(patterns: Patterns) -> Callable[[str], bool]:
    """The read stage's test of a line never joined to its neighbours: a page's furniture
    (`Patterns.is_furniture`) or the release line alone."""
    return lambda text: patterns.is_furniture(text) or release_alone(text, patterns)


def page_feet(units: list[Unit], start: int, closing: Callable[[Unit], bool],
              patterns: Patterns) -> list[int]:
    """The units after `start` that are a page foot's release line under a `closing` unit
    (not under another release line: a page's foot and the next page's head)."""
    def release(unit: Unit) -> bool:
        return not unit.embedded and release_alone(unit.text, patterns)
    return [i for i in range(start + 1, len(units))
            if release(units[i]) and not release(units[i - 1]) and closing(units[i - 1])]
