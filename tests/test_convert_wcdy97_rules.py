"""Rules for the Wilson Center Digital Archive's records on the current site, its staging
mirrors and the stores that keep its PDF exports (wave 97, wcdy97), learnt from real pages
(Stasi notes of talks with the KGB, Romanian Executive Committee transcripts, Bulgarian
minutes, a Japanese record of talks with Zhou Enlai, Gorbachev's records, a Ukrainian
report on the Prague Spring, a Soviet note on the non-proliferation talks):

- a PDF export's citation run on one line closes the translator's credit with the project
  it was made for and the page's address without a stop (`translated by Gary Goldberg for
  CWIHP http://...`): the project is no part of the name (citation row `translator`);
- a record's title naming the guest with his offices after a comma before the city
  (`Record of a Conversation of M. S. Gorbachev with President of Afghanistan, General
  Secretary of the CC PDPA Najibullah, Tashkent`): the last part after a comma is the place
  of origin, a place the register knows (title-facts row `registered-place`);
- a minutes' attendance formula inside a line, as a PDF export runs the heading on (`...
  Boyana Residence The meeting was attended by: From the Bulgarian side – A, B and C. From
  the Cuban side – D and E.`): the names the register lacks are persons, each side's label
  closed by a dash, the list ending at the sentence after it (`attendance_names`:
  `_MID_LABEL`, `_SENTENCE_END`, `_INNER_LABEL`, `_ITEM`);
- a register person's full name with one slip in its surname, a letter the PDF's font lost
  or a typist left out, or two letters swapped (`Emil Bodnras`, `Ion Gheorghe Mauer`, `Emil
  Bondaras`): the register person with those given names (`letter_slips`, from
  `spelling.misread_of`);
- a signer's office and his name between slashes on one line (`First deputy-head of the ...
  department of the CC BCP: /K. Atanassov/`) close the document, so the staging mirror's
  summary under it is the page's summary (`pages/summary._SIGNATURE_MARK`);
- the register knows the Romanian Executive Committee's members of the 1970s (Manea Mănescu,
  Ion Stănescu, Vasile Patilineț, ...), Bulgarian Politburo members (Peko Takov, Penyu
  Kiratsov), the KGB's Georgy Tsinev (`Zinyov`), Viktor Grushko, Filipp Bobkov
  and Ivan Abramov, the Stasi's Willi Damm, and Komeito's Takeiri Yoshikatsu; and Alexei
  Roshchin, the Soviet delegate to the Geneva disarmament talks of the 1960s (a bare
  `Roshchin` of 1966 is he, of 1950 Nikolai Roshchin, ambassador in Beijing, by their
  offices' years), and Mohammad Hasan Sharq (`Mohamad Hassan Shark`), Afghan prime minister.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

GORBACHEV = (
    "May 4, 1987 Record of a Conversation of M. S. Gorbachev with the General Secretary of the "
    "SED CC, Erich Honecker, Moscow\n\nTotal Page:16\n\nFile Type:pdf, Size:1020Kb\n\n"
    "Digital Archive digitalarchive.wilsoncenter.org International History Declassified May 4, "
    "1987 Record of a Conversation of M. S. Gorbachev with the General Secretary of the SED CC, "
    "Erich Honecker, Moscow Citation: “Record of a Conversation of M. S. Gorbachev with the "
    "General Secretary of the SED CC, Erich Honecker, Moscow,” May 4, 1987, History and Public "
    "Policy Program Digital Archive, Gorbachev Foundation, Moscow. Provided by Anatoly Chernyaev "
    "and translated by Gary Goldberg for CWIHP http://digitalarchive.wilsoncenter.org/document/"
    "900761 Summary: The two leaders talk about the plan. Original Language: Russian Contents: "
    "English Translation M. S. GORBACHEV. I am glad to see you, Erich.\n")


def test_translator_ends_before_the_project_and_the_address(resources: Resources) -> None:
    facts = text_facts(GORBACHEV, resources)
    assert facts["translator"] == "Gary Goldberg"
    assert facts["source_url"] == "http://digitalarchive.wilsoncenter.org/document/900761"
    assert '<persName ref="#per-gary-goldberg">Gary Goldberg</persName>' in text_xml(
        GORBACHEV, resources)


def test_office_after_a_comma_before_the_city_of_the_title(resources: Resources) -> None:
    assert text_facts(GORBACHEV, resources)["place_of_origin"] == "Moscow"
    current = ("Skip to content\n\nMay 5, 1986\n\nRecord of Conversation between Todor Zhivkov "
               "and Erich Honecker, General Secretary of the SED CC, Varna\n\n"
               "This document was made possible with support from Leon Levy Foundation\n\n"
               "Comrade Zhivkov welcomed the guest at the residence.\n")
    assert text_facts(current, resources)["place_of_origin"] == "Varna"


MINUTES = (
    "June 9, 1981 Minutes of the Meeting between Todor Zhivkov and Yumjaagiin Tsedenbal Digital "
    "Archive digitalarchive.wilsoncenter.org International History Declassified June 9, 1981 "
    "Minutes of the Meeting between Todor Zhivkov and Yumjaagiin Tsedenbal Citation: “Minutes "
    "of the Meeting between Todor Zhivkov and Yumjaagiin Tsedenbal,” June 9, 1981, History and "
    "Public Policy Program Digital Archive, Central State Archive, Sofia, Fond 1-B, Record 66, "
    "File 3012. Summary: The two leaders talk. Original Language: Bulgarian Contents: English "
    "Translation Minutes of the meeting 9th June 1981, Varna The meeting was attended by: From "
    "the Bulgarian side – Grisha Filipov, Rumen Velikov and Dimo Kirilov Dimov. From the "
    "Mongolian side – Batbayar Dorjsuren and Tseren Ochir. Comrade Todor Zhivkov Opened the "
    "Meeting, Sergei Ivanov Petrov and Guests.\n")


def test_attendance_formula_inside_a_run_on_line(resources: Resources) -> None:
    xml = text_xml(MINUTES, resources)
    for name in ("Rumen Velikov", "Dimo Kirilov Dimov", "Batbayar Dorjsuren", "Tseren Ochir"):
        assert f">{name}</persName>" in xml, name
    assert ">Sergei Ivanov Petrov</persName>" not in xml  # after the list's end


def test_attendance_list_keeps_to_its_line_label(resources: Resources) -> None:
    text = ("Skip to content\n\nJune 9, 1981\n\nMinutes of a Meeting\n\n"
            "From the Bulgarian side – Rumen Velikov, Dimo Dimov.\n\n"
            "The talks went well.\n")
    xml = text_xml(text, resources)
    assert ">Rumen Velikov</persName>" not in xml  # no formula, no line label: no list


SCRIBD = (
    "You are on page 1of 9\n\nDigital Archive digitalarchive.wilsoncenter.\n\n"
    "International History Declassified\n\nApril 3, 1974\n\n"
    "Minutes of the Meeting of the Executive Committee of the CC of the RCP\n\n"
    "Comrades Nicolae Ceauescu, Ion Gheorghe Mauer, Emil Bodnras, Manea Mnescu, Ion Stnescu,\n"
    "Vasile Patiline.\n\nComrade Emil Bondaras:\n\nWe met Ion Bondaras at the station.\n")


def test_slipped_surname_is_the_register_person(resources: Resources) -> None:
    xml = text_xml(SCRIBD, resources)
    assert '<persName ref="#per-ion-gheorghe-maurer">Ion Gheorghe Mauer</persName>' in xml
    assert '<persName ref="#per-emil-bodnaras">Emil Bodnras</persName>' in xml
    assert '<persName ref="#per-emil-bodnaras">Emil Bondaras</persName>' in xml
    assert '<persName ref="#per-emil-bodnaras">Ion Bondaras</persName>' not in xml
    other = text_xml(SCRIBD.replace("Ion Bondaras", "Nguyen Van Hieu"), resources)
    assert 'ref="#per-nguyen-van-thieu"' not in other  # the first letter is never a slip


def test_register_knows_the_executive_committee(resources: Resources) -> None:
    xml = text_xml(SCRIBD, resources)
    assert '<persName ref="#per-manea-manescu">Manea Mnescu</persName>' in xml
    assert '<persName ref="#per-ion-stanescu">Ion Stnescu</persName>' in xml
    assert '<persName ref="#per-vasile-patilinet">Vasile Patiline</persName>' in xml


def test_register_bulgarian_and_kgb_officials(resources: Resources) -> None:
    text = ("Skip to content\n\nFebruary 9, 1983\n\nNote About the Talks\n\n"
            "Participants: Comrade Zinyov, Comrade Grushko, Peko Takov.\n\n"
            "Comrade Bobkov conveys greetings to Takeiri Yoshikatsu.\n")
    xml = text_xml(text, resources)
    for ident in ("per-georgy-tsinev", "per-viktor-grushko", "per-peko-takov",
                  "per-filipp-bobkov", "per-takeiri-yoshikatsu"):
        assert f'ref="#{ident}"' in xml, ident


def test_roshchin_of_the_disarmament_talks_is_alexei(resources: Resources) -> None:
    later = ("Skip to content\n\nNovember 22, 1966\n\nConcerning Roshchin's Talk with Foster\n\n"
             "Secret\n\nRoshchin told Foster that the draft treaty was ready.\n")
    earlier = ("Skip to content\n\nMay 13, 1950\n\nCiphered Telegram, Roshchin to Filippov\n\n"
               "Roshchin reports that the talks in Beijing went well.\n")
    assert 'ref="#per-alexei-roshchin"' in text_xml(later, resources)
    assert 'ref="#per-nikolai-roshchin"' in text_xml(earlier, resources)


MEMO = ("August 3, 1988\nMemorandum Regarding Support to Afghanistan\nTo\n"
        "Politburo of the Central Committee of the Bulgarian Communist Party\nComrades,\n"
        "Prime Minister Mohamad Hassan Shark asks for aid, and we propose a decision to approve "
        "it.\nAugust 3rd 1988\n"
        "First deputy-head of the Foreign Policy department of the CC BCP: /K. Atanassov/\n"
        "The Central Committee of the Bulgarian Communist Party widens its support for the "
        "Republic of Afghanistan.\nAuthor(s):\nAssociated People & Organizations\n"
        "Associated Places\nDocument Information\nSource\nOriginal Archive\nRights\n")


def test_office_and_slashed_name_close_before_the_summary(resources: Resources) -> None:
    facts = text_facts(MEMO, resources)
    assert facts["sender"] == ["K. Atanassov"]
    assert facts["signed"].endswith("/K. Atanassov/")
    assert facts["summary"].startswith("The Central Committee of the Bulgarian Communist Party")
    assert 'ref="#per-mohammad-hasan-sharq"' in text_xml(MEMO, resources)
