"""misses38: the held misses of earlier blind samples, as families: a government's
letterhead names the country of a memorandum's bare offices (and its department's `The
Secretary`), a Japanese cable's sending line names its post by its country, a Romance
letter's dateline broken after its day, its bare courtesy title as the salutation."""

from __future__ import annotations

from tei.convert.context import Context
from tei.convert.office_holders import US, letterhead_offices
from tei.convert.read import Line
from tei.convert.segment import heading_groups
from tei.convert.wraps import broken_cardinal_day
from tests.cases import text_facts, text_xml


def test_a_us_letterhead_names_the_country_and_the_departments_secretary(resources) -> None:
    ctx = Context(resources, "t")
    assert letterhead_offices(["DEPARTMENT OF STATE"], ctx) == (US, "Secretary of State")
    assert letterhead_offices(["THE WHITE HOUSE"], ctx) == (US, "")
    assert letterhead_offices(["BRITISH EMBASSY"], ctx) == (None, "")


def test_another_states_letterhead_over_the_department_names_none(resources) -> None:
    ctx = Context(resources, "t")
    assert letterhead_offices(["REPUBLIC OF LIBERIA", "DEPARTMENT OF STATE"], ctx) == (None, "")


_MEMO = ("DEPARTMENT OF STATE\n\nSECRET\n\nMay 11, 1976\n\nACTION MEMORANDUM\n\n"
         "TO: The Secretary\nFROM: L - Monroe Leigh\nSUBJECT: Your Papers\n\n"
         "We have studied the request and recommend that you approve the attached reply.\n")


def test_the_departments_secretary_is_the_secretary_of_state_of_the_year(resources) -> None:
    assert '<roleName ref="#per-henry-kissinger">Secretary</roleName>' in text_xml(_MEMO, resources)


def test_the_white_house_presidents_memorandum_points_to_the_president(resources) -> None:
    text = ("THE WHITE HOUSE\n\nSECRET\n\nMarch 3, 1971\n\nMEMORANDUM FOR: THE PRESIDENT\n"
            "FROM: HENRY A. KISSINGER\nSUBJECT: Fisheries Talks\n\n"
            "The talks open next week and I attach a short paper for your approval.\n")
    assert '<roleName ref="#per-richard-nixon">PRESIDENT</roleName>' in text_xml(text, resources)


def test_no_letterhead_leaves_a_bare_office_unresolved(resources) -> None:
    text = _MEMO.replace("DEPARTMENT OF STATE\n\n", "")
    assert "<roleName>Secretary</roleName>" in text_xml(text, resources)


def test_a_japanese_sending_line_names_the_post_by_its_country(resources) -> None:
    ctx = Context(resources, "t")
    found = heading_groups("Sent: China 21:10 Year Month 25", ctx)
    assert found is not None and found[1]["sender"] == "China"
    found = heading_groups("Sent: Beijing, 2 March 1955, 14.30 hours", ctx)
    assert found is not None and found[1]["sender"] == "Beijing"
    found = heading_groups("Dated 14 October 1959 21:10", ctx)
    assert found is not None and "sender" not in found[1]


def test_a_dateline_broken_after_its_cardinal_day_is_one_line(resources) -> None:
    ctx = Context(resources, "t")
    assert broken_cardinal_day(Line(1, "Buenos Aires, 7 de"), Line(2, "julio de 1927"), ctx)
    assert broken_cardinal_day(Line(1, "Paris, le 4"), Line(2, "juillet 1927"), ctx)
    assert not broken_cardinal_day(Line(1, "Buenos Aires, 7 de"), Line(2, "julio"), ctx)
    assert not broken_cardinal_day(Line(1, "He paid 7 de"), Line(2, "julio de 1927"), ctx)


def test_a_romance_letter_dated_over_two_lines_and_saluted_by_a_title(resources) -> None:
    text = ("Montevideo, 12 de\nmarzo de 1931\nSeñor:\nHe recibido su atenta carta y le "
            "agradezco las noticias que me da.\nLe saluda atentamente.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1931-03-12" and facts["place_of_origin"] == "Montevideo"
    assert facts["doc_type"] == "letter"


def test_a_signature_of_initials_completed_in_brackets_names_the_person(resources) -> None:
    text = ("Memorandum of Conversation, by the Secretary of State\n\n"
            "Washington, August 14, 1944.\n\n"
            "The British Ambassador called on me this morning about the coming conference.\n\n"
            "C[ordell] H[ull]\n")
    xml = text_xml(text, resources)
    assert '<persName ref="#per-cordell-hull">C<supplied' in xml
    text = text.replace("C[ordell] H[ull]", "E[dward] R. S[tettinius], Jr.")
    assert '<persName ref="#per-edward-stettinius-jr">E<supplied' in text_xml(text, resources)
    text = text.replace("E[dward] R. S[tettinius], Jr.", "C[ordell] H[ullish]")
    assert "per-cordell-hull" not in text_xml(text, resources)
