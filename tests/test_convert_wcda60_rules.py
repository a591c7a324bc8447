"""Rules for Wilson Center Digital Archive pages around the forms earlier helpers covered
least (wcda60): records and protocols of party leaderships, diary entries, letters between
leaders, Chinese Foreign Ministry cables and East-bloc information notes.

- a Soviet file copy's typed mark `/signature/` before the name opens the signature, as
  `/signed/` does (`parts.SIGNED_MARK`, `signer_lines._CONFORMED`);
- an office in capitals closed by a colon over the typed name is the signer's role
  (`FIRST SECRETARY OF THE CC OF THE BCP:` / `/T. Zhivkov/`: `roles.is_role`), so the
  valediction over it (`With communist greetings,`) closes the letter;
- a printout that counts its pages on lines of their own (`Page 1 of 2`: a PDF export read
  back as text) tells its wide wrap width (100 to 120 columns) by three lines ending close to
  it, not six (`read_widths.paged`, `wrap_width(printout=)`): a short letter's wrapped
  summary and paragraphs are joined;
- a protocol's attendance lines beside `Present:` (`Excused:`, `Absent:`, `Guests:`,
  `Invited:`, `Also present:`) are participants' labels (table `labels`, row
  `participants`), not persons;
- the Chinese, North Korean and Soviet foreign ministries have their seats in the register
  (`listRelation type="headquarters"`): a cable the ministry signs over a dateline with no
  place was sent from Beijing (`seats.foot_office_seat`);
- `Extra urgent` and `Especially urgent` are precedences (table `heading`, row
  `precedence`);
- the current page's viewer tab on two lines (`English` / `Translation`): the second alone is
  a heading line (row `other`), so a letterhead under it stays the heading's;
- a party apparatus's department alone on its line (`Department of International
  Relations`, `International Department`) is the office that issues an unsigned information
  (row `sender`);
- a Bulgarian Ivan's initial `Iv.` is an initial (`namerules.DIGRAPH_INITIAL`), and so is
  an accented capital before a register surname (`Č. Císař`: `glued._INITIALS_BEFORE`);
- a page field's label alone with its colon (`Citation:`) is never the wrapped end of the
  line above (a PDF export's title as long as its wrap width: `release_lines.stands_alone`);
- the hour alone with its `p.m.` before a day (`9 p.m., 13 October` under Mao's name) is a
  dateline (`parts._TIME_DATE`): the telegram's closer;
- a short form declared right after a register person's full name (`Kim Il Sung
  (hereafter Kim)`) names that person in its later bare mentions, however short
  (`surnames.note_declared_shorts`): the speaker label `Kim:`;
- register: Le Duan's and Le Duc Tho's party names in the Paris cables (`Brother Ba`,
  `Sau`), Gomułka's party name `Wiesław`, the CPCz Presidium's Jiří Hendrych, Michal
  Chudík, Jaromír Dolanský and Otakar Šimůnek, Tito's `J. Broz Tito`; Kimchaek (Songjin),
  Kremikovtsi, Záhony.
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.read_widths import paged, wrap_width
from tests.cases import TELEGRAMS, text_facts, text_xml

_DIARY = (
    "SECRET, Copy No. 2\nFrom the diary of\nM. G. PERVUKHIN\n\n19 January 1961\n\n"
    "Today I visited W. Ulbricht at his request.\n\n"
    "Ulbricht asked me to inform N. S. Khrushchev of his views on West Berlin.\n\n"
    "USSR AMBASSADOR TO THE GDR\n/signature/ M. PERVUKHIN\n"
)

_LETTER = (
    "To the First Secretary of the Central Committee\n"
    "of the Communist Party of the Soviet Union\nComrade N. S. KHRUSHCHEV\nMOSCOW\n\n"
    "Dear Comrade Khrushchev,\n\nWe thank you for the decision of the Soviet government to "
    "grant Bulgaria new credits for the construction of the metallurgical plant.\n\n"
    "With communist greetings,\nFIRST SECRETARY OF THE CC OF THE BCP:\n/T. Zhivkov/\n"
    "Sofia, 8 November 1963\n"
)

_PROTOCOL = (
    "Protocol No. 57\nfrom the session of the Presidium of the CC CPCz\n"
    "held on 5 January 1968\n\n"
    "Present: Comrades A. Dubček, D. Kolder, J. Hendrych, M. Chudík\n"
    "Excused: Comrade J. Dolanský\nGuests: Comrades L. Štrougal, Č. Císař\n\n"
    "Comrade Novotný stated that he was ready to give up the function of First Secretary.\n\n"
    "Comrade Hendrych: The Presidium should propose one candidate to the plenum.\n"
)

_CABLE = (
    "Outgoing telegram\n\nExtra urgent\n\nChinese Embassy in the Soviet Union:\n\n"
    "On 16 July the Soviet Embassy in Beijing delivered a note on the recall of the experts."
    "\n\n1. Do not raise this matter with the Soviet side first.\n\n"
    "2. Tell the staff not to discuss it with other diplomats.\n\n"
    "Ministry of Foreign Affairs\n18 July 1960\n"
)

_INFORMATION = (
    "Skip to content\n\nMay 05, 1975\n\nInformation on the Visit of a Delegation of the DPRK\n\n"
    "English\nTranslation\n\nSocialist Unity Party of Germany\nCentral Committee\n"
    "Department of International Relations\n\nBerlin, 5 May 1975\n\nStrictly secret!\n"
    "Copy No. 3\n\nInformation\non the visit of a delegation of the DPRK\n\n"
    "1. The delegation was received by Mao Zedong.\n\n"
    "2. The joint communique confirms the Chinese support for the withdrawal of the American "
    "troops.\n\nDrafted by: Iv. Popov\n"
)


def test_a_typed_signature_mark_between_slashes_opens_the_signature(
        resources: Resources) -> None:
    facts = text_facts(_DIARY, resources)
    assert "M. PERVUKHIN" in str(facts["signed"])


def test_an_office_in_capitals_closed_by_a_colon_is_the_signer_s_role(
        resources: Resources) -> None:
    closer = text_xml(_LETTER, resources).split("<closer>")[1]
    assert "<salute>With communist greetings,</salute>" in closer
    assert "FIRST SECRETARY" in closer.split("<signed>")[1].split("</signed>")[0]


def test_a_printout_counting_its_pages_tells_a_wide_width_by_three_lines() -> None:
    lengths = [34, 31, 46, 99, 90, 55, 104, 45, 88, 21, 47, 42, 24, 24, 105, 107, 39, 101,
               87, 51, 25, 37, 22, 51]
    assert wrap_width(lengths) is None
    assert wrap_width(lengths, printout=True) == 104
    assert paged(["Wilson Center Digital Archive Translation - English", "Page 1 of 2"])
    assert not paged(["Page 14 of the report was missing."])


def test_attendance_labels_beside_present_are_no_persons(resources: Resources) -> None:
    xml = text_xml(_PROTOCOL, resources)
    assert '<persName type="reg">Excused</persName>' not in xml
    assert '<persName type="reg">Guests</persName>' not in xml
    assert 'ref="#per-jaromir-dolansky">J. Dolanský</persName>' in xml
    assert 'ref="#per-jiri-hendrych">J. Hendrych</persName>' in xml
    assert 'ref="#per-cestmir-cisar">Č. Císař</persName>' in xml


def test_a_ministry_signing_a_cable_without_place_sent_it_from_its_seat(
        resources: Resources) -> None:
    facts = text_facts(_CABLE, resources)
    assert facts["place_of_origin"] == "Beijing"


def test_extra_urgent_is_a_precedence(resources: Resources) -> None:
    assert '<ab type="registry" subtype="precedence">Extra urgent</ab>' in text_xml(
        _CABLE, resources)


def test_the_viewer_tab_on_two_lines_leaves_the_letterhead_in_the_heading(
        resources: Resources) -> None:
    xml = text_xml(_INFORMATION, resources)
    assert '<ab type="registry" subtype="other">Translation</ab>' in xml
    assert "<head>Central Committee</head>" not in xml


def test_a_party_department_line_issues_the_information(resources: Resources) -> None:
    sent = text_xml(_INFORMATION, resources).split('type="sent">')[1].split("</corresp")[0]
    assert "<roleName>Department of International Relations</roleName>" in sent
    assert text_facts(_INFORMATION, resources)["place_of_origin"] == "Berlin"


def test_a_bulgarian_ivan_s_initial_is_an_initial(resources: Resources) -> None:
    assert '<persName ref="#per-iv-popov">Iv. Popov</persName>' in text_xml(
        _INFORMATION, resources)


def test_register_wcda60_entries(resources: Resources) -> None:
    register = resources.register
    assert register.lookup("Wiesław").reg == "Władysław Gomułka"
    assert register.lookup("Songjin").reg == "Kimchaek"
    assert register.lookup("Kremikovtsi").kind == "place"
    assert register.lookup("O. Šimůnek").reg == "Otakar Šimůnek"
    assert register.lookup("Zahony").reg == "Záhony"
    assert register.lookup("Brother Ba").reg == "Le Duan"
    assert register.lookup("Sau").reg == "Le Duc Tho"
    assert register.lookup("J. Broz Tito").reg == "Josip Broz Tito"


def test_a_field_label_alone_is_not_a_long_title_s_wrapped_end(resources: Resources) -> None:
    text = (TELEGRAMS / "wcda60_pdf_polish_note_long_title_party_name_invented.txt").read_text(
        encoding="utf-8")
    facts = text_facts(text, resources)
    assert facts["title"] == ("Note from the Conversation between Władysław Gomułka and Soviet "
                              "Ambassador Averky Aristov on Vietnam")
    assert facts["translator"] == "Tomasz Wierzbicki"


def test_an_hour_before_the_day_under_a_signature_is_a_dateline(resources: Resources) -> None:
    text = ("Telegram, Mao Zedong to Peng Dehuai\n\nComrade Dehuai:\n\n"
            "The Politburo discussed the matter again this afternoon.\n\n"
            "Mao Zedong\n9 p.m., 13 October 1950\n")
    facts = text_facts(text, resources)
    assert facts["signed"] == "Mao Zedong"
    assert facts["date"] == "1950-10-13"


def test_a_declared_short_form_names_its_person_later(resources: Resources) -> None:
    text = ("Minutes of Conversation between Mao Zedong and Kim Il Sung\n\n"
            "Time: 7 July 1965\nLocation: Hangzhou\n\n"
            "Mao Zedong (hereafter Mao): How is the harvest this year?\n\n"
            "Kim Il Sung (hereafter Kim): The harvest is good.\n\n"
            "Mao: The Americans will not dare to attack the North.\n\n"
            "Kim: We will support the Vietnamese comrades.\n")
    xml = text_xml(text, resources)
    assert xml.count('<persName ref="#per-kim-il-sung">Kim</persName>') == 2
    unrelated = ("Agreement between the two governments\n\nThe Parties (hereinafter Parties) "
                 "agree as follows.\n\nThe Parties shall meet once a year.\n")
    assert "<persName" not in text_xml(unrelated, resources).split("<text>")[1]
