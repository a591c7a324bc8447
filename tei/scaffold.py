"""`tei init`: a new edition project from the templates in `tei/templates/edition/`.

A template's `{{key}}` placeholders are filled with the edition's values, escaped for the
file's format (TOML and YAML strings, XML text, Markdown as written); a template path part
`dot-x` becomes `.x`. The register template gives one file per kind of entry. Existing
files are never replaced.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from tei import __version__
from tei.diagnostics import error
from tei.project import SCHEMA_FILES
from tei.resources import schemas_dir
from tei.xmlio import atomic_write, write_problem

TEMPLATES = Path(__file__).resolve().parent / "templates" / "edition"
REGISTER_TEMPLATE = Path("corpus/register/register.xml")
LICENCE_URLS = {
    "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC BY-NC 4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "CC0 1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}
# One register file per kind: (file, list element, entry element, name element, prefix).
REGISTER_KINDS = {
    "person": ("persons", "listPerson", "person", "persName", "per"),
    "place": ("places", "listPlace", "place", "placeName", "pla"),
    "org": ("organisations", "listOrg", "org", "orgName", "org"),
}
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")


@dataclass(frozen=True)
class NewEdition:
    """What `tei init` writes into the new edition's settings and files."""

    title: str
    date: str
    editors: tuple[str, ...] = ()
    publisher: str = ""
    licence: str = "CC BY 4.0"
    licence_url: str | None = None
    base_url: str = ""
    repository: str = ""
    language: str = "en"
    tool: str = f"tei-telegrams=={__version__}"

    def values(self) -> dict[str, object]:
        """The template values (defaults filled in: publisher, licence address, editor)."""
        publisher = self.publisher or ", ".join(self.editors) or self.title
        licence_url = LICENCE_URLS.get(self.licence, "") if self.licence_url is None \
            else self.licence_url
        return {"title": self.title, "editors": list(self.editors), "publisher": publisher,
                "licence": self.licence, "licence_url": licence_url, "base_url": self.base_url,
                "language": self.language, "editor": ", ".join(self.editors) or publisher,
                "date": self.date, "repository": self.repository, "tool": self.tool}


@dataclass
class Created:
    """The files `create_edition` wrote and the existing ones it kept."""

    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def default_title(folder: Path) -> str:
    """A title from the folder's name: `my-edition` -> `My Edition` (a byte that is no
    UTF-8 becomes U+FFFD, control characters are dropped)."""
    name = os.fsencode(folder.resolve().name).decode("utf-8", "replace")
    words = re.split(r"[-_\s]+", "".join(char for char in name if char.isprintable() or
                                          char.isspace()))
    return " ".join(word[:1].upper() + word[1:] for word in words if word) or "TEI Edition"


def create_edition(folder: Path, edition: NewEdition, force: bool = False) -> Created:
    """Write a new edition project into `folder`. Raises InputError when `folder` is a file,
    or is not empty and `force` is not given; with `force` only missing files are written."""
    if folder.exists() and not folder.is_dir():
        raise error(str(folder), "not a folder: give the name of a new folder for the edition",
                    rule="init-not-folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise error(str(folder), "the folder is not empty: give a new or empty folder, or "
                    "--force to add the missing files (existing files are kept)",
                    rule="init-not-empty")
    created = Created()
    for relative, data in edition_files(edition).items():
        target = folder / relative
        if target.exists():
            created.kept.append(target)
            continue
        try:
            atomic_write(target, data)
        except OSError as exc:
            where, why = write_problem(exc, target)
            raise error(where, f"cannot write: {why}", rule="io") from None
        created.written.append(target)
    return created


def edition_files(edition: NewEdition) -> dict[Path, bytes]:
    """Every file of a new edition by its path in the project (sorted)."""
    values = edition.values()
    files: dict[Path, bytes] = {}
    for template in sorted(p for p in TEMPLATES.rglob("*") if p.is_file()):
        relative = template.relative_to(TEMPLATES)
        text = template.read_text(encoding="utf-8")
        if relative == REGISTER_TEMPLATE:
            files.update(_register_files(relative.parent, text, values))
            continue
        files[_target(relative)] = fill(text, values, _escaper(relative)).encode("utf-8")
    files.update({Path("schemas") / name: (schemas_dir() / name).read_bytes()
                  for name in SCHEMA_FILES})
    return dict(sorted(files.items()))


def _register_files(folder: Path, text: str, values: dict[str, object]) -> dict[Path, bytes]:
    """The register's files, one per kind, from the one template."""
    files = {}
    for kind, (plural, listing, element, name, prefix) in REGISTER_KINDS.items():
        kind_values = {**values, "kind": kind, "plural": plural, "list": listing,
                       "element": element, "name": name, "prefix": prefix}
        files[folder / f"{kind}s.xml"] = fill(text, kind_values, _xml).encode("utf-8")
    return files


def fill(text: str, values: dict[str, object], escape_value: Callable[[object], str]) -> str:
    """`text` with each `{{key}}` replaced by its escaped value; an unknown key is a bug in a
    template (KeyError)."""
    return _PLACEHOLDER.sub(lambda match: escape_value(values[match.group(1)]), text)


def _target(relative: Path) -> Path:
    """The project path of a template: `dot-github` -> `.github`."""
    return Path(*(f".{part[4:]}" if part.startswith("dot-") else part
                  for part in relative.parts))


def _escaper(relative: Path) -> Callable[[object], str]:
    """How values are written in a template of this kind."""
    if relative.suffix in {".toml", ".yaml", ".yml"}:
        return _quoted
    return _xml if relative.suffix == ".xml" else _plain


def _quoted(value: object) -> str:
    """A TOML (or YAML) double-quoted string or array of strings."""
    return json.dumps(value, ensure_ascii=False)


def _xml(value: object) -> str:
    return escape(str(value))


def _plain(value: object) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)
