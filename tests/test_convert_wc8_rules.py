"""Rules from the misses of the blind Wilson Center sample wc8 (Romanian foreign ministry
telegrams to an embassy: the title `Telegram of X to Y Regarding ...`, the sending city and
hour on a line, a number with its thousands set off by a space; register names)."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

_ROMANIAN = ("Skip to content\n\nMarch 9, 1967\n\n"
             "Telegram of the Ministry of Foreign Affairs to the Romanian Embassy in Peking "
             "Regarding the Journey of the Economic Delegation on its Return from Hanoi\n\n"
             "March 9, 1967\n\nBucharest 1745 hrs\n\nNo. 31 402\n\nUrgent\n\n"
             "Comrade Ambassador\n\n"
             "Please inform the Chinese comrades that the economic delegation will stop in Peking "
             "for one day. The Chinese side has asked for the list of its members.\n")


def _sent(text: str, resources) -> str:
    """The sending correspAction of the TEI a text converts to."""
    return text_xml(text, resources).split('type="sent">')[1].split("</correspAction>")[0]


def test_an_of_to_title_names_both_parties_before_its_subject(resources) -> None:
    xml = text_xml(_ROMANIAN, resources)
    received = xml.split('type="received">')[1].split("</correspAction>")[0]
    assert "<roleName>Romanian Embassy in Peking</roleName>" in received
    assert "Return" not in _sent(_ROMANIAN, resources)


def test_the_sending_city_and_hour_line_gives_the_place_of_origin(resources) -> None:
    found = text_facts(_ROMANIAN, resources)
    assert found["place_of_origin"] == "Bucharest"
    assert found["telegram_number"] == "31 402"


def test_a_long_title_still_counts_as_the_opening_for_a_ministry_s_country(resources) -> None:
    romanian = "org-ministry-of-foreign-affairs-of-romania"
    assert romanian in _sent(_ROMANIAN, resources)
    stopped = _ROMANIAN.replace("Return from Hanoi\n", "Return from Hanoi.\n")
    # a stopped line is prose, no opening; the title's parties (`the Romanian Embassy in
    # Peking`) still tell the ministry (names13), not the text's count (China)
    assert romanian in _sent(stopped, resources)


def test_the_ambassador_ri_sang_jo_is_the_armistice_delegate_lee_sang_jo(resources) -> None:
    text = ("October 2, 1956\n\nLetter from Ri Sang-jo to the Central Committee\n\n"
            "to the CC of the Korean Workers' Party!\n\n"
            "I ask the Central Committee to consider my statement once more.\n")
    assert 'ref="#per-lee-sang-jo"' in _sent(text, resources)


_CZECHOSLOVAK = ("Embassy of the Czechoslovak Socialist Republic\n\n"
                 "Hanoi, March 3, 1966\n\n"
                 "Ministry of Foreign Affairs\n\n4th Territorial Department\n\n"
                 "P r a g u e\n\n"
                 "Political report no. 4\n\n"
                 "The Vietnamese comrades in Hanoi told us that the Chinese side had again delayed "
                 "the transit of Soviet aid through China. The Chinese press does not report it.\n")


def _received(text: str, resources) -> str:
    return text_xml(text, resources).split('type="received">')[1].split("</correspAction>")[0]


def test_an_inside_address_closed_by_its_letter_spaced_seat_names_the_addressee(
        resources) -> None:
    assert "org-ministry-of-foreign-affairs-of-czechoslovakia" in _received(
        _CZECHOSLOVAK, resources)
    unspaced = _CZECHOSLOVAK.replace("P r a g u e", "By courier")
    assert 'type="received"' not in text_xml(unspaced, resources)


def test_a_letter_spaced_seat_counts_for_the_country_of_a_ministry(resources) -> None:
    from tei.convert.ambiguity import evidence
    ids = ("org-ministry-of-foreign-affairs-of-czechoslovakia",
           "org-ministry-of-foreign-affairs-of-the-prc")
    entries = tuple(resources.register.entries[i] for i in ids)
    spaced = evidence("Ministry of Foreign Affairs\nP r a g u e", entries, resources.patterns)
    assert spaced == evidence("Ministry of Foreign Affairs\nPrague", entries, resources.patterns)
    assert spaced[ids[0]] > 0 and spaced[ids[1]] == 0
