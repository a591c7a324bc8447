"""An archive field's parts (`Original Archive`, a catalogue's section line): the holder it
names, the repository and the shelfmark after it, the repository a shelfmark names."""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.model import Header

# (wcda59) the archive's initials after its name (`Israel State Archives (ISA), MFA-4602/8`)
_ABBREVIATION = re.compile(r"(?<!\s)\s++\([A-Z]{2,8}\)$")


def holder(text: str, ctx: Context) -> str:
    """(other36) The holder a catalogue's section line names (`Archive (TNA)`: `TNA`);
    (catalog62) the archive whose catalogue a portal's name is (`National Archives Catalog`:
    the National Archives and Records Administration, table `portal-holders`); else the
    archive field as it stands."""
    portal = portal_holder(text, ctx)
    if portal:
        return portal
    found = ctx.res.patterns.match("archive-name", text)
    return found[1].group("holder") if found and found[1].groupdict().get("holder") else text


def portal_holder(text: str, ctx: Context) -> str:
    """(catalog62) The archive whose online catalogue `text` names (table `portal-holders`),
    else ''."""
    found = ctx.res.patterns.match("portal-holders", text.strip())
    return found[0] if found else ""


def archive_shelfmark(text: str, ctx: Context) -> tuple[str, str]:
    """An archive field's repository and the shelfmark after it (`Swiss Federal Archives,
    E2001E#1967/113#1234*`, `APRF, fond 45, opis 1`): the name holds no digit, the shelfmark's
    first two words hold one; else (wcda58) a field all an archival reference (`PRC FMA
    109-01794-03, 12-14`, `AAN, KC PZPR, XI A/10`) is the shelfmark alone; else the whole
    field is the repository."""
    name, comma, rest = text.partition(", ")
    if comma and not any(c.isdigit() for c in name) and any(
            c.isdigit() for c in "".join(rest.split()[:2])):
        return name.strip(), rest.strip()
    found = ctx.res.patterns.match("archival-reference", text.strip().rstrip("."))
    if found and found[1].group(0) == text.strip().rstrip("."):
        return "", found[1].group(0)
    return text, ""


def named_archive(header: Header, ctx: Context) -> None:
    """(lead24) A shelfmark opening with an archive's name and a comma (`Riksarkivet, UD 1920,
    vol. 3`; table `archive-name`), its initials in brackets after it or not (wcda59), or
    (sites59) before its shelfmark in brackets (the Thatcher Foundation's `UK National
    Archives (PREM19/616 f120)`), names the repository when nothing else did; the shelfmark
    stays as the source cites it."""
    prose_archive(header, ctx)
    for shelfmark in header.shelfmarks if not header.repository else []:
        named, comma, rest = shelfmark.partition(", ")
        if not comma:  # (sites59) `UK National Archives (PREM19/616 f120)`
            named, comma, rest = shelfmark.partition(" (")
        if comma and any(c.isdigit() for c in rest) \
                and ctx.res.patterns.match("archive-name", _ABBREVIATION.sub("", named)):
            header.repository = named
            return


def prose_archive(header: Header, ctx: Context) -> None:
    """(repost82) A repost's prose giving the archival reference in brackets after the
    archive's name (`held in the Foreign Ministry archive (f. 087, op. 36, ...)`; table
    `prose-archive`) gives the shelfmark and the repository as the prose names it, when
    nothing else gave a shelfmark."""
    for text in header.sources if not header.shelfmarks else []:
        found = ctx.res.patterns.match("prose-archive", text)
        if found:
            header.shelfmarks.append(found[1].group("ref").strip())
            name = found[1].group("repository").strip()
            header.repository = header.repository or name[:1].upper() + name[1:]
            return
