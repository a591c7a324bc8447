"""Rules from invent19's invented probes of telegram layouts no fixture had (MAGIC decrypts,
UN and NATO messages, the Foreign Office's confidential print, East-bloc reports and
records, a Chinese Central Committee telegram in pinyin, a consul's letter-book copy, a
German telegram of 1914, a Persian legation's despatch):

- the confidential print's telegram number in brackets on its own line (`(No. 112.)`,
  `(No. 57. Saving.)`), its method in brackets (`(Telegraphic.) En clair.`), the Foreign
  Office's registry number in brackets over the document (`[E 4127/412/65]`: the archive
  reference) and its repeat line in brackets (`(Repeated to Jerusalem and Baghdad.)`);
- a cable's sender the register does not know, named by its `FROM:` field alone
  (`FROM: VERHOEVEN, UNATIONS, NEW YORK`), as an unknown addressee already was; the UN's
  cable address and peacekeeping missions are no persons;
- a `CC:` block with its first entry on the label's line closes the text (no signature);
- a named archive's reference in brackets at the foot is the header's reference, so the
  signature and the foot dateline above it close the text;
- a Hijri date with an English ordinal day and the civil date in brackets;
- the Persian salutation `May I be your sacrifice!` makes a letter;
- a British despatch's addressee by office at its foot (`His Majesty's Minister,`);
- the German 1914 telegram's `Telegram 192.` beside its dateline and `Received July 31,
  3 a.m.` under it;
- the MAGIC serial lines of the Navy's copies (`JD-1: 2617`, `SIS #15204`, `(D) Navy
  Trans. 5-14-41 (S)`, `Army 19824`);
- a military message's `MSG NR:` label;
- an East-bloc typist's line (`Typed by: JH`) under the recorder's signature;
- register names in pinyin with tone marks (`Běijīng`);
- a Chinese leader's telegram opening with its addressees' names alone (`Gao Wenbin, Liu
  Shoumin, and forward to Tang Jian:`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml

_FO_PRINT = [
    ("[E 4127/412/65]\n\nNo. 87.\n\nSir H. Colburne to Mr. Ashcombe.--(Received March 4.)\n\n"
     "(No. 112.)\n(Telegraphic.) En clair.                               Cairo, March 3, 1936."
     "\n\nTHE Prime Minister asked me this morning whether the treaty could be discussed.\n\n"
     "2. I replied that I had no instructions.\n\n(Repeated to Jerusalem and Baghdad.)\n",
     "E 4127/412/65", "112", "(Repeated to Jerusalem and Baghdad.)"),
    ("[J 2214/18/1]\n\nNo. 41.\n\nMr. Pellingham to Viscount Marlowe.--(Received February 9.)"
     "\n\n(No. 57. Saving.)\nAddis Ababa, February 7, 1940.\n\n(Telegraphic.)\n\nI SAW the Duke "
     "this afternoon. He told me that the frontier posts had been reinforced.\n\n(Sent to "
     "Foreign Office No. 57 Saving of February 7; repeated to Cairo No. 12 Saving.)\n",
     "J 2214/18/1", "57",
     "(Sent to Foreign Office No. 57 Saving of February 7; repeated to Cairo No. 12 Saving.)"),
]


@pytest.mark.parametrize(("text", "idno", "number", "note"), _FO_PRINT)
def test_the_confidential_prints_telegram(resources, text: str, idno: str, number: str,
                                          note: str) -> None:
    found = text_facts(text, resources)
    assert found["doc_type"] == "telegram"
    assert found["telegram_number"] == number
    assert found["archive_idno"] == idno
    assert found["editorial_insertions"] == []
    assert found["registry_notes"] == [note]


_CABLE = ("UNITED NATIONS\n\nOUTGOING CODE CABLE\n\nTO:        KALDERON, {to}\nFROM:      "
          "VERHOEVEN, {sender}\nDATE:      4 MARCH 1974\nNUMBER:    0412\n\n1. THE ROTATION "
          "SHOULD GO AHEAD AS PLANNED.\n\n2. PLEASE INFORM THE GOVERNMENT.\n\nREGARDS.\n")


@pytest.mark.parametrize(("to", "sender"), [("UNFICYP, NICOSIA", "UNATIONS, NEW YORK"),
                                            ("NICOSIA", "NEW YORK")])
def test_an_unknown_sender_named_by_the_from_field(resources, to: str, sender: str) -> None:
    found = text_facts(_CABLE.format(to=to, sender=sender), resources)
    assert found["sender"] == ["Verhoeven"]
    assert found["addressee"] == ["Kalderon"]


@pytest.mark.parametrize("block", ["CC:  MR. ASPLUND\n     COL. HAVERKAMP",
                                   "cc:  Mr. Asplund\n     Colonel Haverkamp"])
def test_a_cc_block_with_its_first_entry_on_the_label_line_is_no_signature(
        resources, block: str) -> None:
    text = _CABLE.format(to="NICOSIA", sender="NEW YORK") + "\n" + block + "\n"
    found = text_facts(text, resources)
    assert found["signed"] is None
    assert found["sender"] == ["Verhoeven"]
    assert len(found["registry_notes"]) == 1


@pytest.mark.parametrize(("reference", "idno"), [
    ("[Central State Archive, Sofia, Fond 1-B, Opis 64, a.e. 212, l. 14-16]",
     "Sofia, Fond 1-B, Opis 64, a.e. 212, l. 14-16"),
    ("[Archives of Yugoslavia, KPR I-3-a, Box 104, Folder 2]", "KPR I-3-a, Box 104, Folder 2")])
def test_a_bracketed_archive_reference_at_the_foot(resources, reference: str,
                                                   idno: str) -> None:
    text = ("Strictly secret!\n\nREPORT\nfrom the Embassy in Belgrade\n\nComrade Minister,\n\n"
            "On 14 March I was received by the State Secretary.\n\nI consider that we should "
            f"accept the proposal.\n\nAmbassador [signature]\n(P. Dragnev)\n\nBelgrade, 17 "
            f"March 1958\n\n{reference}\n")
    found = text_facts(text, resources)
    assert found["archive_idno"] == idno
    assert found["date"] == "1958-03-17"
    assert found["sender"] == ["P. Dragnev"]


_LEGATION = ("IMPERIAL PERSIAN LEGATION,\nLONDON.\n\nNo. 214\n\n{date}\n\nTo His Highness the "
             "Minister for Foreign Affairs, Tehran.\n\n{salute}\n\nI have the honour to report "
             "that the Minister received me.\n\nYour humble servant,\nMirza Hasan Khan\n")


@pytest.mark.parametrize(("date", "when"), [
    ("14th Rabi-ul-Awwal 1329 (15th March 1911)", "1911-03-15"),
    ("3rd Shawwal 1330 (15th September 1912)", "1912-09-15")])
def test_a_hijri_date_with_an_ordinal_and_the_civil_date(resources, date: str,
                                                         when: str) -> None:
    text = _LEGATION.format(date=date, salute="Your Highness,")
    assert text_facts(text, resources)["date"] == when


@pytest.mark.parametrize("salute", ["May I be your sacrifice!", "Qorbanat gardam!"])
def test_the_persian_salutation_makes_a_letter(resources, salute: str) -> None:
    found = text_facts(_LEGATION.format(date="15th March 1911", salute=salute), resources)
    assert found["doc_type"] == "letter"
    assert found["telegram_number"] is None


@pytest.mark.parametrize("address", [
    "His Majesty's Minister,\n     Peking.",
    "Her Majesty's Principal Secretary of State for Foreign Affairs,\n     London."])
def test_a_despatch_addressed_at_its_foot_by_office(resources, address: str) -> None:
    text = ("No. 47.                                         British Consulate,\n"
            "                                                  Chefoo, 12th March 1903.\n\n"
            "Sir,\n\n     I have the honour to report that the Governor arrived here.\n\n"
            "                    I have the honour to be,\n                              Sir,\n"
            "                    Your most obedient, humble Servant,\n"
            "                              (Signed) W. H. Treloar,\n"
            f"                                        Consul.\n\n{address}\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["W. H. Treloar"]
    assert found["signed"] == "(Signed) W. H. Treloar, Consul."


@pytest.mark.parametrize(("lines", "number", "received"), [
    ("Telegram 192.                    Berlin, July 30, 1914, 9 p.m.\n"
     "Urgent.                          Received July 31, 3 a.m.", "192", "1914-07-31T03:00"),
    ("Telegram No. 87.\nBerlin, August 1, 1914.\nReceived August 1, 1914, 11.30 p.m.", "87",
     "1914-08-01T23:30")])
def test_a_1914_telegrams_number_and_receipt(resources, lines: str, number: str,
                                             received: str) -> None:
    text = (f"No. 412\n\nThe Imperial Chancellor to the Ambassador in Vienna\n\n{lines}\n\n"
            "Please speak in this sense with all emphasis.\n\nvon Thalheim\n")
    found = text_facts(text, resources)
    assert found["telegram_number"] == number
    assert found["date_received"] == received


@pytest.mark.parametrize("foot", [
    "JD-1: 2617                SIS #15204          (D) Navy Trans. 5-14-41 (S)",
    "Army 19824               Trans. 6-5-41 (7)"])
def test_the_magic_serial_lines(resources, foot: str) -> None:
    text = ("SECRET\n\nFrom: Tokyo (Matsunaga)\nTo: Berlin (Oshiro)\n12 May 1941\n#456\n\n"
            "Please explain our position to the Foreign Minister.\n\nRelay to Rome.\n\n"
            f"{foot}\n")
    found = text_facts(text, resources)
    assert found["registry_notes"] == [" ".join(part.split()) for part in foot.split("   ")
                                       if part.strip()]
    assert found["telegram_number"] == "456"


@pytest.mark.parametrize(("label", "number"), [("MSG NR: SH 4127", "SH 4127"),
                                               ("Msg No: 4127", "4127")])
def test_a_military_messages_number_label(resources, label: str, number: str) -> None:
    text = ("NATO SECRET\n\nPRIORITY\n\nFROM: SACEUR\nTO:   NATO SECRETARY GENERAL\n\n"
            f"DTG:  141530Z MAR 61\n{label}\n\n1. I CONSIDER THE MEASURES ADEQUATE.\n\n"
            "2. I SHALL KEEP YOU INFORMED.\n\nGENERAL LAURIDSEN\n")
    assert text_facts(text, resources)["telegram_number"] == number


@pytest.mark.parametrize("typed", ["Typed by: JH", "Typist: M. Nováková"])
def test_a_typists_line_under_the_recorders_signature(resources, typed: str) -> None:
    text = ("Ministry of Foreign Affairs\nTOP SECRET\n\nRECORD OF CONVERSATION\n\nThe Ambassador "
            "came at his own request and handed over a note.\n\nPrague, 23 October 1963\n\n"
            f"Recorded by: M. Sklenářová\n{typed}\n")
    found = text_facts(text, resources)
    assert found["sender"] == ["M. Sklenářová"]
    assert found["registry_notes"] == [typed]


@pytest.mark.parametrize(("sentence", "place"), [
    ("The troops should be quartered in Āndōng, not in Shěnyáng.", "Shěnyáng"),
    ("Comrade Tang is to go to Běijīng at once.", "Běijīng")])
def test_pinyin_with_tone_marks_names_register_places(resources, sentence: str,
                                                      place: str) -> None:
    xml = text_xml(f"Telegram\n\n14 October 1950\n\n{sentence}\n\nMao Zedong\n", resources)
    assert f">{place}</placeName>" in xml


def test_a_czech_name_with_a_caron_is_still_found_as_written(resources) -> None:
    xml = text_xml("MINISTERSTVO ZAHRANIČNÍCH VĚCÍ\n\nPraha, 3. května 1962\n\nSoudruhu "
                   "ministře,\n\nsděluji Vám, že velvyslanec přijel.\n\nNovák\n", resources)
    assert ">MINISTERSTVO ZAHRANIČNÍCH VĚCÍ</orgName>" in xml


@pytest.mark.parametrize(("opening", "addressees"), [
    ("Gao Wenbin, Liu Shoumin, and forward to Tang Jian:",
     ["Gao Wenbin", "Liu Shoumin", "Tang Jian"]),
    ("Deng Hua and Hong Xuezhi:", ["Deng Hua", "Hong Xuezhi"])])
def test_a_chinese_telegram_opening_with_its_addressees_names(resources, opening: str,
                                                              addressees: list[str]) -> None:
    text = (f"Telegram\n(14 October 1950)\n\n{opening}\n\n(1) Your telegram of the 12th has been "
            "received.\n\n(2) Report the number of vehicles you still lack.\n\nMao Zedong\n"
            "14 October, 22:00\n")
    assert text_facts(text, resources)["addressee"] == addressees
