"""Rules from the blind sample of OCR and PDF text from further sources (ocr36): CIA reading
room (CREST) records over their scans' OCR, a volunteer transcription platform's page of a
file copy, a scanned-book library's raw OCR of a translated Russian telegram.

- A reading room's record title in capitals keeps CREST's mark of a withheld name in mixed
  case (`MEMORANDUM FOR: MR. DULLES FROM(Sanitized)`): still the record's title
  (`pages/titles.py`); `Sanitized` and `Redacted` never begin a name (table `not-names`).
  Its `MEMORANDUM FOR X FROM Y` names the addressee, the sender perhaps withheld (row
  `to-from`).
- CREST's release line as the OCR reads it without its `For`, or with a comma after
  `Approved` (`Approved Release 2003/09/30: CIA-RDP75-0R...`), stands alone like the whole
  stamp (rows `release`, `reference`, `other`).
- A city alone over a memorandum's bare date (`WASHINGTON` / `June 4, 1973` over
  `MEMORANDUM FOR:`) is where it was written, not a receiving station
  (`heading_places.py`).
- A scanned-book library's page lines (Project Runeberg: the copyright note, the page's
  resolution and contents line, the pager, the notices on the raw OCR in English and
  Swedish) and a transcription platform's lines (`This page has already been transcribed.`,
  `Transcription`, `Current Status:` / `Completed`) are page furniture (rows
  `scanned-book-library`, `transcription-platform`).
- A minute written under a letter's file copy (the copied signature `(Signed) Atlee Hunt,`
  and its office, then `Naval Secretary:`, the instruction, `(Intd) S.A.F.`, an office and a
  short date) is registry furniture: the letter keeps its own signature and date
  (`processing_lines.py`); `Intd`, `Sgd` are no names.
- A Russian date in both calendars written month first with the two days joined by a slash
  (`July 1/14, 1917`) is the New Style day (`date_eras.py`); a Scandinavian dateline
  (`Stockholm den 14 juli 1917`, `Den 1/14 juli 1917, N:r 547.`) is a dateline (rows
  `dateline`, `address-dateline`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_CREST_FIELDS = ("Document Type:\nCollection:\nDocument Number (FOIA) /ESDN (CREST):\n"
                 "{rid}\nRelease Decision:\nRIPPUB\nOriginal Classification:\nS\n"
                 "Publication Date:\n{published}\nContent Type:\nMEMO\nBody:\n")


@pytest.mark.parametrize("title, rid, published", [
    # the sample's record (t01)
    ("MEMORANDUM FOR: MR. DULLES FROM(Sanitized)", "CIA-RDP80R01731R003000230010-7",
     "March 13, 1952"),
    # an invented record of the same export
    ("LETTER TO MR. HOLCOMBE FROM(Sanitized)", "CIA-RDP80B01676R002200130017-4",
     "May 2, 1962"),
])
def test_a_record_title_with_the_withheld_name_mark_is_the_title(
        resources, title: str, rid: str, published: str) -> None:
    body = (f"Approved For Release 2009/01/09: {rid}\n{published}\n"
            "called again and since you were not available I spoke to him about\n"
            "the paper he had sent last week.\nSTAT\n")
    text = f"{title}\n" + _CREST_FIELDS.format(rid=rid, published=published) + body
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert "per-sanitized" not in text_xml(text, resources)


@pytest.mark.parametrize("title, sender, addressee", [
    # the sample's (t01): a CIA record of March 1952, so Allen Dulles, then Deputy Director
    # of Central Intelligence (frus60's context rows tell the Dulles brothers apart)
    ("MEMORANDUM FOR: MR. DULLES FROM(Sanitized)", [], ["Allen Dulles"]),
    ("MEMORANDUM FOR MR. HOLCOMBE FROM JOHN A. BROSS", ["John A. Bross"], ["Holcombe"]),
    ("MEMORANDUM FOR THE RECORD FROM SHERMAN KENT", ["Sherman Kent"], []),  # no addressee
])
def test_a_memorandum_record_title_names_its_parties(
        resources, title: str, sender: list, addressee: list) -> None:
    rid = "CIA-RDP80R01731R003000230010-7"
    text = (f"{title}\n" + _CREST_FIELDS.format(rid=rid, published="March 13, 1952")
            + f"Approved For Release 2009/01/09: {rid}\n13 March 1952\n"
            "I spoke to him about the paper he had sent last week and he agreed to come.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == sender
    assert facts["addressee"] == addressee


@pytest.mark.parametrize("release", [
    "Approved Release 2003/09/30: CIA-RDP75-0R000200170012-7",  # the sample's (t03)
    "Approved, For Release 2011/04/12 : CIA-RDP80B01676R001900140055-9",  # invented
])
@pytest.mark.parametrize("city, place", [("WASHINGTON", "Washington"), ("LONDON", "London")])
def test_a_city_over_a_memorandums_date_under_a_garbled_release_line(
        resources, release: str, city: str, place: str) -> None:
    text = (f"{release}\n{city}\nJune 4, 1973\n"
            "MEMORANDUM FOR: Members of the Working Group\n"
            "SUBJECT: Materials for Working Session\n"
            "1. The following papers are forwarded for your consideration before the\n"
            "meeting on Friday.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1973-06-04"
    assert facts["place_of_origin"] == place


_RUNEBERG = (
    "Note: Contributor Karl Emil Lindqvist died in 1981, less than 70 years ago. Therefore, "
    "this work is protected by copyright, restricting your legal rights to reproduce it. "
    "However, you are welcome to view it on screen, as you do now. Read more about copyright.\n"
    "Full resolution (JPEG) - On this page / på denna sida - Världskrigets början - "
    "Telegram från Paris\n"
    "<< prev. page << föreg. sida << >> nästa sida >> next page >>\n"
    "Below is the raw OCR text\nfrom the above scanned image.\n"
    "Do you see an error? Proofread the page now!\n"
    "Här nedan syns maskintolkade texten från faksimilbilden ovan.\n"
    "Ser du något fel? Korrekturläs sidan nu!\n"
    "This page has never been proofread. / Denna sida har aldrig korrekturlästs.\n")
_PLATFORM = ("This page has already been transcribed. You can find new pages to transcribe "
             "here.\n\nTranscription\n\n")


@pytest.mark.parametrize("furniture", [_RUNEBERG, _PLATFORM])
def test_library_and_transcription_platform_lines_are_page_furniture(
        resources, furniture: str) -> None:
    text = (furniture + "Paris, 14th October 1914.\n\nSir,\n\nI have the honour to "
            "inform you that the Government have left for Bordeaux.\n\nI have the honour to "
            "be, Sir,\nYour obedient servant,\nEdward Carrington\n"
            "\nCurrent Status: \nCompleted\n")
    xml = text_xml(text, resources)
    for line in ("raw OCR", "Proofread", "Korrekturläs", "transcribed", "Current Status",
                 "Completed", "Full resolution", "70 years"):
        assert line not in xml
    facts = text_facts(text, resources)
    assert facts["date"] == "1914-10-14"
    assert facts["place_of_origin"] == "Paris"


@pytest.mark.parametrize("copy", [
    # the sample's letter (t05)
    ("Melbourne, 15th October 1914.", "(Signed) Atlee Hunt,", "Secretary.",
     "Naval Secretary:\nFor advice of Naval Board.\n(Intd) S.A.F.\nSecretary.\n17/10/14.\n",
     "1914-10-15", "Atlee Hunt"),
    # an invented copy with a longer minute
    ("Sydney, 2nd June 1916.", "(Sgd.) Walter Pennicott,", "Acting Secretary.",
     "Minister:\nFor information.\nCopy to Navy Office.\n(Intd) G.R.T.\n9/6/16\n",
     "1916-06-02", "Walter Pennicott"),
])
def test_a_minute_under_a_file_copy_is_registry_furniture(resources, copy: tuple) -> None:
    dateline, signature, office, minute, date, name = copy
    text = (f"Commonwealth of Australia.\nDepartment of External Affairs,\n{dateline}\n\n"
            "The Secretary,\nDepartment of Defence.\n\nWill you be so good as to advise "
            "as to any arrangements made for shipping to the captured ports.\n\n"
            f"{signature}\n{office}\n\n{minute}")
    facts = text_facts(text, resources)
    assert facts["date"] == date
    assert facts["sender"] == [name]
    assert "Intd" not in str(facts["signed"])
    assert "per-intd" not in text_xml(text, resources)


@pytest.mark.parametrize("dateline, date", [
    ("London, July 1/14, 1917.", "1917-07-14"),  # month first, the two days slashed
    ("Petrograd, February 27/March 12, 1917.", "1917-03-12"),  # already read: both months
    ("Den 1/14 juli 1917, N:r 547.", "1917-07-14"),  # the sample's Swedish form (t06)
    ("Stockholm den 3 augusti 1914.", "1914-08-03"),  # a Scandinavian place and `den`
])
def test_old_and_new_style_and_scandinavian_datelines(
        resources, dateline: str, date: str) -> None:
    text = (f"Telegram from the Russian Chargé d'Affaires\n\n{dateline}\n\n"
            "I cannot refrain from drawing your attention to the contradiction.\n")
    assert text_facts(text, resources)["date"] == date
