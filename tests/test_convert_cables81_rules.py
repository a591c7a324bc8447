"""Rules for cables and military messages as databases and releases give them (cables81):

- a cable's heading retyped in mixed case (a library's clean copy: `O 291620Z Jun 73`,
  `Fm AmEmbassy Santiago`, `To SecState WashDC Immediate 4471`, `Secret Santiago 3102`) is
  asked of the `heading` table in capitals (`spaced_lines.retyped_match`, called from
  `Patterns.match`): its date, place and number; prose (`To the Minister ...`) never is;
- the handling line naming an office without a sender (`EYES ONLY FOR THE SECRETARY`) is a
  heading line (table `heading-us-cable`, row `handling`), so `FROM SAIGON` and the number
  line under it stay the heading's;
- two captions on one line (`NODIS CHEROKEE`, `LIMDIS STADIS`) are a handling line (row
  `handling`);
- a military message's references lettered without a `REF:` label (`A. CINCPACFLT 150305Z
  APR 69`) are the heading's (row `reference`) and no points (`numbering.no_point`);
- the CIA's FOIA exemptions alone on their line (`(b)(1)`, `(b)(1) (b)(3)`) are gaps not
  declassified (table `obfuscations`), never the release stamp's list parted by commas;
- headquarters' six-figure `CITE DIRECTOR 487215` is the cable's number (row `cable-number`);
- a passing line to another agency for its head by title and surname (`PASS TO DEFENSE FOR
  SECRETARY BROWN`: table `routing-line`, row `pass-to`) names an addressee, beside a
  channel line's (`pages/routing._passed_to`, `named_parties.channel_parties`);
- `MAJOR` before a plural noun of military reporting is an adjective (`ALL MAJOR
  AIRFIELDS`: table `capitals-common-words`); `GEN` and `ADM` written short are ranks (table
  `honorifics`): `PERSONAL FOR GEN WHEELER FROM ADM MCCAIN` names the register's persons only;
- register: Gholam Reza Azhari (Ismail al-Azhari's dates given: `GENERAL AZHARI` in 1978 is
  the Iranian), Nathaniel Davis in office (`Davis` signing Santiago's cables of 1971-1973),
  Norfolk (Virginia: `CINCLANT NORFOLK VA`), Camp H. M. Smith (`FM CINCPAC CAMP H M SMITH
  HI`), La Moneda, `WashDC`,
  envoys of the 1970s by surname (Crawford, Alston in office; Naas).
"""

from __future__ import annotations

from pathlib import Path

from tei.convert import Resources
from tei.convert.patterns import load_patterns
from tei.convert.spaced_lines import retyped_match
from tests.cases import text_facts, text_xml

PATTERNS = Path(__file__).resolve().parents[1] / "corpus" / "patterns"

RETYPED = ("Confidential\nR 121015Z Mar 75\nFm AmEmbassy Ankara\nTo SecState WashDC 2231\n\n"
           "Confidential Ankara 1877\n\nE.O. 11652: GDS\nTags: PFOR, TU\n"
           "Subject: Cyprus Talks\n\n1. The Foreign Minister told me today that the talks "
           "would resume in Vienna next month.\n\n2. He did not expect progress.\nMacomber\n")


def test_retyped_mixed_case_heading(resources: Resources) -> None:
    facts = text_facts(RETYPED, resources)
    assert facts["date"] == "1975-03-12"
    assert facts["place_of_origin"] == "Ankara"
    assert facts["telegram_number"] == "1877"


def test_retyped_section_line_and_caption(resources: Resources) -> None:
    text = ("Confidential\nO 141025Z Mar 79\nFm AmEmbassy Tehran\nTo SecState WashDC 2204\n"
            "Confidential Section 01 of 02 Tehran 02311\nLimdis\nSubject: Referendum\n"
            "1. The Prime Minister said the date would be set this week.\nNaas\n")
    assert text_facts(text, resources)["telegram_number"] == "02311"
    assert 'subtype="handling">Limdis<' in text_xml(text, resources)


def test_retyped_reading_leaves_prose_alone() -> None:
    patterns = load_patterns(PATTERNS)
    ask = lambda words: patterns.match("heading", words)  # noqa: E731
    assert retyped_match(ask, "To the Minister of Foreign Affairs") is None
    assert retyped_match(ask, "FM AMEMBASSY ANKARA") is None  # already in capitals
    assert retyped_match(ask, "Fm AmEmbassy Ankara") is not None


EYES_ONLY = ("TOP SECRET\nEYES ONLY FOR THE PRESIDENT\nFROM TOKYO\n"
             "NO. 1412, MARCH 3, 4 PM\n\n1. THE PRIME MINISTER ASKED ME TO SEE HIM TONIGHT.\n\n"
             "2. I SHALL REPORT AT ONCE.\nREISCHAUER\n")


def test_eyes_only_for_an_office_is_a_heading_line(resources: Resources) -> None:
    facts = text_facts(EYES_ONLY, resources)
    assert facts["place_of_origin"] == "Tokyo"
    assert facts["telegram_number"] == "1412"


MILITARY = ("IMMEDIATE\nO 301200Z JAN 68\nFM COMUSMACV SAIGON\nTO CINCPAC HONOLULU HI\nBT\n"
            "S E C R E T\nSUBJ: ENEMY ATTACKS ON PROVINCIAL CAPITALS (U)\n"
            "A. COMUSMACV 02931 300415Z JAN 68\nB. CINCPAC 292250Z JAN 68\n"
            "1. (S) ATTACKS CONTINUE IN SEVERAL PROVINCIAL CAPITALS.\n"
            "2. (S) FURTHER REPORT WILL FOLLOW.\nBT\n")


def test_military_lettered_references_are_no_points(resources: Resources) -> None:
    facts = text_facts(MILITARY, resources)
    assert facts["numbered_points"] == 2
    assert 'subtype="reference"' in text_xml(MILITARY, resources)


CIA = ("SECRET\n\n(b)(1)\n\nCITE DIRECTOR 512277\n\nTO: PRIORITY LIMA.\n\n"
       "SUBJECT: FISHING DISPUTE\n\n1. HEADQUARTERS AGREES WITH STATION'S ASSESSMENT.\n\n"
       "(b)(1) (b)(3)\n\n2. REPORT DEVELOPMENTS.\n\nEND OF MESSAGE\n")


def test_cia_exemption_lines_are_gaps_and_cite_number(resources: Resources) -> None:
    facts = text_facts(CIA, resources)
    assert facts["gaps"] == 2
    assert facts["telegram_number"] == "DIRECTOR 512277"


def test_release_stamp_exemption_list_is_no_gap() -> None:
    patterns = load_patterns(PATTERNS)
    assert patterns.match("obfuscations", "(b)(1) (b)(3)") is not None
    assert patterns.match("obfuscations", "(b)(1), (b)(3), (b)(6)") is None
    assert patterns.match("obfuscations", "(b)(6)") is None  # a signer's mark


PASSING = ("SECRET\nO 031500Z JUN 75\nFM AMEMBASSY ISLAMABAD\nTO SECSTATE WASHDC IMMEDIATE 4120\n\n"
           "S E C R E T ISLAMABAD 5012\n\nE.O. 11652: GDS\nTAGS: PFOR, PK\n"
           "SUBJECT: DEFENSE SUPPLY TALKS\n\n{first}\n\n"
           "1. PRIME MINISTER BHUTTO RAISED ARMS SUPPLIES AGAIN THIS MORNING.\n\n"
           "2. I TOLD HIM THAT NO DECISION HAD BEEN TAKEN.\nBYROADE\n")


def test_passing_line_for_an_agency_head(resources: Resources) -> None:
    facts = text_facts(PASSING.format(first="PASS TO DEFENSE FOR SECRETARY SCHLESINGER"),
                       resources)
    assert "James Schlesinger" in facts["addressee"]


def test_passing_line_under_a_channel_line(resources: Resources) -> None:
    first = ("PASS TO ASSISTANT SECRETARY ATHERTON FROM BYROADE\n"
             "PASS TO DEFENSE FOR SECRETARY SCHLESINGER")
    facts = text_facts(PASSING.format(first=first), resources)
    assert {"Alfred L. Atherton Jr.", "James Schlesinger"} <= set(facts["addressee"])


CAPITALS = ("FLASH\nZ 211200Z AUG 68\nFM USCINCEUR VAIHINGEN GER\nTO JCS WASHINGTON DC\n"
            "INFO CINCLANT NORFOLK VA\nBT\nS E C R E T\n"
            "PERSONAL FOR GEN WHEELER FROM GEN LEMNITZER\n"
            "1. (S) SOVIET FORCES HOLD ALL MAJOR CITIES AND MAJOR ROADS OF THE COUNTRY.\n"
            "2. (S) GENERAL AZHARI IS NOT INVOLVED.\nBT\n")


def test_major_before_a_plural_noun_and_ranks_written_short(resources: Resources) -> None:
    xml = text_xml(CAPITALS, resources)
    assert ">CITIES<" not in xml and ">ROADS<" not in xml
    assert "per-gen-" not in xml and "per-adm-" not in xml
    assert 'ref="#pla-norfolk-virginia"' in xml


def test_register_azhari_by_year(resources: Resources) -> None:
    text = ("SECRET\nO 071450Z NOV 78\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC IMMEDIATE 1742\n\n"
            "S E C R E T TEHRAN 11915\n\n1. THE SHAH HAS NAMED GENERAL AZHARI PRIME MINISTER.\n"
            "SULLIVAN\n")
    xml = text_xml(text, resources)
    assert "per-gholam-reza-azhari" in xml and "per-ismail-al-azhari" not in xml


def test_register_davis_signs_in_santiago(resources: Resources) -> None:
    text = ("CONFIDENTIAL\nR 021200Z FEB 72\nFM AMEMBASSY SANTIAGO\nTO SECSTATE WASHDC 512\n\n"
            "C O N F I D E N T I A L SANTIAGO 0588\n\n1. THE COPPER TALKS OPENED TODAY.\n"
            "DAVIS\n")
    assert text_facts(text, resources)["sender"] == ["Nathaniel Davis"]
    assert 'ref="#pla-la-moneda"' in text_xml(text.replace("TODAY", "TODAY AT LA MONEDA"),
                                             resources)


def test_register_officers_of_the_seventies(resources: Resources) -> None:
    text = ("CONFIDENTIAL\nO 041830Z SEP 74\nFM AMEMBASSY NICOSIA\nTO SECSTATE WASHDC 5501\n\n"
            "C O N F I D E N T I A L NICOSIA 3119\n\n"
            "1. ACTING PRESIDENT CLERIDES ASKED THAT HIS STATEMENT BE PASSED ON.\nCRAWFORD\n")
    assert text_facts(text, resources)["sender"] == ["William R. Crawford Jr."]


def test_register_camp_smith(resources: Resources) -> None:
    text = ("SECRET\nP 031200Z MAR 72\nFM CINCPAC CAMP H M SMITH HI\nTO JCS WASHINGTON DC\nBT\n"
            "S E C R E T\nSUBJ: INFILTRATION (U)\n1. (S) INFILTRATION CONTINUES.\n"
            "2. (U) ASSESSMENT FOLLOWS.\nBT\n")
    assert text_facts(text, resources)["place_of_origin"] == "Camp H. M. Smith"


def test_two_captions_on_one_line() -> None:
    patterns = load_patterns(PATTERNS)
    for line in ("NODIS CHEROKEE", "LIMDIS STADIS"):
        found = patterns.match("heading", line)
        assert found is not None and found[0] == "handling"
