"""Rules for FRUS learnt from real pages (frus90: the Paris Peace Conference volumes of
1919, the 1911-1913 Mexico volumes, China 1927, Japan 1932, Egypt 1953-1957, Nicaragua
1979, an 1863 instruction):

- a channel line whose sender the editors supplied in brackets (`430. For Polk [from
  Lansing].`) names the sender and addressee (table `frus-channel`, first `channel` row);
- a channel line sent from the Department's own office (`3985. From the Secretary for
  Polk.`) names the addressee (table `frus-channel`, the `from ... for` row);
- the Secretary's travel series over the Department's six-digit number (`Tosec
  60101/166874.`) is the telegram's number (table `frus-number`, first row), and the person
  it is for after it (`For Ambassador Pezzullo.`) its addressee (table `frus-channel`, the
  `for` row);
- a file line listing several papers of one file (`File No. 812.00/1193, 1202.`) is the
  archive's reference, whole (table `frus`, row `source`);
- a page filed under the Paris Peace Conference's file (`Paris Peace Conf. 184.63/13:
  Telegram`) with no dated line lies in 1919 for the surnames in office it names
  (`context_years._file_year`, table `file-years`);
- (held) the editors' last note of several paragraphs, copied with neither bullet nor
  back link under the arrowed notes (`- See telegram 813, supra.↩` / `At 3:41 p.m. ...` /
  `Earlier that day ...`), is one note, and the source note above it dates the page
  (`quoted_notes.unarrowed_last_note`, called by `frus_notes.footnotes`);
- (held) `Text by mail.` before the posts a telegram was repeated to (`Text by mail.
  Repeated to Peiping.`) is one transmission line (table `processing`, row `sent`);
- register: Wu Chaoshu (`C. C. Wu`), William Howard Taft, Porfirio Díaz, Hugh C. Wallace,
  John M. Murphy, William C. Burdett; `Nasr` for Nasser, `Drouyn de l’Huys`; Nantes,
  Bordeaux.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BRACKETED = (
    "Paris Peace Conf. 185.1/12: Telegram\n\n"
    "The Commission to Negotiate Peace to the Acting Secretary of State\n\n"
    "518. For Polk [from Lansing]. Your 400. The Council met this morning and agreed on the "
    "order of business.\n\n"
    "Am[erican] Mission\n")


def test_a_sender_supplied_in_brackets_names_the_channel(resources: Resources) -> None:
    facts = text_facts(BRACKETED, resources)
    assert facts["sender"] == ["Robert Lansing"]
    assert facts["addressee"] == ["Frank L. Polk"]


FROM_OFFICE = (
    "Paris Peace Conf. 185.1/20: Telegram\n\n"
    "The Secretary of State to the Commission to Negotiate Peace\n\n"
    "Washington, November 4, 1919—6 p.m.\n\n"
    "3811. From the Secretary for Polk. Your 5102. The Department agrees.\n")


def test_a_channel_from_the_secretary_names_the_addressee(resources: Resources) -> None:
    facts = text_facts(FROM_OFFICE, resources)
    assert facts["addressee"] == ["Frank L. Polk"]
    assert facts["telegram_number"] == "3811"


TOSEC = (
    "240. Telegram From the Department of State to the Embassy in Nicaragua1\n"
    "Tosec 70212/170001. For Ambassador Pezzullo. Subject: Guard. Ref: Managua 2900.\n"
    "1. We have your report and will answer it tomorrow.\n"
    "2. Please keep us informed.\n")


def test_a_tosec_number_over_a_six_digit_one(resources: Resources) -> None:
    facts = text_facts(TOSEC, resources)
    assert facts["telegram_number"] == "Tosec 70212/170001"
    assert facts["addressee"] == ["Lawrence Pezzullo"]


FILE_LIST = (
    "File No. 812.00/1440, 1451.\n\n"
    "The American Ambassador to the Secretary of State.\n\n"
    "[Telegram—Paraphrase.]\n\n"
    "The rebels have entered Torreon and the garrison has withdrawn.\n\n"
    "Wilson.\n")


def test_a_file_line_listing_several_papers_is_the_reference(resources: Resources) -> None:
    facts = text_facts(FILE_LIST, resources)
    assert facts["archive_idno"] == "812.00/1440, 1451"


CONFERENCE = (
    "Paris Peace Conf. 185.1/31: Telegram\n\n"
    "The Commission to Negotiate Peace to the Acting Secretary of State\n\n"
    "602. Please see the telegrams from Grew for Phillips on the question of the mails.\n")


def test_a_conference_file_reads_surnames_in_1919(resources: Resources) -> None:
    xml = text_xml(CONFERENCE, resources)
    assert '<persName ref="#per-joseph-grew">Grew</persName>' in xml
    assert '<persName ref="#per-william-phillips">Phillips</persName>' in xml
    assert text_facts(CONFERENCE, resources)["date"] is None


def test_register_names_of_the_older_volumes(resources: Resources) -> None:
    xml = text_xml(
        "The Minister in China (MacMurray) to the Secretary of State\n\n"
        "Peking, June 3, 1927—4 p.m.\n\n"
        "610. Please see C. C. Wu again. President Taft and Porfirio Diaz are named in the "
        "old file; Hugh C. Wallace sailed from Bordeaux, not Nantes.\n", resources)
    for ident in ("per-wu-chaoshu", "per-william-howard-taft", "per-porfirio-diaz",
                  "per-hugh-c-wallace", "pla-bordeaux", "pla-nantes"):
        assert f'ref="#{ident}"' in xml


UNARROWED = (
    "300. Telegram From the Embassy in Egypt to the Department of State1\n"
    "3340. Saw Fawzi this morning on the canal dues.2 He will reply tomorrow.3\n"
    "- Source: Department of State, Central Files, 974.7301/4–2457. Secret; Niact.\u21a9\n"
    "- Document 298.\u21a9\n"
    "On April 25, Dulles telephoned Lodge about the Council meeting. (Memorandum of "
    "telephone conversation, April 25; Eisenhower Library)\n"
    "Later that day the Council met. (Department of State Bulletin, May 13, 1957)\n")


def test_a_last_note_of_paragraphs_without_its_arrow_is_one_note(resources: Resources) -> None:
    facts = text_facts(UNARROWED, resources)
    assert facts["notes"] == 3
    assert facts["date"] == "1957-04-24"
    body = text_xml(UNARROWED, resources).split("<text", 1)[1]
    assert '<note place="foot" n="3">On' in body


MAILED = (
    "893.01 Manchuria/480: Telegram\n"
    "The Ambassador in Japan (Grew) to the Secretary of State\n"
    "[Received September 20—6 a.m.]\n"
    "240. The Foreign Office has issued a statement on the protocol.\n"
    "Text by mail. Repeated to Peiping.\n")


def test_text_by_mail_before_the_repeat_is_the_transmission_line(resources: Resources) -> None:
    facts = text_facts(MAILED, resources)
    assert facts["registry_notes"] == ["Text by mail. Repeated to Peiping."]
