"""Rules for the foreign ministries' archives outside Europe and North America in English
translation (global78):

- a telegram form's own number field labelled by the word telegram cut (`Tel. No.: 345`,
  the outward and inward forms of the Commonwealth's ministries: Nigeria, Ghana, India)
  is the telegram's number, and, named by its form, outranks an edition's bare document
  number over the form's heading (`No. 54` / `OUTWARD TELEGRAM`; table `heading`,
  `heading_numbers.telegram_number`);
- an Indian ministry's file number with the archive named in full after the ministry
  (`File No. 2(14)-EUR/62, MEA, National Archives of India`, a documents study's source
  line) is the shelfmark, the archive its repository (table `archival-reference`);
- a dateline in the Hebrew calendar (`Jerusalem, 12 Tevet 5722`, the civil date on the
  line under it) names the place of origin (table `calendar-day-dates`,
  `segment._own_groups`);
- `SUMMARY OF CONVERSATION` over `between ...` is a record of conversation's form line,
  the two lines its title (table `heading`, row `document-type`);
- a dash after an archive's siglum or name opens a collection's subtitle (`Israel State
  Archives — Selected Documents`), no shelfmark (table `archival-reference`).

Seen on the held samples after scoring:

- the office alone in round brackets closing a ministry's telegram signs it (the Republic
  of Korea's `(Ambassador to the United States)`: `parts.parenthesised_name`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

LAGOS = ("{number}OUTWARD TELEGRAM\nMINISTRY OF EXTERNAL AFFAIRS, LAGOS\n\n"
         "From:     EXTERNAL LAGOS\nTo:       NIGEMBASSY WASHINGTON\n{field}"
         "Date:     12.7.67\nPriority: IMMEDIATE\n\n"
         "Your 211 of 10 July. You should see the State Department again today.\n\nOGBU\n")


def test_tel_no_field_is_the_telegram_number(resources: Resources) -> None:
    facts = text_facts(LAGOS.format(number="", field="Tel. No.: 345\n"), resources)
    assert facts["telegram_number"] == "345"


def test_tel_no_field_outranks_an_edition_number(resources: Resources) -> None:
    facts = text_facts(LAGOS.format(number="No. 54\n\n", field="Tel. No.: 345\n"), resources)
    assert facts["telegram_number"] == "345"


def test_without_the_field_the_edition_number_stays(resources: Resources) -> None:
    facts = text_facts(LAGOS.format(number="No. 54\n\n", field=""), resources)
    assert facts["telegram_number"] != "345"


DELHI = ("New Delhi, March 14, 1962.\n\nMy dear Menon,\n\n"
         "The Prime Minister has seen your letter of February 27.\n\n"
         "Yours sincerely,\n(M. J. Desai)\n\nShri K. P. S. Menon,\nAmbassador of India,\n"
         "Moscow.\n\n{source}\n")


def test_file_number_with_the_archive_named_in_full(resources: Resources) -> None:
    facts = text_facts(DELHI.format(
        source="[File No. 2(14)-EUR/62, MEA, National Archives of India]"), resources)
    assert facts["archive_idno"] == "2(14)-EUR/62"
    assert facts["repository"] == "National Archives of India"


ISRAEL = ("STATE OF ISRAEL\nMINISTRY FOR FOREIGN AFFAIRS\nAfrican Division\n\n"
          "{dateline}\n19 December 1961\n\nConfidential\n\n{form}\n"
          "between the Director-General and the Ambassador of Ghana\n\n"
          "Present: Mr. Chaim Yahil, Director-General.\n\n"
          "1. The Ambassador raised the question of the Casablanca resolution.\n\n"
          "Recorded by: H. Yavor\n")


def test_hebrew_calendar_dateline_names_the_place(resources: Resources) -> None:
    facts = text_facts(ISRAEL.format(dateline="Jerusalem, 12 Tevet 5722",
                                     form="SUMMARY OF CONVERSATION"), resources)
    assert facts["place_of_origin"] == "Jerusalem"
    assert facts["date"] == "1961-12-19"


def test_other_month_names_name_no_place(resources: Resources) -> None:
    facts = text_facts(ISRAEL.format(dateline="Jerusalem, 12 Tebbit 5722",
                                     form="SUMMARY OF CONVERSATION"), resources)
    assert facts["place_of_origin"] != "Jerusalem"


def test_summary_of_conversation_heading_is_the_title(resources: Resources) -> None:
    facts = text_facts(ISRAEL.format(dateline="Jerusalem, 12 Tevet 5722",
                                     form="SUMMARY OF CONVERSATION"), resources)
    assert facts["doc_type"] == "record of conversation"
    assert str(facts["title"]).lower().startswith(
        "summary of conversation between the director-general")


def test_dash_after_the_archive_name_is_no_shelfmark(resources: Resources) -> None:
    xml = text_xml("Israel State Archives — Selected Documents\n\n" + ISRAEL.format(
        dateline="Jerusalem, 12 Tevet 5722", form="SUMMARY OF CONVERSATION"), resources)
    assert '<idno type="shelfmark">— Selected Documents</idno>' not in xml


SEOUL = ("Number: USW-0917\nDate: 171530\nRecipient: Minister of Foreign Affairs\n"
         "Sender: Ambassador to the United States\n\n"
         "1. Assistant Secretary Habib testified today on the situation in Korea.\n\n"
         "2. This Embassy will send the full transcript by pouch.\n\n{close}\n")


def test_office_in_brackets_signs_the_telegram(resources: Resources) -> None:
    facts = text_facts(SEOUL.format(close="(Ambassador to the United States)"), resources)
    assert "Ambassador to the United States" in str(facts["signed"])


def test_other_bracketed_words_sign_nothing(resources: Resources) -> None:
    facts = text_facts(SEOUL.format(close="(to be continued by pouch)"), resources)
    assert "continued" not in str(facts["signed"] or "")
