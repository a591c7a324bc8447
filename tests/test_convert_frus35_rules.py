"""Rules found on the blind sample frus35 (FRUS 1917-1964 and a PlusD cable of 1973: a
despatch with an enclosure, telegrams with `Eyes only`/`Flash; Limdis`/`Niact` source notes
and repeat lines, a letter from the President to a prime minister, a memorandum for the
President on the Department's 2001-2009 archive, an editorial note, a circular airgram): the
FRUS file line names a circular airgram (`124.06/4–648: Circular airgram`) and a circular
telegram in capitals (`Circular Telegram`), so its date and file are read; a page cut inside
its numbered paragraphs keeps its last one (`5. ...`, after `4.`) as text, not as the note
of a glued anchor; a bulleted source note cut as the list's only note (`- Source: ...`
without its back-link arrow) is the heading's note, its decimal file giving the date, a
subject file's words too (`740.00119 Control (Germany)/10–1245`, whose `Control (Germany)` is
no person with his country); the 2001-2009 archive's notice, seal, volume, imprint and
`flag bar` lines are page furniture; a party named with his staff or office (`Robert W. Komer
of the National Security Council Staff`) is the person, not the staff; Robert W. Komer,
Harold H. Saunders, Waldemar J. Gallman, Lewis Strauss and Gerard C. Smith are register
persons."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_ARCHIVE_CHROME = (
    "Great Seal The State Department web site below is a permanent electronic archive of "
    "information released prior to January 20, 2001.  Please see www.state.gov for material "
    "released since President George W. Bush took office on that date.\n\n"
    "NOTE: External links to other Internet sites should not be construed as an endorsement "
    "of the views contained therein.\n\n"
    "Department Seal FOREIGN RELATIONS OF THE UNITED STATES\n")


@pytest.mark.parametrize(("line", "date", "file"), [
    ("124.06/4–648: Circular airgram", "1948-04-06", "124.06/4–648"),  # the sample's
    ("800.796/7–2546: Circular Telegram", "1946-07-25", "800.796/7–2546"),  # frus34's held
    ("102.1/3–1551: Circular Airgram", "1951-03-15", "102.1/3–1551"),
])
def test_circular_file_line_gives_date_and_file(line, date, file, resources) -> None:
    text = (f"{line}\n\nThe Secretary of State to Certain Diplomatic Officers\n\n"
            "Please inform the Government to which you are accredited of the following.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == date
    assert facts["archive_idno"] == file


@pytest.mark.parametrize("last", [
    "5. In order to be prepared each post shall develop its own plans and submit th",
    "5. Posts are requested to acknowledge receipt of this airgram and to begin the new",
])
def test_cut_numbered_paragraph_is_no_note(last, resources) -> None:
    text = ("124.06/4–648: Circular airgram\n\nThe Acting Secretary of State to Diplomatic "
            "and Consular Offices\n\n1. The Department is formulating new instructions.\n\n"
            "2. A circular instruction dated March 21, 1939,22 is being revised for the posts "
            "in Europe.23\n\n3. In the meantime this message is a basic instruction.\n\n"
            "4. The following situations may call for action:\n\nFlood, typhoon, hurricane;\n"
            f"Civil war or riot.\n\n{last}\n")
    xml = text_xml(text, resources)
    assert "<note place" not in xml
    assert '<item n="5">' in xml


def test_a_note_list_under_numbered_paragraphs_stays_notes(resources) -> None:
    text = ("893.00/1–2149: Telegram\n\nThe Chargé in the Soviet Union (Kohler) to the "
            "Secretary of State\n\n158. 1. Pravda printed the statement.34\n\n2. No comment "
            "followed.\n\n  1. Not printed.\n")
    assert text_facts(text, resources)["notes"] == 1


@pytest.mark.parametrize(("text", "date"), [
    # the sample's layout: the page's bulleted notes, cut inside the source note
    ("208. Letter From President Eisenhower to Prime Minister Nehru1\nMy Dear Mr. Prime "
     "Minister: I have just received news reports from New Delhi.2\nSincerely,\n- Source: "
     "Department of State, Central Files, 791.13/4–3058. Secret; Presidential Handling. "
     "Transmitted to the Embassy in New Delhi in telegram 2541, which is the sou", "1958-04-30"),
    # a subject file's words and country before the slash (not the sample's)
    ("57. Letter From President Truman to Prime Minister Attlee1\nMy dear Mr. Prime "
     "Minister: I agree that our representatives should meet in London.\nSincerely yours,\n"
     "- Source: Department of State, Central Files, 740.00119 Control (Germany)/10–1245. Top "
     "Secret. Transmitted to London in telegram 9012, which is the", "1945-10-12"),
])
def test_cut_bulleted_source_note_is_the_headings(text, date, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["date"] == date
    assert facts["notes"] == 1
    assert ">Control</persName>" not in text_xml(text, resources)


@pytest.mark.parametrize(("heading", "dated", "sender", "addressee"), [
    # the sample's: the archive's `/1/` anchor
    ("181. Memorandum From William H. Brubeck of the National Security Council Staff to "
     "President Johnson/1/", "January 29, 1964", "William H. Brubeck", "Lyndon B. Johnson"),
    ("214. Memorandum From Robert W. Komer of the National Security Council Staff to "
     "President Kennedy/1/", "March 14, 1963", "Robert W. Komer", "John F. Kennedy"),
])
def test_state_gov_archive_chrome_and_staff_member(heading, dated, sender, addressee,
                                                   resources) -> None:
    text = (f"{_ARCHIVE_CHROME}1964-1968, Volume XXIV\nAfrica\n\nDepartment of State\n"
            f"Washington, DC\n\nflag bar\n\nAfrica Region\n\n{heading}\n\nWashington, {dated}"
            ".\n\n/1/Source: Johnson Library, National Security File. Secret.\n\n"
            "We are concerned by evidence of growing effort in Africa.\n")
    facts = text_facts(text, resources)
    assert facts["title"] == heading.split(". ", 1)[1].removesuffix("/1/")
    assert facts["date"] is not None
    assert facts["sender"] == [sender]
    assert facts["addressee"] == [addressee]
    assert "flag bar" not in text_xml(text, resources)


@pytest.mark.parametrize(("heading", "sender"), [
    # history.state.gov's heading with its glued anchor (not the sample's layout)
    ("63. Memorandum From Robert W. Komer of the National Security Council Staff to "
     "President Kennedy1", "Robert W. Komer"),
    ("62. Memorandum From Harold H. Saunders of the National Security Council Staff to "
     "President Johnson1", "Harold H. Saunders"),
    ("12. Memorandum From Frank Cash of the Office of German Affairs to the Secretary of "
     "State1", "Frank Cash"),
])
def test_staff_member_is_the_party(heading, sender, resources) -> None:
    text = (f"{heading}\n\nWashington, May 3, 1962.\n\nThe matter is urgent.\n\n  1. Source: "
            "Kennedy Library. Secret.\n")
    assert text_facts(text, resources)["sender"] == [sender]


@pytest.mark.parametrize(("sentence", "ref"), [
    ("Gallman may wish indicate in proper quarters our concern.", "per-waldemar-j-gallman"),
    ("Dept has consulted Komer on this point.", "per-robert-w-komer"),
    ("The President met Admiral Strauss and Gerard Smith.", "per-gerard-c-smith"),
    ("The President met Admiral Strauss and Gerard Smith.", "per-lewis-strauss"),
])
def test_frus_officials_in_register(sentence, ref, resources) -> None:
    text = (f"851.00/1–2948: Telegram\n\nThe Secretary of State to the Embassy in France\n\n"
            f"297. {sentence}\n")
    assert f'ref="#{ref}"' in text_xml(text, resources)
