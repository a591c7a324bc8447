"""The body's language read from its own words (lang46, `tei.convert.text_language`).

- The table `corpus/patterns/language_evidence.xml` scores the languages of the body's
  script by their function words and settling letters; a short body, or one without
  evidence enough, keeps the edition's language; a quoted phrase or an editor's bracket is
  no evidence.
- The TEI gives the body's language in `langUsage` and, when it is not the edition's, in
  `text/@xml:lang` (the root keeps the edition's).
- `M.` before a surname in a French or Italian text is Monsieur, never the person's
  initial (`M. Tshombe`), and introduces a name the register lacks (`M. BOGOMOLOV`); in an
  English text it stays an initial (`M. Dayan:`).
- A declined form of the register (`declension.xml`) matches only in a text of its
  language, once the body's words have settled it (a short body's language is the
  edition's by default and excludes none).
"""

from __future__ import annotations

import re

import pytest

from tei.convert.register import Register
from tei.convert.text_language import evidence, language_of, reading
from tests.cases import text_xml

_RUSSIAN = ("Сегодня я посетил министра и передал ему ответ правительства. Он сказал, что "
            "доложит об этом в тот же день и что ответ будет дан не позднее чем через неделю.")
_SERBIAN = ("Данас сам посетио министра који ми је рекао да ће влада одговорити до краја "
            "месеца. Он је такође рекао да ће делегација ђенерала стићи у уторак.")
_UKRAINIAN = ("Сьогодні я відвідав міністра, який сказав, що уряд відповість до кінця "
              "місяця. Він також повідомив, що делегація прибуде у вівторок і що їх буде п'ять.")
_FRENCH = ("J'ai vu ce matin le ministre qui m'a dit que la situation dans la province est "
           "très grave et que le gouvernement ne fait rien pour rétablir l'ordre.")
_ITALIAN = ("Il ministro mi ha detto che la situazione della provincia è molto grave e che il "
            "governo non fa nulla per l'ordine pubblico nella capitale.")
_SPANISH = ("El ministro me ha dicho que la situación de la provincia es muy grave y que el "
            "gobierno no hace nada para restablecer el orden en la capital.")
_PORTUGUESE = ("O ministro disse-me que a situação da província é muito grave e que o governo "
               "não faz nada para restabelecer a ordem na capital.")
_ROMANIAN = ("Ministrul mi-a spus că situația în provincie este foarte gravă și că guvernul nu "
             "face nimic pentru restabilirea ordinii în capitală.")
_HUNGARIAN = ("A miniszter közölte velem, hogy a kormány kész a tárgyalásokat megkezdeni, de a "
              "küldöttség összetételéről csak később dönt, és erről értesíteni fog.")
_GREEK = ("Σήμερον επεσκέφθην τον Υπουργόν, ο οποίος μοι εξέθεσε τας απόψεις της Κυβερνήσεως "
          "και είπεν ότι η δύναμις πρέπει να αφιχθή το ταχύτερον.")
_CHINESE = "外交部：我们同意你的意见，这个问题应当在会谈中提出，请你们注意他们的反应并及时报告。"
_JAPANESE = ("本日外務大臣ト会談シタルニ同大臣ハ政府ノ方針ニ付キ詳細ニ説明シタリ。"
             "右何分ノ御回示ヲ請フ。")
_KOREAN = ("오늘 외무부 장관을 방문하여 정부의 입장을 설명하였으며 "
           "장관은 다음 주에 회답하겠다고 말하였음.")
_ENGLISH = ("The Minister told me this morning that the government is not ready to sign the "
            "agreement and that he would see the Ambassador before the end of the week.")


@pytest.mark.parametrize(("text", "code"), [
    (_RUSSIAN, "ru"), (_SERBIAN, "sr"), (_UKRAINIAN, "uk"), (_FRENCH, "fr"), (_ITALIAN, "it"),
    (_SPANISH, "es"), (_PORTUGUESE, "pt"), (_ROMANIAN, "ro"), (_HUNGARIAN, "hu"),
    (_GREEK, "el"), (_CHINESE, "zh"), (_JAPANESE, "ja"), (_KOREAN, "ko"), (_ENGLISH, "en"),
])
def test_the_body_names_its_language(text: str, code: str) -> None:
    assert language_of(text, "en") == code


def test_a_short_body_keeps_the_edition_language() -> None:
    assert reading("Reçu le 10 août.", "en") == ("en", False)
    assert reading("Срочно. Молотову.", "en") == ("en", False)
    assert reading(_ENGLISH, "en") == ("en", True)


def test_quoted_phrases_and_brackets_are_no_evidence() -> None:
    quoted = ("He said that we must read « la déclaration de principes que nous avons "
              "proposée avec les autres » [sic: la déclaration des principes] before we sign.")
    assert language_of(quoted, "en") == "en"
    assert language_of(_FRENCH, "en") == "fr"


def test_a_body_of_another_edition_language() -> None:
    """An edition in French keeps French for a body with no evidence of another."""
    assert language_of("Vu ce matin le ministre. Rien de nouveau. Suite demain.", "fr") == "fr"


def test_table_lists_honorific_initials() -> None:
    table = evidence()
    assert "M." in table.honorifics("fr") and "MM." in table.honorifics("fr")
    assert not table.honorifics("en")
    assert table.language_name("ru-Latn") == "Russian"


_FR_TEL = ("Léopoldville, le 14 juillet 1960.\n\n" + _FRENCH.replace("le ministre", "M. Tshombe")
           + " Il a ajouté que M. Tshombe ne recevra pas les troupes avant la fin du mois.\n\n"
           "DUPONT\n")
_EN_PROTOCOL = ("Jerusalem, 12 March 1978\n\nM. Dayan: We have studied the proposal with care "
                "and we think that it can be improved in several places before the end of the "
                "week.\nM. Dayan: You will have it on Thursday.\n")


def test_monsieur_before_a_surname_in_french(resources) -> None:
    xml = text_xml(_FR_TEL, resources)
    assert re.search(r'M\. <persName ref="#per-moise-tshombe">Tshombe</persName>', xml)
    assert '<text xml:lang="fr">' in xml
    assert '<language ident="fr">French</language>' in xml
    assert re.search(r'<TEI [^>]*xml:lang="en"', xml)


def test_monsieur_introduces_a_name_in_french(resources) -> None:
    text = _FR_TEL.replace("DUPONT", "M. BOGOMOLOV n'a rien dit de la suite.\n\nDUPONT")
    assert re.search(r'M\. <persName ref="#per-[a-z-]*bogomolov">BOGOMOLOV</persName>',
                     text_xml(text, resources))
    english = _EN_PROTOCOL + "\nM. BOGOMOLOV was not present.\n"
    assert "BOGOMOLOV</persName>" not in text_xml(english, resources)


def test_an_initial_before_a_surname_in_english(resources) -> None:
    xml = text_xml(_EN_PROTOCOL, resources)
    assert '<persName ref="#per-moshe-dayan">M. Dayan</persName>' in xml
    assert "<text>" in xml and '<language ident="en">English</language>' in xml


def test_declined_forms_only_in_their_language(resources) -> None:
    register: Register = resources.register
    try:
        register.read_in("en")
        assert not [m for m in register.find("Moszkvában") if m.form == "Moszkvában"]
        register.read_in("hu")
        assert [m.entry.id for m in register.find("Moszkvában")] == ["pla-moscow"]
    finally:
        register.forget()
    assert [m.entry.id for m in register.find("Moszkvában")] == ["pla-moscow"]


def test_a_hungarian_body_matches_declined_names(resources) -> None:
    hungarian = ("Bécs, 1956. február 21.\n\n" + _HUNGARIAN + " A küldöttség a jövő héten "
                 "Moszkvába utazik.\n")
    xml = text_xml(hungarian, resources)
    assert '<placeName ref="#pla-moscow">Moszkvába</placeName>' in xml
    assert '<text xml:lang="hu">' in xml
