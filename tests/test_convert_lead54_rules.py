"""Rules from the unseen-layout probe of session 39 (lead54: a commercial publisher's document
viewer over a Foreign Office telegram, a newspaper archive's article quoting a cablegram, an
archives portal's record over a transcription):

- a site's foot links copied one to a line (`Terms and Conditions`, `Accessibility`,
  `Privacy Policy`, `Cookie settings`) are the site's (table `page-furniture`, row
  `site-links`), never signers or persons under the document;
- (lead54, session 40) a trail set one link a line under its label alone (`You are here:`) up to
  the record's first field label is the page's (row `trail-label`,
  `linkbar.labelled_trail`); a record's buttons (`Show the full description`, `Export`) are
  furniture (row `record-buttons`); `Transcription (English translation)` opens the document
  (`page-fields`, `document-start`); a portal's copyright line naming the archive that
  provided the record is boilerplate, no summary;
- (lead54, session 40) a report's own sentence handing over to the text it prints, ending
  `as follows:` under a `Text of ...` headline, is a press text's lead-in (`press-text`,
  `lead`): its form (`cablegram`) is the document's, the clause's subject the writer (`which
  the Prime Minister, Mr. Fraser, sent`: row `sender`), the office with its name after `to`
  the addressee; the report's last paragraph under the text is no archive's summary.
"""

from __future__ import annotations

import pytest

from tei.convert import Resources
from tests.cases import text_facts, text_xml

_VIEWER = """Home
Search
Browse Documents
Help
Log out
« Previous document
Next document »
Document Details
Title: Telegram from Mr. Trevelyan, Peking, No. 88: the Chinese reply on the detained ships
Reference: FO 371/99231
Date: 14 March 1954

FROM PEKING TO FOREIGN OFFICE

Cypher/OTP
No. 88
14th March, 1954.

The Vice-Minister told me this morning that the two ships would be released as soon as
their cargoes had been examined, and that the crews were being well treated.

Image 1 of 1
{foot}
"""


@pytest.mark.parametrize("foot", [
    "Terms and Conditions\nAccessibility\nPrivacy Policy",
    "Cookie settings\nPrivacy statement\nSitemap"])
def test_a_sites_foot_links_one_to_a_line_are_no_signers(resources: Resources,
                                                         foot: str) -> None:
    text = _VIEWER.format(foot=foot)
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["signed"] is None
    assert not any(f"#per-{word}" in xml for word in ("conditions", "accessibility", "sitemap"))


_PORTAL = """Regional Archives Portal
Home
Search
You are here:
{trail}
Title
Telegram from the Minister in Bern to the Ministry of Foreign Affairs on the Swiss reply
Reference code
RA 12.04, file 311
Dates
14-05-1952
Level of description
File
Show the full description
Export
Transcription (English translation)

TELEGRAM No. 77
Bern, 14 May 1952

The Federal Council has accepted our proposal and will reply in writing next week.

Copyright © Regional Archives Portal Foundation. Content provided by the State Archives, Bern.
"""


@pytest.mark.parametrize("trail", [
    "State Archives\nMinistry of Foreign Affairs, political files\nSeries 1952\nFile 311",
    "Home\nState Archives\nFile 311"])
def test_a_trail_one_link_a_line_under_its_label_is_the_pages(resources: Resources,
                                                              trail: str) -> None:
    text = _PORTAL.format(trail=trail)
    facts = text_facts(text, resources)
    xml = text_xml(text, resources)
    assert facts["title"] == ("Telegram from the Minister in Bern to the Ministry of Foreign "
                              "Affairs on the Swiss reply")
    assert facts["archive_idno"] == "RA 12.04, file 311"
    assert facts["date"] == "1952-05-14" and facts["telegram_number"] == "77"
    body = xml.split("<body>", 1)[1]
    for furniture in ("Series 1952", "Show the full description", "Export", "Transcription",
                      "political files", "Copyright"):
        assert furniture not in body
    assert "Content provided by" not in (facts["summary"] or "")


def test_a_trail_over_prose_is_no_trail(resources: Resources) -> None:
    text = ("You are here:\nThe Minister telegraphed on 14 May 1952 that the Federal Council "
            "had accepted the proposal.\n\nHe will report again.\n")
    assert "Federal Council" in text_xml(text, resources).split("<body>", 1)[1]


_ARTICLE = """THE EMPIRE'S CALL.
{headline}

WELLINGTON, Tuesday.

The Prime Minister this afternoon released the text of the cablegram which the Governor
sent to the Secretary of State for the Colonies on Monday last. It {verb} as follows:—

"New Zealand prepared to despatch an expeditionary force of eight thousand men."

The reply, received last night, conveyed the thanks of His Majesty's Government.
"""


@pytest.mark.parametrize("verb", ["is", "reads"])
def test_a_reports_sentence_handing_over_as_follows_is_a_lead_in(resources: Resources,
                                                                  verb: str) -> None:
    facts = text_facts(_ARTICLE.format(headline="TEXT OF CABLEGRAM.", verb=verb), resources)
    assert facts["doc_type"] == "telegram" and facts["summary"] is None


def test_the_lead_ins_clause_names_writer_and_addressee_by_office_and_name(
        resources: Resources) -> None:
    text = _ARTICLE.format(headline="TEXT OF CABLEGRAM.", verb="is").replace(
        "which the Governor\nsent to the Secretary of State for the Colonies on Monday last",
        "which the Prime Minister, Mr. Attlee,\nsent to the Secretary of State for Foreign Affairs,"
        " Mr. Bevin, on Monday, June 3, 1946")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Clement Attlee"] and facts["addressee"] == ["Ernest Bevin"]


def test_without_a_headline_the_sentence_is_the_documents(resources: Resources) -> None:
    facts = text_facts(_ARTICLE.format(headline="NEW ZEALAND'S OFFER.", verb="is"), resources)
    assert facts["doc_type"] != "telegram"
