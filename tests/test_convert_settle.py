"""The last pass of the converter: odd sources never give invalid TEI, and no word is lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tei.convert.settle import _TIME_ZONE, _without_zone, settle, uri
from tests.tei_facts import xp

HEAD = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><correspDesc>
<correspAction type="sent"><placeName ref="#pla-moscow">Moscow</placeName>
<date when="{sent}">sent</date></correspAction>
<correspAction type="received"><date when="{received}">received</date></correspAction>
</correspDesc></profileDesc></teiHeader><text><body><div type="cable">{body}</div></body>
</text></TEI>"""
MESSAGE = '<div type="message"><opener><dateline>{dateline}</dateline></opener><p>Text.</p></div>'


def tei(body: str, sent: str = "1951-07-12", received: str = "1951-07-13") -> etree._Element:
    return etree.fromstring(HEAD.format(body=body, sent=sent, received=received))


def dateline(place: str = "#pla-moscow", when: str = "1951-07-12") -> str:
    return MESSAGE.format(dateline=f'<placeName ref="{place}">Town</placeName>, '
                                   f'<date when="{when}" cert="high">12 July</date>')


def test_consistent_documents_are_left_alone() -> None:
    root = tei(dateline(when="1951-07"), sent="1951-07-12T18:00:00")
    before = etree.tostring(root)
    assert settle(root) == []
    assert etree.tostring(root) == before


def test_an_empty_division_gets_an_empty_paragraph_after_its_heads() -> None:
    root = tei('<div type="message"><head>To Stalin</head><closer>Signed</closer></div>'
               '<div type="attachment"/>')
    warnings = settle(root)
    assert len(warnings) == 2 and "no text of its own" in warnings[0]
    message, attachment = xp(root, "//tei:div/tei:div")
    assert [etree.QName(c).localname for c in message] == ["head", "p", "closer"]
    assert [etree.QName(c).localname for c in attachment] == ["p"]


def test_a_stamp_outside_a_registry_line_becomes_plain_words() -> None:
    root = tei('<div type="message"><p>Seen <stamp>SECRET <hi>copy</hi></stamp> here.</p>'
               '<ab type="registry" subtype="stamp"><stamp>KEPT</stamp></ab></div>')
    assert settle(root) == ["a stamp within the text is kept as plain words (stamps are "
                            "registry lines)"]
    paragraph = xp(root, "//tei:p")[0]
    assert "".join(paragraph.itertext()) == "Seen SECRET copy here."
    assert len(xp(root, "//tei:stamp")) == 1
    xp(root, "//tei:teiHeader")[0].append(etree.fromstring(
        '<p xmlns="http://www.tei-c.org/ns/1.0">In the header: <stamp>SEEN</stamp></p>'))
    assert len(settle(root)) == 1 and len(xp(root, "//tei:stamp")) == 1


def test_a_reception_before_the_sending_leaves_the_header() -> None:
    # A correspDesc date must carry its value (rule corresp-date): the date goes, and an
    # action left with nothing goes with it; the text keeps the words.
    root = tei(dateline(), sent="1951-07-12", received="1951-07-10T23:00:00")
    assert "reception date is earlier" in settle(root)[0]
    assert xp(root, "//tei:correspAction[@type='received']") == []
    assert settle(tei(dateline(), received="1951-07-11T20:00:00")) == []  # time zones


def test_a_reception_date_that_leaves_keeps_its_addressee_and_the_indentation() -> None:
    root = etree.fromstring(HEAD.format(body=dateline(), sent="1951-07-12",
                                        received="1951-07-10").replace(
        '<correspAction type="received"><date', '<correspAction type="received">'
        '<persName ref="#per-joseph-stalin">Stalin</persName>\n  <date'))
    settle(root)
    (action,) = xp(root, "//tei:correspAction[@type='received']")
    assert [etree.QName(c).localname for c in action] == ["persName"]
    assert action[0].tail is None or not action[0].tail.strip()


def test_a_dateline_date_other_than_the_sending_date_loses_its_normalised_value() -> None:
    root = tei(dateline(when="1950-01-02"))
    assert "dateline's date is not the sending date" in settle(root)[0]
    date = xp(root, "//tei:dateline/tei:date")[0]
    assert date.attrib == {} and date.text == "12 July"


def test_a_dateline_place_other_than_the_sending_place_keeps_its_words_only() -> None:
    root = tei(dateline(place="#pla-beijing"))
    assert "dateline's place is not the place of sending" in settle(root)[0]
    line = xp(root, "//tei:dateline")[0]
    assert "".join(line.itertext()) == "Town, 12 July"
    assert not xp(line, ".//tei:placeName")


def test_a_second_place_beside_the_sending_place_in_its_dateline_keeps_its_tag() -> None:
    root = tei(MESSAGE.format(dateline='<placeName ref="#pla-moscow">Moscow</placeName>, the '
                                       '<placeName ref="#pla-kremlin">Kremlin</placeName>, '
                                       '<date when="1951-07-12">12 July</date>'))
    assert settle(root) == []
    assert [p.get("ref") for p in xp(root, "//tei:dateline/tei:placeName")] == [
        "#pla-moscow", "#pla-kremlin"]


def test_a_source_url_gets_what_a_uri_cannot_hold_escaped() -> None:
    assert uri("https://example.org/Mö%") == "https://example.org/Mö%25"
    assert uri("https://example.org/a%20b#x#y") == "https://example.org/a%20b#x%23y"
    assert uri("https://example.org/[1]") == "https://example.org/%5B1%5D"
    root = tei('<div type="message"><p>Text.</p></div>')
    xp(root, "//tei:teiHeader")[0].append(etree.fromstring(
        '<idno xmlns="http://www.tei-c.org/ns/1.0" type="URI">https://example.org/%</idno>'))
    assert settle(root) == ["the source URL 'https://example.org/%' is not a valid URI; "
                            "written as 'https://example.org/%25'"]
    assert uri("https://example.orgContents:") == "https://example.orgContents%3A"
    assert uri("https://example.org:8080/a:b") == "https://example.org:8080/a:b"


@given(st.lists(st.sampled_from(["1951", "-07", "-05", "T21:00:00", "Z", "+01:00", "-02:30",
                                 "\n", ":", "+"]), max_size=6).map("".join))
def test_a_zone_is_cut_as_the_zone_regex_cuts_it(value: str) -> None:
    assert _without_zone(value) == _TIME_ZONE.sub("", value)


def _with_local_entries(*ids: str) -> etree._Element:
    root = tei(dateline())
    persons = "".join(f'<person xml:id="{i}"><persName>X</persName><note type="local">n</note>'
                      "</person>" for i in ids)
    root.append(etree.fromstring(f'<standOff xmlns="http://www.tei-c.org/ns/1.0"><listPerson>'
                                 f"{persons}</listPerson></standOff>"))
    return root


def test_a_local_entry_no_name_uses_is_left_out_and_its_list_kept_when_others_remain() -> None:
    root = _with_local_entries("per-a", "per-b")
    root.find(".//{*}p").append(etree.fromstring(
        '<persName xmlns="http://www.tei-c.org/ns/1.0" ref="#per-b">B</persName>'))
    assert len(settle(root)) == 1
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in xp(root, "//tei:person")] \
        == ["per-b"]


def test_the_last_unused_local_entry_takes_its_empty_list_and_standoff_with_it() -> None:
    root = _with_local_entries("per-a")
    settle(root)
    assert not xp(root, "//tei:listPerson") and not xp(root, "//tei:standOff")
