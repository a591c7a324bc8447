"""Rules from a pass over the remaining misses of the blind samples (wc26-wc28,
other23-other25, invent13):

- a line break (`lb`) is followed by a newline, so that the words of two lines stay apart
  in the document's plain text: a signature's name and the office under it (`C. C. Cremin`
  / `Secretary`) read as two words, not one (`CreminSecretary`);
- FRUS's record of a council's meeting (`Memorandum of Discussion at the 229th Meeting of
  the National Security Council`) is the meeting's record, a record of conversation, as
  minutes are; a `Memorandum of Conversation` stays a memorandum;
- a date of another calendar over its civil date in brackets, both over the salutation
  (`Shrawan 12, 2018 B.S.` / `(July 28, 1961)`, a Hijri or Persian date likewise), is the
  letter's opening dateline, dated by the bracket;
- the signer's office closed by a comma over his name, under the valediction (`Yours
  faithfully,` / `Minister for Foreign Affairs,` / `Dr. X`; the Indonesian `Hormat saja,` /
  `Menteri Luar Negeri,`), is part of the signature, and the letter is a letter;
- an Indonesian letter's `Nomor:` under its letterhead is the sender's own number, not a
  telegram's;
- a Soviet cipher telegram's registry lines flattened onto one line with the Wilson Center's
  page by a copying site (`Sent from X by wire on ...`, `Received in Moscow on ...`,
  `Deciphered by ...`, `Distribution list ...`, `Typed by ...`) are cut apart, so that the
  receipt dates the telegram's receipt and the clerks are named;
- register facts the samples needed (Joseph E. Davies's life dates; David Aaron, Versailles,
  Kilrush, Rosslare, Kodiak, `Frontier Province`).
"""

from __future__ import annotations

import pytest
from lxml import etree

from tei.convert.lifespan import living_in
from tests.cases import text_facts, text_xml

TEI = "{http://www.tei-c.org/ns/1.0}"

_LETTER = (
    "{letterhead}\n\n{date_lines}\n\nDear {salute},\n\n"
    "I have the honour to inform you that the delegation will arrive on the fifth and "
    "looks forward to the talks.\n\nYours sincerely,\n{name}\n{office}\n")


@pytest.mark.parametrize(("name", "office"), [
    ("C. C. Cremin", "Secretary"),
    ("Salim al-Rawi", "Ambassador"),
    ("Henrik Lindqvist", "Counsellor of Embassy"),
])
def test_a_signature_and_its_office_stay_two_words(resources, name, office) -> None:
    text = _LETTER.format(letterhead="EMBASSY OF SWEDEN\nOTTAWA",
                          date_lines="Ottawa, 4 May 1962", salute="Mr. Minister",
                          name=name, office=office)
    root = etree.fromstring(text_xml(text, resources).encode())
    signed = root.find(f".//{TEI}closer/{TEI}signed")
    assert signed is not None
    assert f"{name.split()[-1]} {office.split()[0]}" in " ".join(
        "".join(signed.itertext()).split())


@pytest.mark.parametrize(("heading", "doc_type"), [
    ("Memorandum of Discussion at the 229th Meeting of the National Security Council, "
     "Tuesday, December 21, 1954", "record of conversation"),
    ("Memorandum of Discussion at the 301st Meeting of the National Security Council, "
     "Thursday, October 11, 1956", "record of conversation"),
    ("Memorandum of Conversation, by the Secretary of State", "memorandum"),
])
def test_frus_meeting_discussions_are_records(resources, heading, doc_type) -> None:
    text = (f"{heading}\n\nPresent at the meeting were the President, the Vice President "
            "and the Secretary of State.\n\nThe Secretary of State reviewed the situation "
            "in the Far East and the discussion turned to the budget.\n")
    assert text_facts(text, resources)["doc_type"] == doc_type


@pytest.mark.parametrize(("letterhead", "date_lines", "when"), [
    ("ROYAL NEPALESE EMBASSY\nLONDON", "Baisakh 3, 2020 B.S.\n(April 16, 1963)",
     "1963-04-16"),
    ("EMBASSY OF THE KINGDOM OF AFGHANISTAN\nLONDON", "12 Hamal 1341\n(1 April 1962)",
     "1962-04-01"),
    ("IMPERIAL IRANIAN EMBASSY\nTOKYO", "14 Mordad 1349\n(5 August 1970)", "1970-08-05"),
])
def test_another_calendars_date_over_its_civil_date(resources, letterhead, date_lines,
                                                    when) -> None:
    text = _LETTER.format(letterhead=letterhead, date_lines=date_lines,
                          salute="Mr. Minister", name="A. Rahimi", office="Ambassador")
    assert text_facts(text, resources)["date"] == when


def test_a_bracketed_date_alone_is_not_joined_to_a_dated_line(resources) -> None:
    text = _LETTER.format(letterhead="EMBASSY OF SWEDEN\nOTTAWA",
                          date_lines="Ottawa, 4 May 1962\n(Friday 4 May 1962)",
                          salute="Mr. Minister", name="Henrik Lindqvist", office="Ambassador")
    assert text_facts(text, resources)["date"] == "1962-05-04"


@pytest.mark.parametrize(("year", "alive"), [(1937, True), (1970, False)])
def test_a_register_person_lives_within_his_dates(resources, year, alive) -> None:
    entry = resources.register.lookup("Joseph E. Davies")
    assert entry is not None
    assert living_in(entry, year) is alive


_OFFICE_OVER_NAME = (
    "{letterhead}\n\n{number}\n\n{place}, 4 Nopember 1957\n\n"
    "The Government expects the vote on the resolution before the end of the month.\n\n"
    "{valediction}\n{office}\n\n{name}\n")


@pytest.mark.parametrize(("letterhead", "number", "place", "valediction", "office", "name"), [
    ("KEMENTERIAN LUAR NEGERI", "Nomor: 2174/57", "Djakarta", "Hormat saja,",
     "Menteri Luar Negeri,", "Dr. Subandrio"),
    ("MINISTRY OF FOREIGN AFFAIRS", "Ref. No. PM/61/412", "Colombo", "Yours faithfully,",
     "Minister for Foreign Affairs,", "Felix Dias Bandaranaike"),
    ("KEMENTERIAN LUAR NEGERI", "Nomor: 88/K/63", "Kuala Lumpur", "Hormat saya,",
     "Menteri Luar Negeri [Minister for Foreign Affairs],", "Tunku Abdul Rahman"),
])
def test_an_office_over_the_signers_name(resources, letterhead, number, place, valediction,
                                         office, name) -> None:
    found = text_facts(_OFFICE_OVER_NAME.format(
        letterhead=letterhead, number=number, place=place, valediction=valediction,
        office=office, name=name), resources)
    assert found["doc_type"] == "letter"
    assert found["telegram_number"] is None
    assert office.rstrip(",").split()[0] in str(found["signed"])
    assert name.split()[-1] in str(found["signed"])


def test_an_office_line_over_a_sentence_is_no_signature(resources) -> None:
    text = ("Washington, May 4, 1962\n\nDear Mr. Minister,\n\nThe talks went well.\n\n"
            "Minister for Foreign Affairs, as you know, will call tomorrow at noon.\n\n"
            "Yours sincerely,\nJohn Smith\n")
    assert text_facts(text, resources)["signed"] == "John Smith"


@pytest.mark.parametrize(("sentence", "kind", "ref"), [
    ("the envoy [deputy national security advisor David Aaron] arrived in Addis Ababa",
     "persName", "#per-david-aaron"),
    ("senior officials of Frontier Province are giving every assistance to the raiders",
     "placeName", "#pla-khyber-pakhtunkhwa"),
    ("intercourse between Paris and Versailles by flags of truce has been cut",
     "placeName", "#pla-versailles"),
    ("a young man from Kilrush, once clerk in Customs, Rosslare, was in the party",
     "placeName", "#pla-rosslare"),
])
def test_register_names_the_samples_needed(resources, sentence, kind, ref) -> None:
    text = f"London, 4 March 1950\n\nWe learn that {sentence}.\n"
    root = etree.fromstring(text_xml(text, resources).encode())
    assert ref in [el.get("ref") for el in root.iter(f"{TEI}{kind}")]


_FLATTENED_CIPHER = (
    "{day} {title}\n\nTotal Page:4\n\nFile Type:pdf, Size:210Kb\n\n"
    "{day} {title} Digital Archive digitalarchive.wilsoncenter.org "
    "International History Declassified {day} {title} Citation: \"{title},\" {day}, "
    "History and Public Policy Program Digital "
    "Archive, APRF, fond 45, opis 1, delo 346, listy 10-12. "
    "http://digitalarchive.wilsoncenter.org/document/{doc} Summary: {sender} reports on the "
    "situation at the front and asks for more aircraft and instructors for the pilots. "
    "Original Language: Russian Contents: English Translation Sent from {place} by wire on "
    "{sent} at 14:10 p.m. Received in Moscow on {sent} at 19:45 p.m. Arrived in the 8 MDGS on "
    "{sent} at 19:40 p.m. Deciphered by {clerk} on {sent} at 21:05 p.m. Distribution list - 6 "
    "copies: Stalin - 2, Molotov - 1, Malenkov - 1, Beria - 1, Bulganin - 1. Extremely "
    "Urgent MOSCOW To Comrade FILIPPOV The situation on the front has not changed and the "
    "enemy continues to attack from the air day and night, so that our units cannot move "
    "by day at all. We request that you send us more aircraft and instructors as soon as "
    "possible. ZAKHAROV No. 214 Typed by {typist} on {sent} at 23:10 p.m.\n")


@pytest.mark.parametrize(("title", "day", "sender", "place", "sent", "received", "clerk",
                          "typist"), [
    ("Ciphered Telegram from Zakharov to Filippov", "October 12, 1950", "Zakharov",
     "Pyongyang", "10/12/50", "1950-10-12T19:45", "Pavlova", "Orlova"),
    ("Ciphered Telegram from Razuvaev to Filippov", "July 03, 1951", "Razuvaev", "Beijing",
     "07/03/51", "1951-07-03T19:45", "Sergeyev", "Morozova"),
])
def test_a_flattened_cipher_telegrams_registry_lines(resources, title, day, sender, place,
                                                      sent, received, clerk, typist) -> None:
    text = _FLATTENED_CIPHER.format(title=title, day=day, sender=sender, place=place,
                                    sent=sent, clerk=clerk, typist=typist, doc=sent[-2:] + "1234")
    root = etree.fromstring(text_xml(text, resources).encode())
    got = root.xpath("//t:correspAction[@type='received']/t:date/@when",
                     namespaces={"t": TEI[1:-1]})
    assert got and got[0].startswith(received)
    persons = {"".join(el.itertext()) for el in root.iter(f"{TEI}persName")}
    assert {clerk, typist} <= persons


@pytest.mark.parametrize("text", [
    "TELEGRAM MASUK\n\nNomor : 0472/KBRI/IX/1965\nDari : KBRI Peking\nKepada : Menteri Luar "
    "Negeri, Djakarta\n\n1. Chen Yi received me this morning.\n\nPlease instruct.\n\n"
    "DUTA BESAR\nDJAWOTO\n",
    "KEDUTAAN BESAR REPUBLIK INDONESIA\n\nNomor: 311/63\n\nKairo, 2 Mei 1963\n\n"
    "The Embassy will attend the conference as instructed.\n\nHormat saja,\n"
    "Duta Besar Republik Indonesia,\n\nDjawoto\n",
])
def test_the_indonesian_ambassadors_office_over_his_name_is_no_person(text, resources) -> None:
    """`Duta Besar` (Ambassador) over the signer's name opens a role line (lead, a probe)."""
    xml = text_xml(text, resources)
    assert 'xml:id="per-djawoto"' in xml and "per-duta-besar" not in xml
    assert "Djawoto" in str(text_facts(text, resources)["signed"]).title()
