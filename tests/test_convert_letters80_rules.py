"""Rules for leaders' letters as periodicals, editions and archives print them (letters80):

- a weekly's running head with its issue set apart from its name (`PEKING REVIEW      No. 38,
  September 22, 1959`) is one line (`read_cells._PERIODICAL_HEAD`) and page furniture (table
  `page-furniture`, row `running-head`): the issue's date is not the letter's, its number no
  telegram's or sender's number;
- a page number alone under the closer (`7`) is a page foot, and the closer stands over it
  (`release_lines.page_feet`);
- `To His Excellency` opens an inside address (table `inside-address`, row `style`);
- a hyphenated language in a translation line (`Translation from Serbo-Croatian`), and the
  Russian, Ukrainian or Bulgarian line (`Перевод с китайского`: the genitive the `languages`
  table names; the English name is kept, `heading_places`) (table `heading`, row `language`);
- the Archives of Yugoslavia's presidential fonds named in words with its sigla and box
  (`Kabinet Predsednika Republike (KPR), I-3-a/UAR, kut. 112`), a Russian reference with its
  words written out (`Фонд 45, опись 1, дело 334, листы 12–14`), and an archive named in
  Cyrillic as the repository (`Архив Президента Российской Федерации`) (tables
  `archival-reference`, `repository`);
- a translator's note in the original's language under the signature (`Перевел: Н.
  Федоренко`; table `citation`, row `translator`);
- a Russian edition's heading in capitals under its number (`№ 118` / `ПИСЬМО Л.И. БРЕЖНЕВА
  ПРЕЗИДЕНТУ США Р. НИКСОНУ`) is the title (table `page-title`; `письмо`, `послание` in
  `doc-types`; `pages/titles.is_title`).

Seen on the held samples after scoring:

- the State Department Bulletin's running head on two lines (`THE DEPARTMENT OF STATE
  BULLETIN` / `Vol. XLVII, No. 1220, November 12, 1962`) is furniture (table
  `page-furniture`);
- its line naming the release a letter was taken from (`White House press release dated
  October 28`) is a heading line, not the letter's form (table `heading`, row `other`);
- an editors' bracketed translation note naming who translated (`[Translation from Spanish
  by the National Security Archive]`) names the original language (table `heading`, row
  `language`); a bracketed note without `by` stays as it was.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

REVIEW = ("PEKING REVIEW                                   No. 38, September 22, 1959\n\n"
          "Dear Mr. Prime Minister,\n\n"
          "I have received your letter of March 22, which Ambassador Parthasarathy handed "
          "to me.\n\nWith sincere regards,\n\n"
          "                        (Signed) CHOU EN-LAI\n"
          "                 Premier of the State Council\n\n"
          "Peking, September 8, 1959\n\n                                        7\n")


def test_periodical_running_head_and_page_number(resources: Resources) -> None:
    facts = text_facts(REVIEW, resources)
    assert facts["date"] == "1959-09-08"
    assert facts["outgoing_number"] is None and facts["telegram_number"] is None
    assert facts["place_of_origin"] == "Beijing"
    assert "CHOU EN-LAI" in str(facts["signed"])


TITO = ("ARHIV JUGOSLAVIJE\nKabinet Predsednika Republike (KPR), I-3-a/UAR, kut. 112\n\n"
        "Translation from Serbo-Croatian\n\nTo His Excellency\nGamal Abdel Nasser,\n"
        "President of the United Arab Republic\nC a i r o\n\n"
        "Dear Mr. President and dear friend,\n\n"
        "I would be glad to have your opinion on the conference.\n\n"
        "With warmest personal regards,\n\n          J. B. Tito\n\nBrioni, 14 March 1961\n")


def test_to_his_excellency_address_kpr_reference_hyphenated_language(
        resources: Resources) -> None:
    facts = text_facts(TITO, resources)
    assert facts["addressee"] == ["Gamal Abdel Nasser"]
    assert facts["archive_idno"] == "Kabinet Predsednika Republike (KPR), I-3-a/UAR, kut. 112"
    assert facts["original_language"] == "Serbo-Croatian"


MAO = ("Архив Президента Российской Федерации\nФонд 45, опись 1, дело 334, листы 12–14\n\n"
       "Перевод с китайского\n\nТоварищу СТАЛИНУ\n\nДорогой товарищ Сталин!\n\n"
       "Посылаю Вам с товарищем Ван Цзясяном проект договора.\n\n"
       "С коммунистическим приветом\n\nМАО ЦЗЭДУН\n\nПекин, 2 ноября 1949 г.\n\n"
       "Перевел: Н. Федоренко\n")


def test_russian_archive_letter_in_words(resources: Resources) -> None:
    facts = text_facts(MAO, resources)
    assert facts["repository"] == "Архив Президента Российской Федерации"
    assert facts["archive_idno"] == "Фонд 45, опись 1, дело 334, листы 12–14"
    assert facts["original_language"] == "Chinese"
    assert facts["translator"] == "Н. Федоренко"
    assert '<persName ref="#per-nikolai-fedorenko">Н. Федоренко' in text_xml(MAO, resources)
    assert facts["sender"] == ["Mao Zedong"]
    assert facts["date"] == "1949-11-02"


BREZHNEV = ("№ 118\n\nПИСЬМО Л.И. БРЕЖНЕВА ПРЕЗИДЕНТУ США Р. НИКСОНУ\n\n"
            "Уважаемый господин Президент,\n\nПосол А.Ф. Добрынин доложил мне о Вашей беседе."
            "\n\nС уважением,\n\nЛ. БРЕЖНЕВ\n\nМосква, Кремль\n20 марта 1972 года\n")


def test_russian_edition_heading_under_number_is_title(resources: Resources) -> None:
    facts = text_facts(BREZHNEV, resources)
    assert str(facts["title"]).startswith("ПИСЬМО Л.И. БРЕЖНЕВА")
    assert facts["doc_type"] == "letter"
    assert "НИКСОНУ</persName>" in text_xml(BREZHNEV, resources)


BULLETIN = ("THE DEPARTMENT OF STATE BULLETIN\nVol. XLVII, No. 1220, November 12, 1962\n\n"
            "PRESIDENT KENNEDY TO CHAIRMAN KHRUSHCHEV\n\n"
            "White House press release dated October 28\n\nOCTOBER 28, 1962\n\n"
            "DEAR MR. CHAIRMAN: I am replying at once to your broadcast message.\n\n"
            "JOHN F. KENNEDY\n")


def test_bulletin_running_head_and_press_release_line(resources: Resources) -> None:
    facts = text_facts(BULLETIN, resources)
    assert facts["date"] == "1962-10-28"
    assert facts["doc_type"] == "letter"
    assert facts["addressee"] == ["Nikita Khrushchev"]
    assert "XLVII" not in text_xml(BULLETIN, resources)


CASTRO = ("[Translation from Spanish by the National Security Archive]\n\n"
          "Havana, November 3, 1962.\n\nDear Comrade Khrushchev:\n\n"
          "I have received your letter of October 30.\n\nFraternally,\n\n"
          "(signed) Fidel Castro Ruz\n")


def test_bracketed_translation_note_with_translator(resources: Resources) -> None:
    assert text_facts(CASTRO, resources)["original_language"] == "Spanish"
