"""Rules from the misses of the Wilson Center sample wc6a (Soviet, Chinese, Korean and
Mongolian documents): a journal's place line, wrapped stamp labels and open notation
blocks in a heading, the cipher office's heading lines, titles that name a relayed
document or a subject with ` to `, a one-line `ROLE [signature] NAME` closing and a
summary ending `(fragments)`."""

from __future__ import annotations

from tests.cases import text_facts, text_xml

JOURNAL = ("January 12, 1961\n"
           "Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 12 January 1961\n"
           "USSR EMBASSY IN THE DPRK\nNº 9\n20 January 1961\n[USSR MFA Far\n"
           "East Department stamp:\nIncoming Nº 00101\n30 January 1961]\n"
           "[handwriting:\nto Cde. Samsonov]\nTOP SECRET\nJOURNAL\n"
           "of Soviet Ambassador in the DPRK A. M. PUZANOV\nPyongyang\n[…]\n12 January 1961\n"
           "I visited Kim Chang-man and told him about the plenum of the CPSU CC.\n")


def _heading(xml: str) -> str:
    return xml.split('subtype="heading"')[1].split('type="message"')[0]


def test_a_journal_s_place_line_over_its_first_entry_is_its_place(resources) -> None:
    assert text_facts(JOURNAL, resources)["place_of_origin"] == "Pyongyang"


def test_a_wrapped_stamp_label_and_an_open_notation_are_heading_lines(resources) -> None:
    heading = _heading(text_xml(JOURNAL, resources))
    assert "<stamp/>" in heading and "Samsonov" in heading and "Department stamp:" in heading


def test_a_relayed_document_s_from_names_no_party(resources) -> None:
    text = ("Telegram, Gromyko to Cde. I.V. Stalin, Relaying a Letter from Kim Il Sung\n\n"
            "to Cde. I. V. STALIN\n\nI am forwarding the letter of Kim Il Sung.\n\n(A. Gromyko)\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["Andrei Gromyko"]
    assert found["addressee"] == ["Joseph Stalin"]


def test_a_to_inside_a_title_s_subject_names_no_addressee(resources) -> None:
    text = ("Skip to content\n\nMarch 5, 1956\n\nExcerpts from Tsedenbal's diary on his talks with "
            "Mikoyan on Aid to Mongolia (Fragments)\n\n5 March 1956\n\nWe discussed the railway.\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["Yumjaagiin Tsedenbal"]
    assert found["addressee"] == []


def test_cipher_office_lines_stay_in_the_heading(resources) -> None:
    text = ("CIPHERED TELEGRAM No. 1\nFrom PYONGYANG\n"
            "Arrived at the 8th Directorate on 7/8/50 at 23:40\n"
            "Deciphered by Morozov on 7/9/50 at 00:30\n"
            "Distribution list - 2 copies: Stalin - 1, Molotov - 1\n"
            "TO FENG XI [STALIN]\n\nThe division has crossed the river.\n\nSHTYKOV\n")
    heading = _heading(text_xml(text, resources))
    assert "Arrived at the" in heading and "Morozov" in heading and "Molotov" in heading


def test_a_role_signature_mark_and_name_on_one_line_close_a_record(resources) -> None:
    text = ("Skip to content\n\nMay 2, 1956\n\nRecord of Conversation with Comrade Tsedenbal\n\n"
            "Comrade Tsedenbal spoke about the railway to the border.\n\n"
            "Ambassador of the USSR in the MPR [signature] V. Pisarev\n\n"
            "Pisarev reports on Tsedenbal's remarks about the railway. (fragments)\n")
    found = text_facts(text, resources)
    assert found["signed"] == "Ambassador of the USSR in the MPR [signature] V. Pisarev"
    assert found["sender"] == ["Vasily Pisarev"]
    assert found["summary"] == ("Pisarev reports on Tsedenbal's remarks about the railway. "
                                "(fragments)")


def test_the_text_after_a_covering_note_s_enclosure_closer_is_an_attachment(resources) -> None:
    text = ("Telegram, Gromyko to Cde. I.V. Stalin\n\nto Cde. I. V. STALIN\n\n"
            "I am sending you the letter of Kim Il Sung.\n\n"
            "Attachment: the original of the letter on one sheet\n\n(A. Gromyko)\n\n"
            "2 October 1950\n\nDear Comrade Stalin,\n\nWe thank you for the advice.\n\n"
            "Kim Il Sung\n")
    found = text_facts(text, resources)
    assert found["signed"] == "(A. Gromyko)"
    assert 'type="attachment"' in text_xml(text, resources)
