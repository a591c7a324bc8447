"""Rules from the misses of the fourth blind sample (other publishers): a cable export's
duplicate routing header and record block, a documents volume's code telegram heading, a
despatch's salutation read above its dateline, a flip-book site's lines over a Venona
translation."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

EXPORT = ("06LUSAKA88\nZAMBIA: COPPER PRICES LIFT BUDGET\nMon Jan 23 00:00:00 +0100 2006\n"
          "UNCLASSIFIED\nEmbassy Lusaka\nR 231200Z JAN 06\nFM AMEMBASSY LUSAKA\n"
          "TO SECSTATE WASHDC 1190id: 5120\ndate: 1/23/2006 12:00\nrefid: 06LUSAKA88\n"
          "origin: Embassy Lusaka\nclassification: UNCLASSIFIED\ndestination: \nheader:\n"
          "R 231200Z JAN 06\nFM AMEMBASSY LUSAKA\nTO SECSTATE WASHDC 1190\n\n\n"
          "----------------- header ends ----------------\n\n"
          "UNCLAS LUSAKA 000088 \n \nE.O. 12958: N/A \nTAGS: ECON ZA\n"
          "SUBJECT: ZAMBIA: COPPER PRICES LIFT BUDGET \n \n"
          "¶1.  The finance ministry expects a surplus this year. \nBOYCE\n")


def test_a_cable_export_s_record_block_is_passed_to_the_second_routing_copy(resources) -> None:
    found = text_facts(EXPORT, resources)
    assert found["telegram_number"] == "000088"
    assert found["title"] == "ZAMBIA: COPPER PRICES LIFT BUDGET"
    assert "refid:" not in text_xml(EXPORT, resources).split("<text")[1]


def test_a_code_telegram_heading_names_sender_and_addressee(resources) -> None:
    text = ("No. 12 NAI DFA Secretary's Files P3\n\n"
            "Code telegram from Joseph P. Walshe to Seán Murphy (Vichy)\n(No. 9) (Personal)\n\n"
            "Dublin, 2 February 1941\n\nYour report received. Most useful.\n")
    found = text_facts(text, resources)
    assert found["title"] == "Code telegram from Joseph P. Walshe to Seán Murphy (Vichy)"
    assert found["addressee"] == ["Seán Murphy"]
    assert "Personal</persName>" not in text_xml(text, resources)


def test_a_salutation_above_the_dateline_keeps_the_date_and_the_order(resources) -> None:
    text = ("CONFIDENTIA L.\nMy Lord,\n77\nGovernment House\nHongkong, 2nd May, 1912\n"
            "I have the honour to report that the new wharf is finished.\n"
            "I have the honour to be,\nMy Lord,\nYour Lordship's most obedient servant,\n")
    found = text_facts(text, resources)
    assert found["date"] == "1912-05-02"
    xml = text_xml(text, resources)
    assert xml.index("<salute>My Lord,") < xml.index(">77<") < xml.index("<dateline>")


def test_a_flip_book_site_s_lines_are_furniture(resources) -> None:
    text = ("21.06.2013 Views\n\nPDF, 1.06 MB - Woodrow Wilson International Center\n\n"
            "SHOW MORE\nSHOW LESS\n\nFrom: NEW YORK<br />\n\nTo: MOSCOW<br />\n\n"
            "No.: 1791 20 December 1944<br />\n\nTo VIKTOR.<br />\n\n"
            "The meeting took place.<br />\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == "1791"
    assert found["date"] == "1944-12-20"
    assert "SHOW MORE" not in text_xml(text, resources)
