"""Rules for British and Commonwealth papers in layouts the tables lacked (cw81):

- a Cabinet paper's author line may be a department's brief (`BRIEF BY THE COMMONWEALTH
  RELATIONS OFFICE`, row `cabinet-paper`/`author`): the subject over it is the title, and the
  author line names the paper's form (`pages/cabinet_paper.unwrap` keeps it as the form;
  `doc-types` labels `brief by the`, `brief for the`, `steering brief`: a memorandum);
- a chancery letter's department addressed at its foot by name, closed by its comma (`South-
  East Asia Department,` over `Foreign Office,` / `London, S.W.1.`, row `foot-address`): the
  closer's address, so `CHANCERY` under `Yours ever,` signs;
- the Union of South Africa's missions by their telegraphic address (`Unionrep`,
  `Unionlegation`, `Unionhicom`: table `not-names`, an office, never a person);
- a printed volume's number run into the surnames heading (`254 CASEY TO SPENDER` over
  `Cablegram O.4567 CANBERRA, ...`) is split into the number and the heading
  (`pages/surname_heading.split_numbered`), so the heading is the title and names the parties;
  never a heading the page-title rows read whole;
- the Dominions Office print's bracketed pair of dates under the `From ... to ...` line
  (`(Dated 3rd September, 1939. Received 4.15 a.m., 4th September, 1939.)`, row
  `heading`/`date`; the same unbracketed, `Dated ... . Received ...`): the sending date and
  the receipt;
- the editors' supplied place with its comma inside the brackets (`[Ottawa,] March 4, 1948`,
  DCER's; row `heading`/`dateline`) is the dateline: the place and the date;
- a day, month and year parted by hyphens alone on a line (`4-5-1953`) is no copies list
  (row `processing`/`distribution`): under an Indian file noting's signature it is the date;
- an Indian office's diary number at a noting's foot (`PM's Sectt. Dy. No. 1245 dated
  5.5.53`, row `processing`/`other`): a registry line, never a signature;
- an office alone under the signed name and its date, closing the closer (`Prime Minister`),
  is the office addressed, not a second signature (`signer_lines.merge_roles`);
- (after the held samples) the Office's circulars number their own series on a line of their
  own (`INTEL NO 88 OF 14 MAY`, `GUIDANCE NO 12 OF 3 MAY 1976`, row `heading`/`cable-number`):
  the telegram's number; a minute's heading line (`Minute from X to Y`, row
  `heading`/`transmission`) is not the DIFP editors' heading closed by the addressee's seat in
  brackets (`Minute from Joseph P. Walshe to Eamon de Valera (Dublin)`): that is the title;
- the British prints' receipt hour with a nought for its minutes (`(Received August 25, 11.0
  p.m.)` after the parties, a Command paper's) keeps its hour (`action_dates._CLOCK`);
- the Government of India's `Primin` on a `From:` line before the seat (`From: Primin, New
  Delhi`) is the Prime Minister's office (table `seat-offices`, item `prime minister`;
  `office_holders.seat_country` takes the item's office): its holder in the year; the number
  line naming the series before the number (`No. Primin 23456`, row `heading`/`cable-number`)
  gives the number;
- a mission's periodic report heading itself in capitals (`POLITICAL REPORT FOR THE MONTH OF
  MARCH 1958`, row `heading`/`document-type`) is the form's line: a report though it opens
  with `Sir,`; the inside address under it (`The Foreign Secretary, ...,`) is no title
  (`form_titles.report_title`); a typist's cue at a page's foot naming the next page (`/3.`,
  row `page-furniture`/`page-mark`) is page furniture;
- a British brief's unnumbered section heads between its numbered paragraphs (`OBJECTIVES`,
  `POINTS TO MAKE`, `Arguments`, `BACKGROUND`, `LINE TO TAKE`; table `sections`) open a
  section, ending the list of points over them (`points.PointReader._list`), no paragraph of
  the point before;
- register: Ramón Serrano Suñer, Herbert Marler.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CABINET_BRIEF = (
    "THIS DOCUMENT IS THE PROPERTY OF HER BRITANNIC MAJESTY'S GOVERNMENT\n\n"
    "SECRET                                              Copy No. 7\n\n"
    "PMV(61) 2\n"
    "3rd May, 1961\n\n"
    "CABINET\n\n"
    "VISIT OF THE PRESIDENT OF PAKISTAN\n\n"
    "BRIEF BY THE COMMONWEALTH RELATIONS OFFICE\n\n"
    "1. The President will wish to discuss the Indus waters settlement.\n\n"
    "2. He may raise the supply of arms to India.\n")


def test_a_departments_brief_under_cabinet_is_a_titled_memorandum(resources: Resources) -> None:
    facts = text_facts(CABINET_BRIEF, resources)
    assert facts["title"] == "VISIT OF THE PRESIDENT OF PAKISTAN"
    assert facts["doc_type"] == "memorandum"


CHANCERY = (
    "BRITISH EMBASSY,\n"
    "BANGKOK.\n\n"
    "2 June, 1958.\n\n"
    "Dear Department,\n\n"
    "Marshal Sarit returned from Washington yesterday and has so far said nothing in public.\n\n"
    "Yours ever,\n\n"
    "CHANCERY\n\n"
    "Far Eastern Department,\n"
    "Foreign Office,\n"
    "London, S.W.1.\n")


def test_the_department_at_a_chancery_letters_foot_is_its_address(resources: Resources) -> None:
    facts = text_facts(CHANCERY, resources)
    assert facts["signed"] == "CHANCERY"
    closer = text_xml(CHANCERY, resources).split("<closer>")[1].split("</closer>")[0]
    assert "<address>" in closer
    assert "Far Eastern" in closer.split("<address>")[1]


def test_a_south_african_missions_address_is_no_person(resources: Resources) -> None:
    text = ("CODE TELEGRAM\n\nFrom: Secextern, Pretoria\nTo: Unionlegation, Washington\n"
            "No. 88\nDate: 12.3.1957\n\nYour 41. Minister agrees.\n\nSECEXTERN\n")
    xml = text_xml(text, resources)
    assert "per-unionlegation" not in xml
    assert text_facts(text, resources)["telegram_number"] == "88"


NUMBERED_SURNAMES = (
    "117 SPENDER TO MAKIN\n\n"
    "Cablegram 233 CANBERRA, 14 June 1950, 4.10 p.m.\n\n"
    "SECRET\n\n"
    "Your 512. Please tell Acheson that we agree.\n\n"
    "SPENDER\n")


def test_a_number_run_into_the_surnames_heading_is_split_off(resources: Resources) -> None:
    facts = text_facts(NUMBERED_SURNAMES, resources)
    assert facts["title"] == "SPENDER TO MAKIN"
    assert facts["addressee"] == ["Norman Makin"]


def test_the_bracketed_dated_and_received_pair_gives_both_dates(resources: Resources) -> None:
    text = ("NEW ZEALAND.\n\nTelegram No. 71.\n\n"
            "From Prime Minister, New Zealand, to Secretary of State for Dominion Affairs.\n"
            "(Dated 12th May, 1940. Received 13th May, 1940, 9.20 a.m.)\n\n"
            "MOST SECRET. His Majesty's Government in New Zealand concur.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1940-05-12"
    assert facts["date_received"] == "1940-05-13T09:20"
    unbracketed = text.replace("(Dated", "Dated").replace("9.20 a.m.)", "9.20 a.m.")
    assert text_facts(unbracketed, resources)["date_received"] == "1940-05-13T09:20"


def test_a_supplied_place_with_its_comma_in_the_brackets(resources: Resources) -> None:
    text = ("271.                                            DEA/50208-40\n\n"
            "Memorandum from Under-Secretary of State for External Affairs to Prime Minister\n\n"
            "SECRET                                          [Ottawa,] May 12, 1947\n\n"
            "MEMORANDUM FOR THE PRIME MINISTER\n\n"
            "The Minister of Finance asks to see the draft reply before Cabinet.\n\n"
            "L.B. P[EARSON]\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1947-05-12"
    assert facts["place_of_origin"] == "Ottawa"


NOTING = (
    "Note\n\n"
    "The Ambassador of Nepal called on me this morning about the trade treaty.\n\n"
    "2. Foreign Secretary may kindly see.\n\n"
    "(K. P. S. Menon)\n"
    "12-8-1950\n\n"
    "Foreign Secretary\n\n"
    "F.S.'s Dy. No. 318 dated 13.8.50\n")


def test_an_indian_notings_dashed_date_office_and_diary_number(resources: Resources) -> None:
    facts = text_facts(NOTING, resources)
    assert facts["date"] == "1950-08-12"
    assert facts["signed"] == "(K. P. S. Menon)"  # the office under the date signs not
    assert facts["registry_notes"] == ["F.S.'s Dy. No. 318 dated 13.8.50"]
    assert "<addrLine>Foreign Secretary</addrLine>" in text_xml(NOTING, resources)


def test_register_serrano_suner_and_marler(resources: Resources) -> None:
    text = ("Madrid, 3 October 1940\n\nSeñor Serrano Suñer received Mr. Marler's colleague.\n")
    xml = text_xml(text, resources)
    assert "#per-ramon-serrano-suner" in xml
    assert "#per-herbert-marler" in xml


def test_an_intel_circulars_number_line_gives_the_number(resources: Resources) -> None:
    text = ("CONFIDENTIAL\n\nFM FCO 031200Z MAY 76\n"
            "TO ROUTINE CERTAIN MISSIONS AND DEPENDENT TERRITORIES\n\n"
            "GUIDANCE NO 12 OF 3 MAY 1976\n\nRHODESIA: TALKS\n\n"
            "1. YOU SHOULD SAY NOTHING ON THE RECORD.\n\nCROSLAND\n")
    assert text_facts(text, resources)["telegram_number"] == "12"


def test_a_difp_minute_heading_closed_by_the_seat_is_the_title(resources: Resources) -> None:
    text = ("No. 77 NAI DFA Secretary's Files S12\n\n"
            "Minute from Frederick H. Boland to Sean Lemass (Dublin)\n\n"
            "DUBLIN, 4 March 1947\n\nTanaiste,\n\nThe Minister wishes you to see the "
            "enclosed note on the trade talks.\n\nF.H.B.\n4.3.47\n")
    facts = text_facts(text, resources)
    assert facts["title"] == "Minute from Frederick H. Boland to Sean Lemass (Dublin)"
    assert facts["doc_type"] == "memorandum"


def test_a_receipt_hour_with_a_nought_for_minutes(resources: Resources) -> None:
    text = ("No. 41.\n\n"
            "Sir H. Kennard to Viscount Halifax.—(Received August 29, 11.0 p.m.)\n\n"
            "(Telegraphic.)                                        Warsaw, August 29, 1939.\n\n"
            "MINISTER FOR FOREIGN AFFAIRS told me this evening that mobilisation had begun.\n")
    assert text_facts(text, resources)["date_received"] == "1939-08-29T23:00"


def test_primin_on_the_from_line_is_the_prime_minister_of_india(resources: Resources) -> None:
    text = ("TOP SECRET\n\nFrom:  Primin, New Delhi\nTo:    Indiadel, New York\n\n"
            "No. Primin 1402                     Dated 3rd June 1955\n\n"
            "For Menon from Prime Minister. Your 711. I agree with your proposal.\n\nPRIMIN\n")
    xml = text_xml(text, resources)
    sent = xml.split('<correspAction type="sent">')[1].split("</correspAction>")[0]
    assert "#per-jawaharlal-nehru" in sent
    assert text_facts(text, resources)["telegram_number"] == "1402"


REPORT = (
    "SECRET\n\nHIGH COMMISSION OF INDIA\nKARACHI\n\n"
    "No. PR/6/52                                      3rd July, 1952\n\n"
    "POLITICAL REPORT FOR THE MONTH OF JUNE 1952\n\n"
    "The Foreign Secretary,\nMinistry of External Affairs,\nNEW DELHI.\n\n"
    "Sir,\n\nI have the honour to submit the report for June.\n\n"
    "2. The Muslim League met at Dacca.\n\n                                        /3.\n\n"
    "                                  - 2 -\n\n"
    "3. Trade talks continued.\n\n                         Yours faithfully,\n\n"
    "                         (M. C. Khanna)\n                         High Commissioner\n")


def test_a_periodic_report_under_a_salutation_stays_a_report(resources: Resources) -> None:
    facts = text_facts(REPORT, resources)
    assert facts["doc_type"] == "report"
    assert "Foreign Secretary" not in facts["title"]
    assert "/3." not in text_xml(REPORT, resources).split("<text")[1]


def test_a_briefs_section_heads_part_its_numbered_points(resources: Resources) -> None:
    text = ("CONFIDENTIAL\n\nSTEERING BRIEF\n\nVISIT OF THE PRIME MINISTER OF CEYLON\n\n"
            "OBJECTIVES\n\n1. To reassure Mr. Bandaranaike about the bases.\n\n"
            "2. To discuss the sterling balances.\n\nPOINTS TO MAKE\n\n"
            "3. We accept the principle of withdrawal.\n\nCommonwealth Relations Office,\n"
            "20th June, 1956.\n")
    xml = text_xml(text, resources)
    assert '<div type="section">' in xml
    assert "<head>POINTS TO MAKE</head>" in xml
    assert "<p>POINTS TO MAKE</p>" not in xml
    assert text_facts(text, resources)["numbered_points"] == 3
