"""Rules for names several register entries share, chosen by the document's year and
places (misses39), each tried on invented texts:

- a one-word form several register persons carry (`KEATING`) is the one `namesakes`
  chooses by the year (the one in office then), and no one when it chooses none, never
  the register's first;
- a surname alone is told by the register's dated offices and births (`Mr. MacDonald` in
  1933: Ramsay, prime minister then; `ATHERTON` in 1933: Ray, not Alfred L. Atherton Jr.);
- a ministry of foreign affairs named alone in a mission's report is the host's: a US
  cable's post (`FM AMEMBASSY TEL AVIV`) names the host, and a host none of the register's
  ministries is of leaves the ministry a local body (no tag beats a wrong one);
- `OAS GENERAL ASSEMBLY` is the OAS's assembly, not the UN's.
"""

from __future__ import annotations

import re

import pytest

from tests.cases import text_facts, text_xml

CABLE = (
    "CONFIDENTIAL\n"
    "PAGE 01 {code} 03030\n"
    "O 101200Z JUN {yy}\n"
    "FM AMEMBASSY {post}\n"
    "TO SECSTATE WASHDC IMMEDIATE\n"
    "INFO AMEMBASSY {info}\n"
    "SUBJECT: VISIT OF BELGIAN MINISTER\n"
    "1. THE MINISTRY OF FOREIGN AFFAIRS TOLD US TODAY THAT THE BELGIAN FOREIGN MINISTER "
    "WILL COME FROM BRUSSELS NEXT WEEK.\n"
    "2. THE {assembly} GENERAL ASSEMBLY MEETS IN APRIL.\n"
    "{signer}\n"
)


def _cable(resources, post: str = "TEL AVIV", yy: str = "74", signer: str = "KEATING",
           info: str = "BRUSSELS", assembly: str = "OAS") -> str:
    code = post.replace(" ", "")[:6]
    return text_xml(CABLE.format(code=code, yy=yy, post=post, signer=signer, info=info,
                                 assembly=assembly), resources)


def _refs(xml: str, tag: str, text: str) -> list[str]:
    return re.findall(rf'<{tag} ref="#([^"]+)">{text}</{tag}>', xml)


@pytest.mark.parametrize(("yy", "expected"), [
    ("74", ["per-kenneth-b-keating"]),  # ambassador to Israel then, not Paul (1991-1996)
    ("94", ["per-keating"]),  # Paul and Colin Keating both in office: neither, a local person
])
def test_a_shared_surname_signature_is_the_one_in_office(resources, yy, expected) -> None:
    assert _refs(_cable(resources, yy=yy), "persName", "KEATING") == expected


def test_a_ministry_alone_in_a_post_s_cable_is_the_host_s(resources) -> None:
    assert _refs(_cable(resources), "orgName", "MINISTRY OF FOREIGN AFFAIRS") == [
        "org-ministry-of-foreign-affairs"]  # Israel's, which the register names otherwise
    assert _refs(_cable(resources, post="BRUSSELS", info="PARIS"), "orgName",
                 "MINISTRY OF FOREIGN AFFAIRS") == ["org-ministry-of-foreign-affairs-of-belgium"]


def test_an_oas_general_assembly_is_not_the_un_s(resources) -> None:
    xml = _cable(resources)
    assert _refs(xml, "orgName", "OAS GENERAL ASSEMBLY") == [
        "org-general-assembly-of-the-organization-of-american-states"]
    assert _refs(_cable(resources, assembly="UN"), "orgName", "UN GENERAL ASSEMBLY") == [
        "org-united-nations-general-assembly"]


LETTER = (
    "No. {number}\n"
    "FROM: American Embassy, London\n"
    "TO: Secretary of State, Washington\n"
    "DATE: March 14, {year}\n\n"
    "I saw Mr. MacDonald this morning at Downing Street. Mr. MacDonald said that the Cabinet "
    "would not change its view before the Conference.\n\n"
    "{signer}\n"
)


def test_a_surname_alone_is_told_by_the_year(resources) -> None:
    facts = text_facts(LETTER.format(number=412, year=1933, signer="ATHERTON"), resources)
    assert facts["sender"] == ["Ray Atherton"]
    xml = text_xml(LETTER.format(number=412, year=1933, signer="ATHERTON"), resources)
    assert set(_refs(xml, "persName", "MacDonald")) == {"per-ramsay-macdonald"}
    later = text_facts(LETTER.format(number=77, year=1976, signer="ATHERTON"), resources)
    assert later["sender"] == ["Alfred L. Atherton Jr."]


REPORT = (
    "Embassy of the Hungarian People's Republic in Hanoi\n"
    "Hanoi, 4 November 1971\n\n"
    "Yesterday the speech was made by {who}, who is not a member of the Politburo.\n"
)


def test_a_given_name_is_told_by_the_office_beside_it(resources) -> None:
    xml = text_xml(REPORT.format(who="the mayor of Hanoi, Comrade Hung"), resources)
    assert _refs(xml, "persName", "Hung") == ["per-tran-duy-hung"]
