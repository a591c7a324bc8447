"""Rules for British Colonial Office and Commonwealth telegram and savingram forms as OCR or a
page viewer flattens them (ocr45):

- a form's column of labels (`From:` / `To:` / `Sent:` / `No.`) over its column of values gives
  each label its value; a date or number label alone over a value opening with a digit is one
  field with it; a typed label's colon and dash (`From:- ...`) is its colon
  (`stacked_labels`);
- the dispatch `D.` and receipt `R.` (or `Dated` and `Received`) run onto one line with a few
  spaces between are cells of their own (`read_cells`); a stop after the year before a
  24-hour clock in hours is read (`R. 21st November, 1948. 18.40 hrs.`: `date_shapes`);
- `INWARD TELEGRAM` / `OUTWARD TELEGRAM` / `INWARD SAVINGRAM` are form names, no party; the
  form name with `FROM` and its sender on one line gives the sender (`heading-commonwealth`);
- an office only one government has (`Secretary of State for the Colonies`, the
  Commissioner-General for the United Kingdom in South-East Asia: table `sole-offices`) is
  resolved to its holder by date whatever the form; a bare `Secretary of State` is the
  Colonies' on a form naming a Governor, the Colonial Office or an Officer Administering the
  Government (table `bare-office-forms`); a colony's Governor (`Governor, Kenya`, `GOVERNOR
  OF SINGAPORE`) is resolved through the territories of table `office-territories`;
- FlipHTML5's buttons and counters (`< 12 / 48 >`, `Explore More`, `Zoom in`, `... |
  FlipHTML5`) and a bare `Page 14` are page furniture; an office's adjective (`Political
  Adviser`) is no name.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.read_cells import cells
from tei.convert.stacked_labels import form_fields
from tests.cases import text_facts, text_xml

FORM = "{heading}\n\n{fields}\n\nYour telegram No. 402. I agree with the proposals.\n\n" \
       "2. I shall report further.\n"


def test_a_column_of_labels_over_a_column_of_values_is_read_as_fields() -> None:
    physical = [(1, "From:", False), (2, "To:", False), (3, "No.", False),
                (4, "Secretary of State for the Colonies", False),
                (5, "Kenya (Sir E. Baring)", False), (6, "231", False)]
    assert [text for _, text, _ in form_fields(physical)] == [
        "From: Secretary of State for the Colonies", "To: Kenya (Sir E. Baring)", "No. 231"]


def test_a_date_label_alone_takes_the_line_under_it_only_when_it_opens_with_a_digit() -> None:
    joined = form_fields([(1, "Received:", False), (2, "4th March, 1949.", False)])
    assert [text for _, text, _ in joined] == ["Received: 4th March, 1949."]
    apart = form_fields([(1, "Date", False), (2, "25.10.1962", False)])
    assert [text for _, text, _ in apart] == ["Date", "25.10.1962"]
    point = form_fields([(1, "No.", False), (2, "1. The Governor has agreed.", False)])
    assert [text for _, text, _ in point] == ["No.", "1. The Governor has agreed."]


def test_dispatch_and_receipt_on_the_sending_line_are_cells() -> None:
    assert cells("FROM: CYPRUS (Sir J. Harding)   D. 3rd April, 1956.   R. 3rd April, 1956."
                 "   18.40 hrs.") == ["FROM: CYPRUS (Sir J. Harding)", "D. 3rd April, 1956.",
                                      "R. 3rd April, 1956. 18.40 hrs."]


def test_dated_and_received_on_one_line_are_cells() -> None:
    assert cells("Dated 22nd October, 1952.   Received 23rd October, 1952.") == [
        "Dated 22nd October, 1952.", "Received 23rd October, 1952."]


def test_the_form_name_from_its_sender_gives_the_sender(resources: Resources) -> None:
    xml = text_xml(FORM.format(
        heading="OUTWARD TELEGRAM FROM THE SECRETARY OF STATE FOR THE COLONIES",
        fields="TO: FEDERATION OF MALAYA (Sir G. Templer)\n\nSent 2nd June, 1953. 14.30 hrs."
               "\n\nNo. 702   CONFIDENTIAL"), resources)
    sent = xml.split('<correspAction type="sent">')[1].split("</correspAction>")[0]
    assert '<roleName ref="#per-oliver-lyttelton">SECRETARY OF STATE FOR THE COLONIES' in sent


def test_the_receipt_s_clock_after_the_year_s_stop_is_read(resources: Resources) -> None:
    facts = text_facts(FORM.format(
        heading="INWARD TELEGRAM TO THE SECRETARY OF STATE FOR THE COLONIES",
        fields="FROM: NIGERIA (Sir J. Macpherson)   D. 14th July, 1950.   "
               "R. 15th July, 1950.   09.15 hrs.\n\nNo. 877   CONFIDENTIAL"), resources)
    assert facts["date"] == "1950-07-14"
    assert facts["date_received"] == "1950-07-15T09:15"
    assert facts["telegram_number"] == "877"


def test_the_form_s_name_before_its_addressee_is_no_sender(resources: Resources) -> None:
    xml = text_xml(FORM.format(
        heading="INWARD TELEGRAM TO THE SECRETARY OF STATE FOR THE COLONIES",
        fields="FROM: NIGERIA (Sir J. Macpherson)\nD. 14th July, 1950."), resources)
    assert "<roleName>INWARD TELEGRAM</roleName>" not in xml


def test_the_secretary_of_state_for_the_colonies_is_the_holder_of_the_year(
        resources: Resources) -> None:
    xml = text_xml(FORM.format(heading="OUTWARD TELEGRAM", fields=(
        "From:\nTo:\nSent:\nNo.\nSecretary of State for the Colonies\nKenya (Sir E. Baring)\n"
        "28th March, 1953. 19.15 hrs.\n231")), resources)
    assert '<roleName ref="#per-oliver-lyttelton">Secretary of State for the Colonies' in xml
    assert 'type="telegram">231</idno>' in xml


def test_a_bare_secretary_of_state_is_the_colonies_on_a_form_naming_a_governor(
        resources: Resources) -> None:
    fields = "From:- Secretary of State\nTo:- Governor, Gold Coast\nNo.\n441 Saving\nDated:\n" \
             "20th March, 1952."
    xml = text_xml(FORM.format(heading="SAVINGRAM", fields=fields), resources)
    assert '<roleName ref="#per-oliver-lyttelton">Secretary of State</roleName>' in xml
    assert '<roleName ref="#per-charles-arden-clarke">Governor, Gold Coast</roleName>' in xml
    plain = text_xml(FORM.format(heading="SAVINGRAM", fields=fields.replace(
        "Governor, Gold Coast", "Commonwealth Relations Office")), resources)
    assert '<roleName>Secretary of State</roleName>' in plain


def test_a_colony_s_governor_in_capitals_is_its_holder(resources: Resources) -> None:
    xml = text_xml(FORM.format(heading="SAVINGRAM", fields=(
        "FROM THE SECRETARY OF STATE FOR THE COLONIES\nTO THE GOVERNOR OF SINGAPORE\n\n"
        "No. 301 Saving\nDate: 21st February, 1953.")), resources)
    assert '<roleName ref="#per-john-nicoll">GOVERNOR OF SINGAPORE</roleName>' in xml


def test_the_high_commissioner_of_the_federation_is_the_holder(resources: Resources) -> None:
    xml = text_xml(FORM.format(heading="TELEGRAM", fields=(
        "From: High Commissioner, Federation of Malaya\nTo: Secretary of State for the Colonies\n"
        "No. 310\nDated: 4th May, 1953.")), resources)
    assert '<roleName ref="#per-gerald-templer">High Commissioner, Federation of Malaya' in xml


def test_the_commissioner_general_is_malcolm_macdonald(resources: Resources) -> None:
    xml = text_xml(FORM.format(heading="INWARD TELEGRAM", fields=(
        "From: Secretary of State for the Colonies\nTo: Commissioner-General, South-East Asia\n"
        "No. 217\nDated 23 August 1949.")), resources)
    assert '<roleName ref="#per-malcolm-macdonald">Commissioner-General, South-East Asia' in xml
    assert '<roleName ref="#per-arthur-creech-jones">' in xml


def test_viewer_buttons_are_furniture_and_an_office_adjective_no_name(
        resources: Resources) -> None:
    xml = text_xml("Colony Files 1950 | FlipHTML5\n< 12 / 48 >\nExplore More\nZoom in\n\n"
                   + FORM.format(heading="SAVINGRAM", fields=(
                       "From: The Governor of Singapore\nTo: The Secretary of State for the "
                       "Colonies\nNo. 77 Saving\nDated: 4th August, 1950."))
                   + "\nDistribution:\nChief Secretary\nPolitical Adviser\n\nPage 14\n",
                   resources)
    for furniture in ("FlipHTML5", "12 / 48", "Explore More", "Zoom in", "Page 14"):
        assert furniture not in xml.split("<text")[1]
    assert '<persName ref="#per-political-adviser"' not in xml
