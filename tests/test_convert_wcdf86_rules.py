"""Rules for the Wilson Center Digital Archive's pages of East European, Middle Eastern,
African and Latin American documents (wave 86, wcdf86), learnt from real pages (Polish
ciphergrams of 1962 and a cryptogram of 1968, an SED stenographic transcript, a Soviet
minister-counsellor's journal from Havana, a Hungarian report from Havana):

- a Polish ciphergram's readers' line with the list left out by the editor and its note's
  number glued to the omission mark (`Received by: […]3`): a distribution line (`distribution`
  row of the processing table), the number the note's anchor (`brackets.SPECIAL` group
  `omitted`, `footnotes.marker_used`);
- the start of a title word the store cut at the page's end (`..., Comrade Wicha, Comrad`):
  no person (`cut_titles.cut_title_at`, asked by `inline.py`);
- a transcript's time mark (`(Begin: 1535 Hours)`): `Begin` is no Menachem Begin, neither a
  speaker's label before a clock time nor a name after the line's opening bracket
  (`office_surnames._speaker_label`, `office_surnames._joined`);
- `From the journal of` alone over the keeper's name (`M.A.Manasov`): the keeper is the
  record's sender (`named_parties._diarist`);
- an interlocutor named before the desk he holds (`Siomara Sánchez, the official in charge of
  Hungarian matters`): a person (`apposition-roles` label `official`);
- the docslib viewer's pager arrow alone on the first line (`<<`) over the Digital Archive PDF's
  labelled layout: page furniture, so the layout is read (`docbox-viewer` row);
- a plural noun of the subjects an archive title lists after a name and a comma (`Farzad
  Bazoft, Modifications to Iraq's Constitution`): no person (`not-names`);
- the archive's sentence after a shelfmark that a full stop ends (`... t-1263. Polish Foreign
  Ministry Archive (AMSZ), Warsaw. Obtained by ...`): its seat is marked in the citation
  (`archive_seat.seat`, asked by `header.py`);
- register: the Polish foreign ministry's directors (Eugeniusz Milnikiel, Maria Wierna,
  Przemysław Ogrodziński, Juliusz Katz-Suchy) and the party leaders on the readers' lists
  (Loga-Sowiński, Wicha, Strzelecki, Jarosiński, Korczyński), the Soviet ambassador in
  Bucharest Aleksandr Basov, Karl Marx, Friedrich Engels, Farzad Bazoft and Daphne Parish.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

CIPHERGRAM = ("October 25, 1962\nTelegram from Polish Embassy in Rio (Chabasiński), 25 October "
              "1962\nCiphergram No. 15741\n"
              "Dispatched from Rio de Janeiro on 10.25.1962 at 18:00 and received on 10.26.1962 "
              "at 03:10\nCame to the Decoding Department on 10.26.1962 at 03:20\n"
              "To: [Foreign Ministry Director Eugeniusz] MILNIKIEL1\n"
              "From: [Ambassador Tadeusz] CHABASINSKI\n"
              "The Brazilian ministry expects a quick vote in the Organization of American "
              "States.\n"
              "Received by: […]2\n"
              "[1] Eugeniusz Milnikiel, a director in the Polish Foreign Ministry.\n"
              "[2] Comrade Gomulka, Comrade Rapacki, Comrade Naszkowski, Comrad\n")


def test_readers_line_is_distribution_with_its_note_anchored(resources: Resources) -> None:
    xml = text_xml(CIPHERGRAM, resources)
    assert '<ab type="registry" subtype="distribution">Received by: <gap reason="omitted"/>' \
           '<note place="foot" n="2">' in xml


def test_title_cut_at_the_page_end_is_no_person(resources: Resources) -> None:
    xml = text_xml(CIPHERGRAM, resources)
    assert ">Comrad</persName>" not in xml and "Comrad\n" not in xml.split("</note>")[-1]
    assert ", Comrad</note>" in xml


def test_polish_director_registered(resources: Resources) -> None:
    facts = text_facts(CIPHERGRAM, resources)
    assert facts["addressee"] == ["Eugeniusz Milnikiel"]


TRANSCRIPT = ("March 9, 1982\nStenographic Transcript of the Talks between Erich Honecker and "
              "Yasser Arafat\n[SED Central Committee]\nTuesday, 9 March 1982\n"
              "(Begin: 1535 Hours)\nErich Honecker:\nI welcome you, Comrade Arafat.\n"
              "Yasser Arafat:\nI thank you.\n")


def test_transcript_time_mark_names_no_begin(resources: Resources) -> None:
    xml = text_xml(TRANSCRIPT, resources)
    assert "per-menachem-begin" not in xml
    assert "(Begin: 1535 Hours)" in xml


JOURNAL = ("May 24, 1979\nMemorandum of Conversation between M. Manasov and Raul Valdes Vivo\n"
           "From the journal of\nM.A.Manasov\nSECRET\ncopy no. 3\n\"24\" May 1979\n"
           "RECORD OF DISCUSSION\nwith comr. Raul Valdes Vivo\n7 May 1979\n"
           "I met with R.V. Vivo in the CC of the Party and informed him of the talks.\n")


def test_journal_keeper_under_provenance_line_is_sender(resources: Resources) -> None:
    facts = text_facts(JOURNAL, resources)
    assert facts["sender"] == ["M.A.Manasov"] or facts["sender"] == ["M. A. Manasov"]


REPORT = ("Havana, 12 March 1963\nSubject: Cuban-Hungarian relations.\n"
          "We invited the head of the department to a dinner.\n"
          "Pedro Alvarado, the official in charge of Hungarian matters, told us frankly that "
          "he was content.\n")


def test_official_in_apposition_is_a_person(resources: Resources) -> None:
    xml = text_xml(REPORT, resources)
    assert ">Pedro Alvarado</persName>" in xml


MARX = ("Bucharest, 28 August 1968\nCryptogram No 10001\nfrom Bucharest\nCom. Kruczkowski\n"
        "He insisted that the intervention was a mistake, referring to Marx and Lenin.\n")


def test_marx_registered(resources: Resources) -> None:
    xml = text_xml(MARX, resources)
    assert 'ref="#per-karl-marx">Marx</persName>' in xml


PDF = ("<<\n\nDigital Archive digitalarchive.wilsoncenter.org International History "
       "Declassified\n\n"
       "1989 Meeting between Saddam and Senior Iraqi Officials Discussing British Journalist "
       "Farzad Bazoft, Modifications to Iraq's Constitution\n\nCitation:\n\n"
       "\u201cMeeting between Saddam and Senior Iraqi Officials Discussing British Journalist "
       "Farzad Bazoft, Modifications to Iraq's Constitution,\u201d 1989, History and Public "
       "Policy Program Digital Archive, Conflict Records Research Center, National Defense "
       "University, SH-SHTP-A-000-999 http://digitalarchive.wilsoncenter.org/document/110999\n\n"
       "Summary:\n\nTranscript of a meeting on the constitution.\n\nOriginal Language:\n\n"
       "Arabic\n\nContents:\n\nEnglish Translation \u201cMeeting between Saddam and Senior Iraqi "
       "Officials\u201d\n\nDocument Date: Undated (sometime after 1989)\n\n"
       "CRRC Record Number: SH-SHTP-A-000-999\n\nSH-SHTP-A-000-999\n\n"
       "Key: UM = Unidentified Male Speaker\n\nSaddam Hussein: We shall discuss the "
       "constitution now.\n\nTariq Aziz: Yes, Sir.\n")


def test_pager_arrow_over_the_pdf_layout(resources: Resources) -> None:
    xml = text_xml(PDF, resources)
    assert "&lt;&lt;" not in xml.split("<text")[1]
    assert text_facts(PDF, resources)["original_language"] == "Arabic"


def test_subject_plural_after_a_name_is_no_person(resources: Resources) -> None:
    assert ">Modifications</persName>" not in text_xml(PDF, resources)


OLD = ("Search in\n\nDigital Archive International History Declassified\n\nOctober 24, 1962\n\n"
       "CITATION SHARE DOWNLOAD\n  \u2022 Citation\n\n    get citation\n\n"
       "    Paszkowski reports on the crisis.\n"
       "    \"Telegram from Polish Embassy in Moscow (Paszkowski), 24 October 1962,\" October 24, "
       "1962, History and Public Policy Program Digital Archive, Szyfrogramy from Moskwa 1962, "
       "6/77 w-83 t-1200. Polish Foreign Ministry Archive (AMSZ), Warsaw. Obtained by James G. "
       "Hershberg. https://digitalarchive.wilsoncenter.org/document/115700\n\n"
       "VIEW DOCUMENT IN\n\nEnglish HTML\n\nCiphergram No. 15600\n\nFrom: PASZKOWSKI\n\n"
       "The comrades believed that this was a bluff.\n")


def test_archive_sentence_after_the_shelfmark_marks_its_seat(resources: Resources) -> None:
    assert '(AMSZ), <placeName ref="#pla-warsaw">Warsaw</placeName>' in text_xml(OLD, resources)
