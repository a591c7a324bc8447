"""XML and text I/O for every stage: one hardened parser, deterministic output, atomic writes.

XML reaching us is untrusted: the parser is configured never to load DTDs, resolve or
expand entities or touch the network, and a parsed document that has a DOCTYPE declaration
(anywhere in the prolog, in any encoding) is refused, as is one with more attributes on an
element or deeper nesting than any TEI document needs.
Decoding source text lives in `tei.decoding`; `decode_text` is re-exported here.
"""

from __future__ import annotations

import ctypes
import errno
import itertools
import os
import re
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from tei.decoding import DecodedText as DecodedText
from tei.decoding import decode_text as decode_text
from tei.decoding import too_large
from tei.diagnostics import InputError, error

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"tei": TEI_NS}
# Limits far above any TEI document; they are those of the XML parser Saxon uses.
MAX_ATTRIBUTES = 200
MAX_DEPTH = 100

# A DOCTYPE keyword outside comments, CDATA sections and processing instructions (group 1);
# one left open runs to the end of the text (so no later start scans the text again).
# A DOCTYPE stands in the prolog: the scan skips comments, CDATA and PIs and ends at the first
# element's start tag (group 2); a DOCTYPE after it is a syntax error libxml2 reports.
_DOCTYPE = re.compile(r"<!--(?:.*?-->|.*)|<!\[CDATA\[(?:.*?\]\]>|.*)|<\?(?:.*?\?>|.*)|(<!DOCTYPE)"
                      r"|(<[^!?])", re.DOTALL)
_DOCTYPE_BYTES = re.compile(_DOCTYPE.pattern.encode("ascii"), re.DOTALL)
_TOO_DEEP = "Excessive depth in document"
_TOO_LONG = "try XML_PARSE_HUGE"  # libxml2: a text node or attribute value over 10,000,000
# An XML declaration naming a two- or four-byte encoding (read in an 8-bit file), at the
# start of the data (`\A`: a search elsewhere fails at once; it is only ever matched there)
_DECLARED_WIDE = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?<\?xml[^>]{0,200}?encoding\s*=\s*["']((?:utf|ucs)-?(?:16|32|2|4)[^"']{0,20})""",
    re.IGNORECASE)
_SYNTAX_DETAIL = re.compile(r",\s*line (\d+), column (\d+)$")
_MISMATCH = re.compile(r"^Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)$")


def reading_text(element: etree._Element) -> str:
    """The text of `element` as a reader sees it: supplied text in brackets again
    (`Filippov <supplied>Stalin</supplied>` -> `Filippov [Stalin]`), white space made
    single spaces."""
    parts: list[str] = [element.text or ""]
    for child in element:
        text = reading_text(child)
        parts.append(f"[{text}]" if child.tag == f"{{{TEI_NS}}}supplied" else text)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def make_parser(collect_ids: bool = True) -> etree.XMLParser:
    """Return a new hardened parser: no DTD, no entities, no network, no huge trees.

    With `collect_ids` False, xml:id values are not registered, so a duplicate or a value
    that is not an NCName (both well-formed XML) does not stop the parser."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        collect_ids=collect_ids,
    )


_PARSER = make_parser()
_PARSER_WITHOUT_IDS = make_parser(collect_ids=False)


def _source_text(data: bytes, encoding: str | None = None) -> str:
    """The source as text, for finding a DOCTYPE: in `encoding` if known, else UTF-16 when
    the first bytes hold a NUL, else UTF-8 (other encodings keep `<!DOCTYPE` in ASCII)."""
    if encoding is None and b"\0" in data[:4]:
        encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else (
            "utf-16-be" if data[:1] == b"\0" else "utf-16-le")
    return data.decode(encoding or "utf-8", errors="replace")


def _doctype_line_of_bytes(data: bytes) -> int | None:
    """`_doctype_line` of the source as `_source_text` reads it, without decoding it all: UTF-8
    is searched as bytes (the pattern is ASCII, and the lenient decoding turns each ASCII byte
    into the same character and no other byte into an ASCII one), and the search stops at
    the first start tag."""
    if b"\0" in data[:4]:
        return _doctype_line(_source_text(data))
    for match in _DOCTYPE_BYTES.finditer(data):
        if match.group(2):
            return None
        if match.group(1):
            return data.count(b"\n", 0, match.start()) + 1
    return None


def _doctype_line(text: str) -> int | None:
    """Line of the DOCTYPE declaration in `text`, or None when there is none."""
    for match in _DOCTYPE.finditer(text):
        if match.group(2):
            return None
        if match.group(1):
            return text.count("\n", 0, match.start()) + 1
    return None


def _doctype_error(path: str, line: int) -> InputError:
    return error(path, "DOCTYPE declarations are not allowed (external entities, DTDs and "
                 "entity expansion are refused for security)", line, rule="xml-doctype")


def _refuse_doctype(tree: etree._ElementTree, data: bytes, path: str) -> None:
    """Raise InputError if the parsed document has a DOCTYPE declaration (the check before
    parsing may miss one in an unusual encoding)."""
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise _doctype_error(path, _doctype_line(_source_text(data, info.encoding)) or 1)


def _check_limits(root: etree._Element, path: str) -> None:
    """Raise InputError at the first element with too many attributes or nested too deep
    (two XPath tests in C decide whether there is one; the walk finds it)."""
    if not (_TOO_DEEP_ELEMENT(root) or _TOO_MANY_ATTRIBUTES(root)):
        return
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end"), tag=etree.Element):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > MAX_DEPTH or len(element.attrib) > MAX_ATTRIBUTES:
            raise _limit_error(element, depth > MAX_DEPTH, path)


_TOO_DEEP_ELEMENT = etree.XPath("boolean(" + "/*" * (MAX_DEPTH + 1) + ")")
# an element with an attribute at position MAX + 1: no count() over every element
_TOO_MANY_ATTRIBUTES = etree.XPath(f"boolean(//*/@*[{MAX_ATTRIBUTES + 1}])")


def _limit_error(element: etree._Element, too_deep: bool, path: str) -> InputError:
    line = element.sourceline or 1
    name = etree.QName(element).localname
    if too_deep:
        return error(path, f"<{name}> is nested more than {MAX_DEPTH} elements deep; "
                     "that is the limit", line, rule="xml-limits")
    return error(path, f"<{name}> has {len(element.attrib):,} attributes; at most "
                 f"{MAX_ATTRIBUTES} are allowed on one element", line, rule="xml-limits")


def _syntax_error(exc: etree.XMLSyntaxError, path: str, data: bytes) -> InputError:
    """The parser's first complaint as an InputError (nesting too deep: a limit).

    The exception's own message is the first error of this parse (its error log may also
    hold errors of earlier parses, and its last entry is a consequence of the first)."""
    declared = _DECLARED_WIDE.match(data)
    if declared and b"\0" not in data[:4]:
        return error(path, f'the XML declaration names the encoding "{declared[1].decode()}", '
                     "but the file is 8-bit text (UTF-8 or a one-byte encoding): correct the "
                     "declaration or remove its encoding", 1, declared.start(1) + 1,
                     rule="xml-syntax")
    text = str(exc.msg or exc)
    detail = _SYNTAX_DETAIL.search(text)
    message = _SYNTAX_DETAIL.sub("", text).strip()  # libxml2's messages end with a newline
    line = (int(detail.group(1)) if detail else exc.lineno) or 1
    col = (int(detail.group(2)) if detail else exc.offset) or 1
    mismatch = _MISMATCH.match(message)
    if mismatch:
        message, col = _unclosed(mismatch, data, line, col)
    if _TOO_LONG in message:
        return error(path, "a text or attribute value is longer than 10,000,000 characters; "
                     "that is the limit", line, col, rule="xml-limits")
    if message.startswith(_TOO_DEEP):
        return error(path, f"elements are nested more than {MAX_DEPTH} deep; that is the "
                     "limit", line, col, rule="xml-limits")
    return error(path, f"not well-formed XML: {message}", line, col, rule="xml-syntax")


def _unclosed(mismatch: re.Match[str], data: bytes, line: int, col: int) -> tuple[str, int]:
    """An unclosed element in an editor's words, at the end tag that found it open."""
    opened, opened_line, closing = mismatch.groups()
    text = data.decode("utf-8", errors="replace").split("\n")
    source = text[line - 1] if line <= len(text) else ""
    start = source.rfind(f"</{closing}", 0, col)
    message = (f"<{opened}> (opened on line {opened_line}) is not closed: </{closing}> comes "
               f"first; add </{opened}> where it ends")
    return message, start + 1 if start >= 0 else col


def parse_bytes(data: bytes, path: str, collect_ids: bool = True) -> etree._ElementTree:
    """Parse untrusted XML; raise InputError naming `path`, line and column on any problem.

    A DOCTYPE is looked for before parsing (so that no entity is ever expanded) and in the
    parsed document (whatever the encoding and the position of the declaration). With
    `collect_ids` False, xml:id values are left for the caller to check (see make_parser)."""
    line = _doctype_line_of_bytes(data)
    if line is not None:
        raise _doctype_error(path, line)
    try:
        root = etree.fromstring(data, _PARSER if collect_ids else _PARSER_WITHOUT_IDS)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, path, data) from None
    tree = root.getroottree()
    _refuse_doctype(tree, data, path)
    _check_limits(root, path)
    return tree


def parse_file(path: Path) -> etree._ElementTree:
    """Read and parse an XML file with the hardened parser."""
    return parse_bytes(read_bytes(path), str(path))


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """Read a regular file, turning OS errors into an InputError that names the file. A
    FIFO, device or socket is refused without waiting for a writer or reading forever; a
    source over `limit` bytes (`MAX_SOURCE_BYTES`) before it is read into memory."""
    try:
        # O_NONBLOCK: opening a FIFO does not wait for a writer (no effect on a regular file)
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
        with os.fdopen(handle, "rb") as file:
            status = os.fstat(file.fileno())
            kind = special_kind(status.st_mode)
            if kind:
                raise error(str(path), f"cannot read file: it is {kind}, not a regular file",
                            rule="io")
            if limit is not None and status.st_size > limit:
                raise too_large(str(path), status.st_size)
            return file.read()
    except OSError as exc:
        raise error(str(path), f"cannot read file: {exc.strerror or exc}", rule="io") from None


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is ('' for a regular file)."""
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISSOCK, "a socket"))
    return "" if stat.S_ISREG(mode) else next(
        (name for test, name in kinds if test(mode)), "a special file")


def serialize(tree: etree._ElementTree | etree._Element) -> bytes:
    """Serialise deterministically as UTF-8 with an XML declaration and a final newline."""
    data = etree.tostring(tree, encoding="UTF-8", xml_declaration=True)
    data = data.replace(b"<?xml version='1.0' encoding='UTF-8'?>",
                        b'<?xml version="1.0" encoding="UTF-8"?>', 1)
    return data if data.endswith(b"\n") else data + b"\n"


def write_file(path: Path, data: bytes) -> None:
    """Write atomically; an OS error (read-only folder, disk full, no permission) becomes an
    InputError naming the file and the cause."""
    try:
        atomic_write(path, data)
    except OSError as exc:
        where, why = write_problem(exc, path)
        raise error(where, f"cannot write file: {why}", rule="io") from None


def write_problem(exc: OSError, path: Path) -> tuple[str, str]:
    """The path and the cause to report for a failed write to `path` (or below it): a file
    standing where one of the output's folders should be is named as such, and a temporary
    file of `atomic_write` by its folder."""
    target = Path(exc.filename) if isinstance(exc.filename, str) else Path(path)
    for folder in (target, *target.parents):
        if folder.is_dir():
            break
        if folder.exists() and (folder != target or exc.errno == errno.EEXIST):
            return str(folder), "it is a file, not a folder"
    if target.name.startswith(".") and target.name.endswith(".tmp"):
        target = target.parent
    return str(target), exc.strerror or str(exc)


def atomic_write(path: Path | str, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename.

    `durable`: flush the file to the disk before the rename (for files an editor may hand
    edit); outputs that can be regenerated skip it and are made durable together at the
    end of a run by `sync_folders`. The file's mode is 0644 whatever the umask."""
    fd, tmp = _temporary(os.fspath(path))
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
            os.fchmod(fd, 0o644)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_NUMBERS = itertools.count()  # of this process's temporary files (with its id: see below)
_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(
    os, "O_NOFOLLOW", 0)


def _temporary(path: str | Path) -> tuple[int, str]:
    """A new temporary file beside `path`, open for writing, and its name: `.NAME.XXXXXXXX.tmp`
    as `tei.workspace` sweeps them, its 8 hex digits from the process id and a counter (a
    name taken is passed over; created exclusively, never through a link). Its folder is
    made when missing (by this process or, at the same moment, by another worker writing
    beside it: the open is then tried again, a few times at most, for a folder removed as
    fast as it is made). Cheaper than `tempfile.mkstemp` (random names, a path chmod) by
    about a fifth of a file's cost, which counts when a render writes thousands."""
    folder = os.path.dirname(path) or "."
    prefix = os.path.join(folder, f".{os.path.basename(path)[:64]}.")
    attempts = 0
    while True:
        number = (os.getpid() * 0x10001 + next(_NUMBERS)) & 0xFFFFFFFF
        name = f"{prefix}{number:08x}.tmp"
        try:
            return os.open(name, _EXCLUSIVE, 0o600), name
        except FileExistsError:
            continue
        except FileNotFoundError:
            if attempts == _FOLDER_ATTEMPTS:
                raise
            attempts += 1
            os.makedirs(folder, exist_ok=True)


_FOLDER_ATTEMPTS = 3  # opens tried again after making a missing folder


def sync_folders(folders: Iterable[Path]) -> None:
    """Make everything written below `folders` durable at once (files, renames, removals):
    one `syncfs` of each file system they live on, where they exist."""
    synced: set[int] = set()
    for folder in folders:
        if not Path(folder).is_dir():
            continue
        fd = os.open(folder, os.O_RDONLY)
        try:
            if os.fstat(fd).st_dev not in synced:
                _syncfs(fd)
                synced.add(os.fstat(fd).st_dev)
        finally:
            os.close(fd)


def _syncfs(fd: int) -> None:
    """Flush the file system holding `fd` (Linux `syncfs`; elsewhere `sync`)."""
    libc = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
    if libc is None or libc.syncfs(fd) != 0:
        os.sync()
