"""A party given only as an office points to the office's holder on the document's date
(`tei.convert.office_holders`), and a Polish ciphergram's yearless dotted dates follow the
page's written date (misses15)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from tei.convert.context import Context
from tei.convert.office_holders import US, office_holder, split_country
from tests.cases import text_xml
from tests.tei_facts import xp

FIXTURES = Path(__file__).parent / "fixtures" / "telegrams"


def test_an_office_names_its_country_before_or_after_it(resources) -> None:
    patterns, register = resources.patterns, resources.register
    assert split_country("The US Secretary of State", patterns, register) == (
        "pla-united-states", "secretary of state")
    assert split_country("Prime Minister of New Zealand", patterns, register) == (
        "pla-new-zealand", "prime minister")
    assert split_country("Ambassador to Italy", patterns, register) == (None, "ambassador to italy")


def test_the_holder_is_the_one_register_person_in_office_that_year(resources) -> None:
    ctx = Context(resources, "t")
    assert office_holder("The Secretary of State", 1950, US, ctx).reg == "Dean Acheson"
    assert office_holder("Indian Ambassador to Italy", 1974, None, ctx).reg == "Apa B. Pant"
    assert office_holder("Prime Minister of the United Kingdom", 1952, None,
                         ctx).reg == "Winston Churchill"


def test_no_holder_without_a_country_or_in_a_year_of_handover(resources) -> None:
    ctx = Context(resources, "t")
    assert office_holder("The Secretary of State", 1950, None, ctx) is None
    assert office_holder("Secretary of State", 1949, US, ctx) is None  # Marshall, then Acheson
    assert office_holder("Secretary of State", 1953, US, ctx) is None  # Acheson, then Dulles
    assert office_holder("Prime Minister of Australia", 1941, None, ctx) is None


def test_an_unsigned_frus_circular_from_the_secretary_points_to_him(resources) -> None:
    text = ("611.00/6–2650: Circular telegram\n\nThe Secretary of State to Certain Diplomatic "
            "Offices\n\nWashington, June 26, 1950—8 p.m.\n\nPlease inform the Foreign "
            "Ministry of the Department's views at once.\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    role = xp(root, "//tei:correspAction[@type='sent']/tei:roleName")
    assert [r.text for r in role] == ["Secretary of State"]
    assert role[0].get("ref") == "#per-dean-acheson"
    assert xp(root, "//tei:standOff//tei:person[@xml:id='per-dean-acheson']")


def test_a_side_naming_its_person_keeps_its_office_unresolved(resources) -> None:
    text = ("The Prime Minister of New Zealand to the Prime Minister of Australia\n\n"
            "Wellington, 3 May 1944\n\nWe agree with your proposal.\n\nP. FRASER\n")
    root = etree.fromstring(text_xml(text, resources).encode())
    sent = "//tei:correspAction[@type='sent']"
    assert [r.get("ref") for r in xp(root, f"{sent}/tei:roleName")] == [None]
    assert xp(root, f"{sent}/tei:persName/@ref") == ["#per-peter-fraser"]
    assert xp(root, "//tei:correspAction[@type='received']/tei:roleName/@ref") == [
        "#per-john-curtin"]


def test_yearless_dotted_dates_are_month_first_under_the_written_date(resources) -> None:
    dates = resources.dates
    dates.forget("March 11, 1963\nFrom…Hanoi…dispatched on 03.11. at 12:00 hours…received on "
                 "03.12. at 12:21 hours…")
    assert dates.whole("03.12.1963").iso() == "1963-03-12"
    dates.forget("March 11, 1963\nsee points 3.11. and 3.12. above")  # not two digits each
    assert dates.whole("03.12.1963").iso() == "1963-12-03"
    dates.forget("")


def test_the_invented_cablegram_of_offices_points_to_their_1943_holders(resources) -> None:
    path = FIXTURES / "misses15_cablegram_office_fields_holders_by_year_invented.txt"
    root = etree.fromstring(text_xml(path.read_text(encoding="utf-8"), resources).encode())
    refs = {side: xp(root, f"//tei:correspAction[@type='{side}']/tei:roleName/@ref")
            for side in ("sent", "received")}
    assert refs == {"sent": ["#per-john-curtin"],
                    "received": ["#per-william-lyon-mackenzie-king"]}


def test_a_british_offices_heading_makes_a_routing_lines_office_british(resources) -> None:
    """`CABINET OFFICE TO WASHINGTON` (the office before `TO`: table letterhead-countries) and
    `Following personal from Prime Minister to President Kennedy.` (routing row joined by
    `to`): the Prime Minister of the United Kingdom in 1962, the President named."""
    root = etree.fromstring(text_xml(
        "CABINET OFFICE TO WASHINGTON\n\nCypher/OTP\n\nNo. 2214\n27th October 1962\n\n"
        "Following personal from Prime Minister to President Kennedy.\n\nBegins. I have "
        "been thinking over our talk. Ends.\n", resources).encode())
    sent = "//tei:correspAction[@type='sent']"
    assert xp(root, f"{sent}/tei:roleName/@ref") == ["#per-harold-macmillan"]
    assert xp(root, "//tei:correspAction[@type='received']/tei:persName/@ref") == [
        "#per-john-f-kennedy"]
