"""The one hardened XML parser, text decoding and atomic writes."""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tei import xmlio
from tei.diagnostics import InputError
from tei.xmlio import (
    MAX_ATTRIBUTES,
    MAX_DEPTH,
    atomic_write,
    decode_text,
    parse_bytes,
    serialize,
    sync_folders,
)

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0">&xxe;</TEI>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<lolz>&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;</lolz>"""
NETWORK_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE TEI SYSTEM "http://example.com/tei.dtd"><TEI/>"""


@pytest.mark.parametrize("data", [XXE, LAUGHS, NETWORK_DTD], ids=["xxe", "laughs", "dtd"])
def test_doctype_is_refused_before_parsing(data: bytes) -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as refused:
        parse_bytes(data, "hostile.xml")
    assert time.perf_counter() - started < 5
    diagnostic = refused.value.diagnostic
    assert diagnostic.format().startswith("hostile.xml:2:1: error: DOCTYPE declarations are "
                                          "not allowed")
    assert "root:" not in diagnostic.message


DOCTYPE_MESSAGE = ("DOCTYPE declarations are not allowed (external entities, DTDs and entity "
                   "expansion are refused for security)")
HIDDEN_DOCTYPES = {
    "after-comment-with-tag": b'<?xml version="1.0"?>\n<!-- <a -->\n'
                              b'<!DOCTYPE TEI [<!ENTITY e "e">]>\n<TEI>&e;</TEI>',
    "after-pi-with-tag": b"<?pi <a?>\n\n<!DOCTYPE TEI>\n<TEI/>",
    "utf-16": '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE TEI>\n<TEI/>'.encode("utf-16"),
    "utf-16be-no-bom": '<?xml version="1.0" encoding="UTF-16BE"?>\n<!DOCTYPE TEI>\n<TEI/>'
                       .encode("utf-16-be"),
    "utf-32": '<?xml version="1.0" encoding="UTF-32"?>\n<!DOCTYPE TEI>\n<TEI/>'.encode("utf-32"),
}


@pytest.mark.parametrize("data", HIDDEN_DOCTYPES.values(), ids=HIDDEN_DOCTYPES.keys())
def test_doctype_is_refused_wherever_and_however_encoded(data: bytes) -> None:
    with pytest.raises(InputError) as refused:
        parse_bytes(data, "hostile.xml")
    line = 3 if data.startswith(b"<?pi") or b"<!--" in data else 2
    assert refused.value.diagnostic.format() == f"hostile.xml:{line}:1: error: {DOCTYPE_MESSAGE} " \
                                                "[xml-doctype]"


def test_doctype_the_byte_scan_cannot_see_is_refused_after_parsing() -> None:
    data = b'<?xml version="1.0" encoding="UTF-7"?>\n+ADw-!DOCTYPE TEI>\n<TEI/>'
    assert data.decode("utf-7").splitlines()[1] == "<!DOCTYPE TEI>"
    with pytest.raises(InputError, match=r"DOCTYPE declarations are not allowed") as refused:
        parse_bytes(data, "utf7.xml")
    assert (refused.value.diagnostic.line, refused.value.diagnostic.rule) == (2, "xml-doctype")


def test_a_doctype_after_the_root_element_is_no_xml() -> None:
    # The scan before parsing stops at the first element: a DOCTYPE can only stand before.
    data = b'<?xml version="1.0"?>\n<TEI/>\n<!DOCTYPE TEI [<!ENTITY e "e">]>\n'
    with pytest.raises(InputError) as refused:
        parse_bytes(data, "late.xml")
    assert refused.value.diagnostic.rule == "xml-syntax"


def _nested(depth: int) -> bytes:
    return b"<a>" * depth + b"</a>" * depth


def test_nesting_up_to_the_limit_is_parsed() -> None:
    assert parse_bytes(_nested(MAX_DEPTH), "deep.xml").getroot().tag == "a"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 300, 5000])
def test_deeper_nesting_is_refused_with_a_clear_message(depth: int) -> None:
    with pytest.raises(InputError) as refused:
        parse_bytes(_nested(depth), "deep.xml")
    diagnostic = refused.value.diagnostic
    assert diagnostic.rule == "xml-limits"
    assert "nested more than 100" in diagnostic.message and "XML_PARSE_HUGE" not in \
        diagnostic.message


def test_too_many_attributes_are_refused_with_a_clear_message() -> None:
    allowed = " ".join(f'a{i}="1"' for i in range(MAX_ATTRIBUTES))
    assert len(parse_bytes(f"<r><e {allowed}/></r>".encode(), "ok.xml").getroot()[0].attrib) \
        == MAX_ATTRIBUTES
    many = " ".join(f'a{i}="1"' for i in range(20_000))
    with pytest.raises(InputError) as refused:
        parse_bytes(f"<r>\n<e {many}/></r>".encode(), "attrs.xml")
    assert refused.value.diagnostic.format() == (
        "attrs.xml:2:1: error: <e> has 20,000 attributes; at most 200 are allowed on one "
        "element [xml-limits]")


@pytest.mark.parametrize("template", ["<e {}/>", "<r><e/><f><g {}/></f></r>"])
def test_one_attribute_over_the_limit_is_refused_on_any_element(template: str) -> None:
    over = " ".join(f'a{i}="1"' for i in range(MAX_ATTRIBUTES + 1))
    with pytest.raises(InputError) as refused:
        parse_bytes(template.format(over).encode(), "over.xml")
    assert f"has {MAX_ATTRIBUTES + 1} attributes" in refused.value.diagnostic.message


def test_syntax_errors_name_line_and_column() -> None:
    with pytest.raises(InputError) as broken:
        parse_bytes(b"<a>\n  <b>\n</a>", "broken.xml")
    diagnostic = broken.value.diagnostic
    assert (diagnostic.path, diagnostic.line, diagnostic.rule) == ("broken.xml", 3, "xml-syntax")
    assert "not well-formed XML" in diagnostic.message


def test_serialize_is_utf8_with_declaration_and_newline() -> None:
    tree = parse_bytes("<a>Nº</a>".encode(), "x.xml")
    assert serialize(tree) == '<?xml version="1.0" encoding="UTF-8"?>\n<a>Nº</a>\n'.encode()


@pytest.mark.parametrize(("data", "encoding"), [
    ("Nº é".encode(), "utf-8"),
    (codecs.BOM_UTF8 + "Nº é".encode(), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "Nº é".encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + "Nº é".encode("utf-16-be"), "utf-16"),
])
def test_decoding_unicode_forms(data: bytes, encoding: str) -> None:
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding, decoded.warnings) == ("Nº é", encoding, [])


def test_decoding_falls_back_to_cp1252_with_a_warning() -> None:
    decoded = decode_text("d\u00e9marche \u201cfrank\u201d".encode("cp1252"))
    assert decoded.text == "démarche “frank”"
    assert decoded.encoding == "cp1252"
    assert "not valid UTF-8 (byte 0xe9 at offset 1)" in decoded.warnings[0]


def test_atomic_write_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "out.xml"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["out.xml"]


def test_only_durable_writes_flush_each_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: flushed.append(fd) or real_fsync(fd))
    atomic_write(tmp_path / "site.html", b"page", durable=False)
    assert flushed == []
    atomic_write(tmp_path / "edited.xml", b"<TEI/>")
    assert len(flushed) == 1
    assert (tmp_path / "site.html").read_bytes() == b"page"


def test_sync_folders_flushes_each_file_system_once_and_skips_missing_folders(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(xmlio, "_syncfs", calls.append)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    sync_folders([tmp_path / "a", tmp_path / "b", tmp_path / "missing"])
    assert len(calls) == 1


def test_an_unclosed_element_is_reported_at_the_first_end_tag_that_finds_it_open() -> None:
    with pytest.raises(InputError) as caught:
        parse_bytes(b"<r>\n<a>\n  <b>x</a>\n</r>\n", "u.xml")
    assert caught.value.diagnostic.format() == (
        "u.xml:3:7: error: not well-formed XML: <b> (opened on line 3) is not closed: </a> comes "
        "first; add </b> where it ends [xml-syntax]")


@given(st.lists(st.sampled_from([b"<!DOCTYPE a>", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<?",
                                 b"?>", b"<a>", b"\n", b"x", b"\xc3\xa9", b"\xe2\x82", b"\xff",
                                 b"\xef\xbb\xbf", b"<", b"!"])).map(b"".join))
def test_a_doctype_is_found_in_the_bytes_where_the_decoded_text_has_it(data: bytes) -> None:
    assert xmlio._doctype_line_of_bytes(data) == xmlio._doctype_line(xmlio._source_text(data))


def test_reading_text_prints_supplied_text_in_brackets_again() -> None:
    title = xmlio.parse_bytes(
        b'<title xmlns="http://www.tei-c.org/ns/1.0">Filippov <supplied reason="identification">'
        b'Stalin</supplied> to\n  <persName>Mao</persName></title>', "t").getroot()
    assert xmlio.reading_text(title) == "Filippov [Stalin] to Mao"


def test_a_failed_write_names_the_file_standing_where_a_folder_should_be(
        tmp_path: Path) -> None:
    """A file in the way of the output's folders is reported by its name and as such, not by
    the temporary file or the document the write was for."""
    (tmp_path / "site").write_text("a file")
    target = tmp_path / "site" / "text" / "doc.txt"
    with pytest.raises(OSError) as caught:
        xmlio.atomic_write(target, b"x")
    assert xmlio.write_problem(caught.value, target) == (
        str(tmp_path / "site"), "it is a file, not a folder")


def test_a_failed_write_names_the_folder_of_a_temporary_file_and_the_cause(
        tmp_path: Path) -> None:
    full = OSError(28, os.strerror(28), str(tmp_path / ".doc.xml.k2j4h1.tmp"))
    assert xmlio.write_problem(full, tmp_path / "doc.xml") == (str(tmp_path), os.strerror(28))
    plain = OSError(13, os.strerror(13))
    assert xmlio.write_problem(plain, tmp_path / "doc.xml") == (
        str(tmp_path / "doc.xml"), os.strerror(13))


@pytest.mark.parametrize("declared", ["UTF-16", "utf-32", "UCS-2", "UTF-16LE"])
def test_a_wide_encoding_declared_over_8_bit_bytes_is_named_as_such(declared: str) -> None:
    data = (f'<?xml version="1.0" encoding="{declared}"?>\n<TEI xmlns="http://www.tei-c.org/'
            'ns/1.0"><teiHeader/></TEI>\n').encode()
    with pytest.raises(InputError) as caught:
        xmlio.parse_bytes(data, "doc.xml")
    found = caught.value.diagnostic
    assert (found.line, found.col) == (1, 31)
    assert found.message.startswith(f'the XML declaration names the encoding "{declared}", '
                                    "but the file is 8-bit text")


def test_a_wide_encoding_declared_over_its_own_bytes_is_read() -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>'
    assert xmlio.parse_bytes(text.encode("utf-16"), "doc.xml").getroot().tag.endswith("TEI")
