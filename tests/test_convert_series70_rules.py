"""Rules for the older and less common national editions of diplomatic documents (series70):

- British Documents on the Origins of the War: the clock's raised point (`1·20 P.M.`) parts
  hours and minutes (`date_shapes`); a note in round brackets whose editors' bracket opens
  with `v.` or `cp.` (`(1) [v. No. 286.]`) is a note (table `footnotes`); the unbracketed
  `MINUTES.` under the text heads the minutes as an attachment, so their initials sign
  nothing (table `attachment`);
- a British edition's record of a meeting dated after `on` and its hour after `at` in the
  heading (`Record of a conversation between ... on 7 February 1967 at 11 a.m.`: table
  `title-facts`), a title whose closing stop is its hour's `a.m.`, no sentence's
  (`pages/titles._HOUR_END`);
- the English selection of Die Grosse Politik: the heading in capitals with the addressee's
  post after a comma (`PRINCE VON BÜLOW TO COUNT METTERNICH, IN LONDON.`: table `frus`), the
  German edition's `Vol. XXIV. 8221.` over it (a document number) and `Cipher Telegram. No.
  187.` (table `heading-edition`); Chancellor Bülow in the register, his nephew's dated
  office no longer standing in for him;
- the French edition's first series: the despatch's `D. no. 241.` under the parties is a
  letter's number, not the British `D.` date row (tables `heading-edition`, `doc-types`);
  the receipt by the offices it reached (`(Received: Cab., 16 July; Dir. pol., 17 July.)`);
  the Quai d'Orsay's volume at the foot (`(Angleterre, N.S. 21.)`: `archival-reference`);
- the Israel State Archives' file alone (`130.02/2447/12`) and the Swiss Federal Archives'
  `E 2001(E)1970/217/12` are archive references;
- the Swiss edition's `Notice of <office>, A. X` is a memorandum by him, also broken before
  its `of the` (`wraps._broken_heading`); the chargé's `D'AFFAIRES` in a subject line in
  capitals is no surname after the title (table `capitals-common-words`).

Seen on the held samples after scoring:

- the West German edition's file line with its classification (`Z A 5-85.A/70 secret`) is a
  heading's control line, so a conversation's date under it dates the record (table
  `heading`, row `control`);
- the Dutch-Indonesian edition's `ARA, ..., inv. nr. 3412` (the General State Archives by its
  former initials) is the archive reference (table `archival-reference`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

BD = ("No. 298.\n\nSir E. Goschen to Sir Edward Grey.\n\nF.O. 371/2159.\n"
      "Tel. (No. 98.) Secret.\nBerlin, D. July 29, 1914, 1·20 P.M.\nR. July 29, 1914, 5·45 P.M.\n\n"
      "Secretary of State told me this morning that he had again urged the Austro-Hungarian "
      "Ambassador to impress upon Vienna the need for caution at Belgrade. He added that he "
      "preferred direct conversations between Vienna and St. Petersburg.(1)\n\n"
      "{minutes}"
      "(1) [v. No. 286.]\n")
MINUTES = ("MINUTES.\n\nThe German Government continue to decline every suggestion that does "
           "not come from themselves.\n                    E. A. C. July 29.\n\n"
           "Sir E. Grey should see this at once.\n                    A. N.\n\n")


def test_a_raised_point_parts_the_clock_and_a_v_note_is_a_note(resources: Resources) -> None:
    facts = text_facts(BD.format(minutes=""), resources)
    assert facts["date"] == "1914-07-29"
    assert facts["date_received"] == "1914-07-29T17:45"
    assert facts["notes"] == 1


def test_unbracketed_minutes_are_no_signature(resources: Resources) -> None:
    facts = text_facts(BD.format(minutes=MINUTES), resources)
    assert facts["signed"] is None


def test_a_record_of_a_meeting_is_dated_on_its_day(resources: Resources) -> None:
    text = ("DOCUMENTS ON BRITISH POLICY OVERSEAS\n\nNo. 14\n\nRecord of a conversation "
            "between Mr. Wilson and Mr. Kosygin at 10 Downing Street on 7 February 1967 "
            "at 11 a.m.\n\n[PREM 13/1840]\n\nSecret\n\n"
            "The PRIME MINISTER welcomed Mr. Kosygin to London and said that he hoped their "
            "talks would be as frank as those they had held in Moscow the previous July.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1967-02-07"
    assert facts["doc_type"] == "record of conversation"


def test_the_grosse_politik_heading_post_after_a_comma(resources: Resources) -> None:
    text = ("Vol. XXIV. 8221.\n\nPRINCE VON BÜLOW TO COUNT METTERNICH, IN LONDON.\n\n"
            "Norderney, July 12, 1908.\nCipher Telegram. No. 187.\n\n"
            "Your Excellency's report received. Avoid any discussion.\n\nBÜLOW.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Bernhard Heinrich Martin von Bülow"]
    assert facts["addressee"] == ["Paul Wolff Metternich"]
    assert facts["telegram_number"] == "187"
    assert facts["doc_type"] == "telegram"


def test_a_french_despatch_number_and_receipt_by_offices(resources: Resources) -> None:
    text = ("362\n\nM. PAUL CAMBON, AMBASSADOR OF FRANCE IN LONDON,\n"
            "TO M. PICHON, MINISTER OF FOREIGN AFFAIRS.\n\n"
            "D. no. 241. Confidential.\nLondon, 14 July 1909.\n"
            "(Received: Cab., 16 July; Dir. pol., 17 July.)\n\n"
            "Sir Edward Grey spoke to me yesterday of the naval programme.\n\n"
            "PAUL CAMBON.\n\n(Angleterre, N.S. 21.)\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "letter"
    assert facts["telegram_number"] is None
    assert facts["date_received"] == "1909-07-16"
    assert facts["archive_idno"] == "Angleterre, N.S. 21"


def test_the_israel_state_archives_file_alone(resources: Resources) -> None:
    text = ("212     M. Sharett (Tel Aviv) to A. Eban (Lake Success)\n\n"
            "Tel. 318                         Tel Aviv, 14 July 1949\n\n"
            "Government discussed your proposals this morning.\n\nSharett\n\n130.02/2447/12\n")
    assert text_facts(text, resources)["archive_idno"] == "130.02/2447/12"


def test_a_swiss_notice_broken_before_of_the(resources: Resources) -> None:
    text = ("87\n\nE 2001(E)1970/217/12\n\n"
            "Notice of the Head of the Division of Foreign Affairs\n"
            "of the Political Department, A. Zehnder\n\n3 May 1955\n\n"
            "VISIT OF THE SOVIET CHARGÉ D'AFFAIRES\n\n"
            "Mr. Rodionov called on me this morning.\n")
    facts = text_facts(text, resources)
    assert facts["doc_type"] == "memorandum"
    assert facts["sender"] == ["Alfred Zehnder"]
    assert facts["archive_idno"] == "E 2001(E)1970/217/12"
    assert ">D'AFFAIRES</persName>" not in text_xml(text, resources)


def test_an_aapd_file_line_over_a_conversations_date(resources: Resources) -> None:
    text = ("234\n\nConversation between Federal Chancellor Brandt and Chairman of the Council "
            "of Ministers Kosygin in Moscow\n\nZ A 5-85.A/70 secret\n13 August 1970\n\n"
            "The Federal Chancellor thanked the Chairman for the reception given to the "
            "delegation and said that the treaty signed yesterday opened a new chapter.\n\n"
            "Kosygin replied that the Soviet Union did not intend to make the treaty dependent "
            "on other questions.\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1970-08-13"
    assert facts["doc_type"] == "record of conversation"


def test_the_general_state_archives_initials(resources: Resources) -> None:
    text = ("No. 218\n\nThe Lieutenant Governor-General (Van Mook) to the Minister of Overseas "
            "Territories (Jonkman)\n\nTelegram No. 412\nBatavia, 12 March 1947\n\n"
            "ARA, Min. van Overzeese Gebiedsdelen, Archief Kabinet, inv. nr. 3412\n\n"
            "Sjahrir informed me this evening that the Republican cabinet will sign.\n\nVAN MOOK\n")
    assert text_facts(text, resources)["archive_idno"] == (
        "ARA, Min. van Overzeese Gebiedsdelen, Archief Kabinet, inv. nr. 3412")
