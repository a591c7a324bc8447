"""Rules for Wilson Center Digital Archive records on the current site and its staging mirrors
(wave 94, wcdt94), learnt from real pages of collections earlier waves had least (Khrushchev's
records of his talks with Iraqi delegations, 1958-1959; Romanian telegrams from Pyongyang on
the Pueblo crisis, 1968; Hungarian reports from Pyongyang and Polish ciphergrams from Havana):

- an Arabic full name the register lacks, a given name of table `arabic-given` and up to three
  more words, capitalised or after an article (`Farid al-Ahmar`, `Mahdi Hamid Ismail`,
  `Talaat Ash-Shaibani`, `Hasan Kazym el Nahr`), is read whole as a local person
  (`tei/convert/arabic_names.py`);
- a register person's one-word name inside such a name, with a word none of the person's names
  holds (by its consonants: `Mohammed` is `Mohamed`), is another person's: `Jameel
  al-Shawwaf` is not Abd al-Wahhab al-Shawwaf, `Talaat Ash-Shaibani` not Talaat Pasha
  (`given_runs.other_persons_surname`);
- Hungarian and Romanian given names, as the English translations write them given name first
  (`[János Beck]`, `Aurelian Lazar`), open a name the register lacks (table `given-first`,
  items `hu` and `ro`);
- a title `Reception of X by Y` (the Khrushchev records) names the record of the conversation,
  even under a covering note that encloses it (table `doc-types`);
- a grade over a date line alone, perhaps under a letterhead (`Berlin, 27 February 1986` /
  `Strictly Confidential`, the Stasi's internal papers), shows no cable form
  (`stamped_heading.stamped_only`);
- the Stasi's `Distributor:` (`Verteiler`) opens the distribution list: its names are
  readers, no signer (table `heading-labels`, item `distribution`);
- `Organization` never stands in a name after a rank (`the "General Organization of Afghan
  Students Abroad"`; table `not-names`);
- a rank before the surname of a state security officer (`Lieutenant General Mittig`) names
  him: the state security services are ranked as armies (table `post-titles`);
- register: Kim Chang-bong's NKIDP spelling `Kim Changbong`; János Beck, the Hungarian
  ambassador in Havana; Salih Mahdi Ammash and Saadoun Shakir, Iraq's ministers of the
  interior.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

DELEGATION = ("Skip to content\n\nMay 4, 1959\n\n"
              "Record of a Conversation of N.S. Khrushchev with a Delegation of Iraqi Teachers\n\n"
              "On 4 May N.S. Khrushchev received the delegation, headed by Naji Kamil Yousef, "
              "and including Salwa Matti Zaku, Mahdi Hamid Ismail and Farid al-Ahmar.\n\n"
              "N.S. Khrushchev greets the guests.\n")


def test_arabic_full_names_are_read_whole(resources: Resources) -> None:
    xml = text_xml(DELEGATION, resources)
    for name in ("Naji Kamil Yousef", "Salwa Matti Zaku", "Mahdi Hamid Ismail",
                 "Farid al-Ahmar"):
        assert f">{name}</persName>" in xml, name


NAMESAKES = ("Skip to content\n\nMarch 2, 1959\n\n"
             "Record of a Conversation of N.S. Khrushchev with the Iraqi Delegation\n\n"
             "Present: the Minister of Planning, Dr. Talaat Ash-Shaibani, and the deputy "
             "Jameel al-Shawwaf.\n\nN.S. Khrushchev greets the guests.\n")


def test_register_surname_inside_an_arabic_name_is_another_person(resources: Resources) -> None:
    xml = text_xml(NAMESAKES, resources)
    assert ">Talaat Ash-Shaibani</persName>" in xml and ">Jameel al-Shawwaf</persName>" in xml
    assert "per-talaat-pasha" not in xml and "per-abd-al-wahhab-al-shawwaf" not in xml


def test_spelling_of_the_register_persons_own_given_name_keeps_him(resources: Resources) -> None:
    text = ("Cairo, 3 March 1953\n\nMEMORANDUM\n\nThe crowd cheered Mohammed Naguib at the "
            "station and the army stood by.\n")
    assert 'ref="#per-mohamed-naguib">Mohammed Naguib<' in text_xml(text, resources)


ROMANIAN = ("Skip to content\n\nMarch 3, 1968\n\n"
            "Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.061, Urgent\n\n"
            "On March 2 Aurelian Lazar met the Hungarian ambassador [Ferenc Halmos], who spoke "
            "of the exercises near Kaesong.\n\nSigned: N. Popa\n")


def test_romanian_and_hungarian_given_names_first(resources: Resources) -> None:
    xml = text_xml(ROMANIAN, resources)
    assert ">Aurelian Lazar</persName>" in xml and ">Ferenc Halmos</persName>" in xml


def test_reception_of_title_is_a_record_of_conversation(resources: Resources) -> None:
    text = ("Skip to content\n\nFebruary 26, 1959\n\n"
            "Reception of the Government Delegation of Yemen by N.S. Khrushchev\n\n"
            "To Cde. G.T. Shuisky\n\nI am enclosing with this four copies of the transcript.\n\n"
            "/Signature/\n\n(V. Semyonov)\n\n[page break]\n\nReception\n\nof the government "
            "delegation of Yemen\n\nOn 26 February N.S. Khrushchev received the delegation.\n")
    assert text_facts(text, resources)["doc_type"] == "record of conversation"


def test_register_kim_changbong_and_janos_beck(resources: Resources) -> None:
    text = ("Skip to content\n\nOctober 27, 1962\n\n"
            "Telegram from Polish Embassy in Havana (Jeleń), 27 October 1962\n\n"
            "The Hungarian ambassador [János Beck] relays that Kim Changbong is in Havana.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-janos-beck"' in xml and 'ref="#per-kim-chang-bong"' in xml


STASI = ("Skip to content\n\nMarch 3, 1983\n\nRelations between the MfS and the Security Organs "
         "of Syria\n\nBerlin, 2 March 1983\n\nStrictly Confidential\n\nSince 1975 the Syrian side "
         "has asked for training. Comrade Lieutenant General Mittig received a delegation of the "
         "\"General Organization of Syrian Students Abroad\" in May.\n\nDistributor:\n"
         "Lieutenant General Neiber\nMain Department II\n")


def test_graded_and_dated_heading_is_no_cable(resources: Resources) -> None:
    assert text_facts(STASI, resources)["doc_type"] != "telegram"


def test_stasi_distribution_ranks_and_bodies(resources: Resources) -> None:
    facts = text_facts(STASI, resources)
    xml = text_xml(STASI, resources)
    assert facts["sender"] == [] and "Lieutenant General Neiber" in facts["registry_notes"]
    assert 'ref="#per-rudi-mittig"' in xml and ">Organization</persName>" not in xml


def test_register_iraqi_interior_ministers(resources: Resources) -> None:
    text = ("Skip to content\n\nMarch 1, 1986\n\nStatement on the Iraqi Request\n\n"
            "In 1969 the Minister received Sali Mahdy al-Amash; in 1985 Saadoum Shaker "
            "shortened his stay.\n")
    xml = text_xml(text, resources)
    assert 'ref="#per-salih-mahdi-ammash"' in xml and 'ref="#per-saadoun-shakir"' in xml
