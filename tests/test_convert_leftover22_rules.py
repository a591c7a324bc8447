"""leftover22: name and date families earlier sessions left alone.

(1) Ships are no persons: a name after a warship's or merchant ship's prefix (`USS Pueblo`,
`HMAS Sydney`, `RMS Titanic`; the two-letter `S.S.` and `M.V.` only after an article,
`aboard` or a label naming a ship: `Ship station: S.S. CORVINA`), after a ship's kind (`the
steamer Kaiser Wilhelm`), or one that opens on such a prefix is left untagged
(`ship_names.after_ship_prefix`); `S. S. Ramphal` stays a person's initials; `aboard` begins no
name after a title (`SPECIAL ENVOY ABOARD CORVINA`: `not-names`).

(2) An acronym that names two bodies: one capital and a hyphen glued before a register
initialism make a longer one (`K-CIA`: not the US agency; `glued.inside_initialism`), and the
Korean agency's names with the country's adjective or initials are its register variants
(`Korean CIA`, `ROK CIA`).

(3) Dates: the Republic of China's ordinal year with the month and day (`November 3, 37th
year of the Republic (1948)`) and its initials as an era (`ROC 58`); an era's year alone on
a dateline's short line (`Tokyo, Showa 45`) is the document's year, completing the yearless
dates of its text (`context_years.context_year`); the FBI Electronic Communication's `Date:`
is read by the shared date reader.

(4) A capitals text's name after a title goes on from a given name the register's persons
share to the surname after it (`ADVISER GEORGE SHERMAN`), but not to a verb (`AMBASSADOR JOHN
DECLINED`: `titled_names.capitals_name_goes_on`); a person's monogram (`MT`, `RR`: register subtype
`monogram`) names the person only where the document names the surname too, standing alone
and after no article (`monograms`).
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml


def _persons(xml: str) -> list[str]:
    """The texts of the body's person names (tags inside them dropped)."""
    body = xml[xml.index("<text"):]
    return [re.sub(r"<[^>]+>", "", name)
            for name in re.findall(r"<persName ref=[^>]*>(.*?)</persName>", body)]


def _orgs(xml: str) -> list[tuple[str, str]]:
    body = xml[xml.index("<text"):]
    return [(ref, re.sub(r"<[^>]+>", "", name))
            for ref, name in re.findall(r'<orgName ref="#([^"]+)">(.*?)</orgName>', body)]


_SHIPS_MIXED = """TELEGRAM
Washington, February 2, 1968.

1. The Department has learned that USS Pueblo was boarded off Wonsan and that HMAS Sydney
was not in the area.
2. Passengers aboard the steamer Kaiser Wilhelm reached Bremen safely; the S.S. Corvina
sailed from Genoa on Tuesday.

Rusk
"""

_SHIPS_CAPITALS = """RADIOTELEGRAM

Ship station: S.S. KARINTHIA / GBTT
Handed in: 1415 GMT 3 May 1956

To: COMMONWEALTH RELATIONS OFFICE LONDON
From: HIGH COMMISSIONER ABOARD KARINTHIA

ARRIVING HALIFAX TOMORROW NOON. THE LINER QUEEN MARY IS DELAYED.

PELHAM
"""


@pytest.mark.parametrize("text, ships", [
    (_SHIPS_MIXED, ("Pueblo", "Sydney", "Kaiser Wilhelm", "Corvina")),
    (_SHIPS_CAPITALS, ("KARINTHIA", "ABOARD", "QUEEN MARY")),
], ids=["frus-mixed-case", "radiotelegram-capitals"])
def test_ship_names_are_no_persons(text: str, ships: tuple[str, ...], resources) -> None:
    persons = _persons(text_xml(text, resources))
    assert not [p for p in persons if any(ship in p for ship in ships)]
    assert persons[-1] in ("Rusk", "PELHAM")


@pytest.mark.parametrize("line", [
    "The Commonwealth Secretary-General S. S. Ramphal will attend the meeting.",
    "Secretary-General S.S. Ramphal will attend the meeting.",
])
def test_initials_are_still_a_persons(line: str, resources) -> None:
    text = f"TELEGRAM\nLondon, 4 June 1979.\n\n1. {line}\n\nCarrington\n"
    assert any("Ramphal" in p for p in _persons(text_xml(text, resources)))


_KCIA_ROK = """Ministry of Foreign Affairs, Republic of Korea
INCOMING TELEGRAM

Number: TOW-04411
Date: 1974. 3. 9. 1100
From: Ambassador to the United States
To: Minister of Foreign Affairs

1. The K-CIA liaison officer called on the State Department today.

(Ambassador Kim Dong-jo)
"""

_KCIA_US = """TELEGRAM
Seoul, March 9, 1974.

1. The Korean CIA detained two students; the ROK CIA denies it. The CIA station has no
word from Washington.

Habib
"""


@pytest.mark.parametrize("text, korean, american", [
    (_KCIA_ROK, ["K-CIA"], []),
    (_KCIA_US, ["Korean CIA", "ROK CIA"], ["CIA"]),
], ids=["rok-incoming-telegram", "us-cable"])
def test_longer_acronym_is_not_its_tail(text: str, korean: list[str], american: list[str],
                                         resources) -> None:
    orgs = _orgs(text_xml(text, resources))
    assert [n for ref, n in orgs if ref == "org-korean-central-intelligence-agency"] == korean
    assert [n for ref, n in orgs if ref == "org-central-intelligence-agency"] == american


@pytest.mark.parametrize("written, iso", [
    ("November 3, 37th year of the Republic (1948)", "1948-11-03"),
    ("3 November, the 58th Year of the Republic of China", "1969-11-03"),
    ("12 June, ROC 58", "1969-06-12"),
])
def test_republic_of_china_years(written: str, iso: str, resources) -> None:
    value = resources.dates.whole(written)
    assert value is not None and value.iso() == iso


_ROC_TELEGRAM = """Telegram from Minister Yeh Kung-chao to Ambassador Tsiang, New York

No. 406 (Urgent)
Sent: 9 a.m., 3 November, the 58th Year of the Republic of China
Received: 11 p.m., November 3

1. Please inform the Secretariat that the delegation will arrive on Thursday.

Yeh Kung-chao
"""


def test_republic_year_dates_the_telegram(resources) -> None:
    facts = text_facts(_ROC_TELEGRAM, resources)
    assert facts["date"] == "1969-11-03"
    assert facts["date_received"] == "1969-11-03"


_ERA_HEADINGS = [
    ("""Ministry of Foreign Affairs
Telegram No. 412
Tokyo, Showa 45

1. On May 17 the Minister received the American Ambassador.

Aichi
""", "1970-05-17"),
    ("""Ministry of Foreign Affairs
Telegram No. 88
Taipei, ROC 58

1. On June 2 the Minister received the American Ambassador.

Wei
""", "1969-06-02"),
]


@pytest.mark.parametrize("text, iso", _ERA_HEADINGS, ids=["showa", "roc"])
def test_era_year_alone_is_the_documents_year(text: str, iso: str, resources) -> None:
    assert f'<date when="{iso}">' in text_xml(text, resources)


def test_era_year_alone_is_no_date(resources) -> None:
    assert resources.dates.find("Tokyo, Showa 45") == []
    assert resources.dates.era_year_alone("Tokyo, Showa 45") == 1970
    assert resources.dates.era_year_alone("the ROC 2nd Army") is None


_EC = """FEDERAL BUREAU OF INVESTIGATION
Precedence: ROUTINE Date: {date}
To: Counterterrorism Attn: SSA Ruth Amsel
From: Denver
Approved By: Tollan Mark J
Drafted By: Ivers Clara B:cbi
Case ID #: 65A-DN-10277 (Pending)
Title: UNSUB; FORGED VISA APPLICATIONS
Synopsis: To report the interview of a travel agent.
Details: The writer interviewed a travel agent who had filed the applications.
\u2666\u2666
"""


@pytest.mark.parametrize("date, iso", [("11/04/1999", "1999-11-04"), ("12/25/2001", "2001-12-25")])
def test_fbi_ec_date_by_the_shared_reader(date: str, iso: str, resources) -> None:
    assert text_facts(_EC.format(date=date), resources)["date"] == iso


_CAPITALS_CABLE = """CONFIDENTIAL
O 151020Z NOV 79
FM AMEMBASSY ROME
TO SECSTATE WASHDC IMMEDIATE 1291
SUBJ: TALKS WITH FOREIGN MINISTER
1. POLITICAL COUNSELOR GEORGE HARTMAN DISCUSSED THE ISSUES WITH HIM.
2. AMBASSADOR JOHN DECLINED TO COMMENT.
GARDNER
"""

_CAPITALS_DUMP = """UNCLAS VALLETTA 000412
SUBJECT: DOCKERS THREATEN STRIKE
1. THE UNION TOLD POLOFF MAY 19 THAT DOCKERS WILL STRIKE IN JULY.
2. UNION SECRETARY PAUL AQUILINA SAID THE MEMBERS WOULD NOT WAIT.
BRIGHTON
"""


@pytest.mark.parametrize("text, name, verb", [
    (_CAPITALS_CABLE, "GEORGE HARTMAN", "DECLINED"),
    (_CAPITALS_DUMP, "PAUL AQUILINA", "SAID"),
], ids=["state-cable", "cable-dump"])
def test_capitals_given_name_goes_on_to_the_surname(text: str, name: str, verb: str,
                                                    resources) -> None:
    persons = _persons(text_xml(text, resources))
    assert name in persons
    assert not [p for p in persons if verb in p]


_MONOGRAM_CATALOGUE = """Defence: MT message to Carrington (1140Z) [declassified 2013]

Document type: Declassified documents

1. The Prime Minister, Mrs Thatcher, approved the text in the afternoon; MT's amendments
are in her own hand. The MT of aviation fuel was not discussed.

Whitmore
"""

_MONOGRAM_MINUTE = """10 DOWNING STREET

From the Private Secretary

Mrs Thatcher spoke to President Reagan this evening. RR said that he would write, and MT
thanked him. The call lasted twenty minutes.

J. Coles
"""

_NO_MONOGRAM = """TELEGRAM
Denver, June 3, 1983.

1. The convoy crossed into MT at noon; RR crossings were closed.

Smith
"""


@pytest.mark.parametrize("text, monograms", [
    (_MONOGRAM_CATALOGUE, ["MT"]),
    (_MONOGRAM_MINUTE, ["RR", "MT"]),
    (_NO_MONOGRAM, []),
], ids=["catalogue-page", "no10-minute", "unnamed"])
def test_monogram_only_beside_the_surname(text: str, monograms: list[str], resources) -> None:
    persons = _persons(text_xml(text, resources))
    assert [p for p in persons if p in ("MT", "RR")] == monograms
