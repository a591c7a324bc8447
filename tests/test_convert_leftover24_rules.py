"""leftover24: families earlier closing notes left alone.

(1) A register person named in full (`Allen W. Dulles`) whose surname alone the register
withholds (a namesake shares it) is named by that surname alone later in the same document
(`whether Dulles had`): the surname is kept for its later bare mentions
(`surnames.full_name_surname`, `inline._known_spans`), not after another's initial (`R.
Kennedy`).

(2) A sentence's line cut inside a person's name runs on into the line that finishes it
(`... Secretary of State John Foster` / `Dulles yesterday.`; `rewrap.cut_inside_a_name`).

(3) A British telegram's number opening its text (`No. 318. (R.) Secretary of State told me
...`, `No. 211. Minister for ...`) is the telegram's number (table `message-number`).
"""

from __future__ import annotations

import re

import pytest

from tei.convert.rewrap import cut_inside_a_name
from tei.convert.surnames import full_name_surname
from tests.cases import text_facts, text_xml


def _body(xml: str) -> str:
    return xml[xml.index("<text"):]


def _tagged(xml: str, ident: str) -> list[str]:
    return re.findall(rf'<persName ref="#{ident}">([^<]*)</persName>', _body(xml))


# (1) a surname seen in full names the person later

@pytest.mark.parametrize(("form", "reg", "surname"), [
    ("John Foster Dulles", "John Foster Dulles", "Dulles"),
    ("Allen W. Dulles", "Allen Dulles", "Dulles"),
    ("Paul Martin Sr.", "Paul Martin Sr.", "Martin"),
    ("Dulles", "Allen Dulles", ""),  # the surname alone is no full name
    ("Foster Dulles", "John Foster Dulles", "Dulles"),
    ("ALLEN DULLES", "Allen Dulles", ""),  # capitals: case tells nothing
    ("Ambassador Bunker", "Ellsworth Bunker", "Bunker"),
])
def test_full_name_surname(form: str, reg: str, surname: str) -> None:
    assert full_name_surname(form, reg) == surname


_MEMCON = """MEMORANDUM OF CONVERSATION

Washington, April 14, 1955

SUBJECT: Offshore Islands

PARTICIPANTS: Allen W. Dulles, Director of Central Intelligence
Mr. Walter S. Robertson, Assistant Secretary of State for Far Eastern Affairs

At the meeting Dulles read from the estimate. Mr. Robertson doubted whether Dulles had
weighed the air threat, and asked that Dulles send it to Taipei.
"""


def test_bare_surname_after_full_name_is_the_person(resources) -> None:
    xml = text_xml(_MEMCON, resources)
    assert _tagged(xml, "per-allen-dulles") == ["Allen W. Dulles", "Dulles", "Dulles", "Dulles"]


def test_bare_surname_unnamed_in_full_stays_plain(resources) -> None:
    text = _MEMCON.replace("Allen W. Dulles, Director", "The Director")
    xml = text_xml(text, resources)
    assert "per-allen-dulles" not in _body(xml)
    assert "per-john-foster-dulles" not in _body(xml)


# another layout of the family: a cable's numbered paragraphs in mixed case, the name in full
# in one paragraph, the surname alone in the next
_CABLE = """UNCLAS SECTION 01 OF 02 PARIS 008462

SUBJECT: COUNCIL OF EUROPE ON DETENTION FLIGHTS

1. (SBU) Council of Europe Secretary General Terry Davis told the Ambassador on
December 12 that the inquiry would go on into the new year.

2. (SBU) The Ambassador answered that Washington had replied in full. Davis said that
the Assembly's rapporteur would not accept this, and that Davis himself would write again.
"""


def test_bare_surname_in_a_later_paragraph_of_a_cable(resources) -> None:
    xml = text_xml(_CABLE, resources)
    assert _tagged(xml, "per-terry-davis") == ["Terry Davis", "Davis", "Davis"]


def test_surname_after_another_initial_is_not_the_named_person(resources) -> None:
    text = """MEMORANDUM OF CONVERSATION

Washington, November 2, 1962

President John F. Kennedy met the Soviet Ambassador in the afternoon. Later the
Ambassador saw R. Kennedy, who told him that the President would speak on television.
"""
    body = _body(text_xml(text, resources))
    assert '<persName ref="#per-john-f-kennedy">Kennedy</persName>' not in body


# (2) a line cut inside a name

@pytest.mark.parametrize(("physical", "following", "runs_on"), [
    ("This morning I saw the British Ambassador, who had called on Secretary of State John"
     " Foster", "Dulles yesterday evening. He told me", True),
    ("Before the meeting Mr. Robertson had asked the Director of Central Intelligence, Allen",
     "Dulles, for a fresh estimate.", True),
    # a heading's line, no sentence: its words tell nothing
    ("The Secretary of State to the Ambassador in the Soviet Union", "Kennan said that", False),
    # a body's name ends the line; a label opens the next
    ("With the support of the Republic of Korea and Kyungnam University",
     "Serial number: 00517", False),
    ("He spoke at length about the settlement and the elections on Monday",
     "Later he left", False),  # a day's name is no name's beginning
    ("he said he would write to the new minister about it in the coming weeks, John",
     "Smith", False),  # nothing goes on after the surname: a signature, perhaps
])
def test_cut_inside_a_name(physical: str, following: str, runs_on: bool) -> None:
    assert cut_inside_a_name(physical, following) is runs_on


_NAME_CUT = """MEMORANDUM FOR THE PRESIDENT

Washington, March 3, 1955

SUBJECT: Talks on the Formosa Strait

This morning I saw the British Ambassador, who had called on Secretary of State John Foster
Dulles yesterday evening. He told me that the Foreign Secretary wished the talks moved to
London, and that he would put this to Dulles himself before Friday.

Robert Murphy
"""


def test_name_cut_by_a_line_break_is_one_name(resources) -> None:
    xml = text_xml(_NAME_CUT, resources)
    assert _tagged(xml, "per-john-foster-dulles") == ["John Foster Dulles", "Dulles"]
    assert "per-john-foster\"" not in _body(xml)  # not John W. Foster, Secretary in 1892
    assert "<head>" not in _body(xml)


# another layout: a British despatch in the first person, the name cut after its first name
_DESPATCH = """FOREIGN OFFICE, February 9, 1956.

Sir,
I had a conversation this afternoon with the Prime Minister and with Mr. Selwyn
Lloyd, who told me that the Cabinet would consider the question on Thursday.

I am, &c.
ANTHONY NUTTING
"""


def test_name_cut_after_the_first_name_in_a_despatch(resources) -> None:
    xml = text_xml(_DESPATCH, resources)
    assert "Selwyn Lloyd" in _tagged(xml, "per-selwyn-lloyd")


# (3) a British telegram's number opening its text

_PRINTED = """Sir R. Lindsay to Sir John Simon.

Washington, November 14, 1933.
(Telegraphic.)

No. 318. (R.) Secretary of State told me this afternoon that the President would receive the \
Soviet emissary again on Thursday.
"""

_CYPHER = """CYPHER TELEGRAM

Nanking, 4th March 1933.

FOREIGN SECRETARY LONDON

No.211. Minister for Foreign Affairs informed me this morning that the Chinese Government \
will ask the League to send observers.

LAMPSON
"""


@pytest.mark.parametrize("text", [_PRINTED, _CYPHER], ids=["printed", "cypher-glued"])
def test_number_opening_a_british_telegram(text: str, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["telegram_number"] == ("318" if "318" in text else "211")
    assert "No." in _body(text_xml(text, resources))  # the number stays in the text


def test_a_number_without_its_stop_is_no_telegram_number(resources) -> None:
    text = _PRINTED.replace("No. 318. (R.) Secretary of State told me", "No. 10 Downing Street "
                            "announced")
    assert not text_facts(text, resources).get("telegram_number")
