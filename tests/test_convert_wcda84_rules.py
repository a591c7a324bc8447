"""Rules for Wilson Center Digital Archive pages of Soviet, Chinese and Korean documents
(ciphered telegrams of the Korean War, Zhou Enlai's telegrams, ambassadors' journals) in the
current layout, its mirrors and the older layout as text-only copies give them (wcda84):

- a cipher office's copies line right under the page's title and date lines (`Copies:
  Stalin (2), Molotov, ...`, a mirror's page with no form line above it) is the heading's
  registry, never the archive's summary (`pages/summary_only.summary_in_head`);
- a Soviet foreign ministry's outgoing telegram lists its copies by number with each reader
  after `Comr.` (`1. Comr. Stalin`, `4. Comr. 10th department`, `5. Comr. Copy`): registry at
  the foot, never numbered points (table `processing`, a `distribution` row);
- a Soviet copy's authentication under the signature, a bracket over two lines (`[handwritten:
  authenticated: V. Chistov` / `MFA 17 September Spets N 1413]`), is registry, the summary under
  it the archive's (tables `foot-description` and `processing`, an `other` row);
- a typist's mark of a few letters alone under a CC department's outgoing number (`No.
  25-C-2236` / `Zab`) is registry, never the signature (`processing_lines._typist_mark`), and
  a day in curly quotes (`“15” October 1956`, the Soviet typist's quotes) is the day
  (`date_shapes`, `dates._NUMBER_START`);
- over the page's foot, a long sentence naming the document by the title's form and its
  parties (`Telegram from the Ambassador of the USSR in the DPRK to the chairman of ...`) is
  the archive's summary (`pages/summary_form.form_summary`, asked by `pages/summary`);
- the older layout's viewer tabs under the translation (`ORIGINAL SCAN PDF`, `Click here to
  view the PDF file in a new window.`) are page furniture (table `navigation`);
- a text-only copy that runs the whole document onto one line ends it with the signer's name
  and the date (`... this month. Zhou Enlai November 4 [1950]`): when the title names that
  person, the name and the date are the close (`pages/glued_close.split_glued_close`,
  called from `pages.read_pages`);
- `Friendship` opens no person's name (`the Soviet-Korean Friendship Society`: table
  `not-names`);
- a Russian archive's leaves written without a space before a padded number (`ll.0055`)
  keep their letters in the shelfmark (`ocr_dates._FIGURES_RUN`);
- a party's name the title completes in brackets (`Comrade [Liu] Shaoqi`, `Chairman Gao
  [Gang]`) is read whole when the joined words are a register person's name
  (`title_supplied.joined_supplied`, called from `parties.title_parties`);
- the Jilin and Liaoning towns of the Korean War's rear (Linjiang, Ji'an, Benxi, Meihekou)
  are register places, and two translators' misspellings (`Zhao Enlai`, `Wan Xia Sang`)
  name Zhou Enlai and Wang Jiaxiang (`corpus/register`).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FOOT = ("Document Information\n\nSource\n\nAPRF, f. 45, op. 1, d. 330, l. 12.\n\nRights\n\n"
        "The History and Public Policy Program welcomes reuse of Digital Archive materials.\n")


def _mirror(title: str, text: str) -> str:
    return f"Skip to content\n\nApril 2, 1951\n\n{title}\n\n\n{text}{FOOT}"


COPIES_UNDER_TITLE = _mirror(
    "Ciphered telegram, Roshchin to USSR Foreign Ministry",
    "Copies: Stalin (2), Molotov, Malenkov, Bulganin, Vyshinsky, Copy.\n\n"
    "From BEIJING No. 2207 11 hours 20\nminutes, 2.4.1951\n\n"
    "Zhou Enlai asked me to thank comrade Filippov for the answer about the trucks and said that "
    "the first column will leave Andong next week.\n\n2.4.51 ROSHCHIN\n\n"
    "Roshchin tells Moscow that the Chinese thank Stalin for his answer about the trucks.\n\n")


def test_a_copies_line_under_the_title_is_no_summary(resources: Resources) -> None:
    facts = text_facts(COPIES_UNDER_TITLE, resources)
    assert facts["summary"].startswith("Roshchin tells Moscow")
    assert facts["signed"] == "ROSHCHIN"


COMR_COPIES = _mirror(
    "Ciphered Telegram No. 9012, Vyshinsky to Roshchin",
    "Destination: BEIJING  To Whom: SovAmbassador\n\nFor Zhou Enlai.\n\n"
    "Inform Zhou Enlai that the Soviet Government agrees to receive the delegation in May.\n\n"
    "Telegraph the fulfillment.\n\n3 copies\n\n2 April 1951\n\n1. Comr. Stalin\n\n"
    "2. Comr. 10th department\n\n3. Comr. Copy\n\n")


def test_a_ministrys_comr_copies_list_is_registry(resources: Resources) -> None:
    facts = text_facts(COMR_COPIES, resources)
    assert facts["numbered_points"] == 0
    assert "1. Comr. Stalin" in facts["registry_notes"]
    assert "3. Comr. Copy" in facts["registry_notes"]


GLUED = (
    "TELEGRAM FROM ZHOU ENLAI TO NI ZHILIANG\nCITATION SHARE DOWNLOAD-\nCitation\nget citation\n"
    "China agrees to receive Korean students.\"Telegram from Zhou Enlai to Ni Zhiliang,\" March 6, "
    "1951, History and Public Policy Program Digital Archive, Zhou Enlai wengao, vol. 4, 77. "
    "Translated by Li Hong.\n- Download\nVIEW DOCUMENT IN\nEnglish HTML\n"
    "Ambassador Ni [Zhiliang]: Your telegram of the 4th has been received. We "
    "agree that the Korean students may travel through Andong and Shenyang, and that their "
    "teachers come with them. Please tell the Korean side to send the list of names before the "
    "end of the month, and report to us on the date of their departure. Zhou Enlai March 6 "
    "[1951]\nORIGINAL SCAN PDF\nClick here to view the PDF file in a new window.\n")


def test_a_close_glued_to_the_last_sentence_is_the_signature(resources: Resources) -> None:
    facts = text_facts(GLUED, resources)
    assert facts["signed"] == "Zhou Enlai"
    xml = text_xml(GLUED, resources)
    assert "Click here to view" not in xml.split("<text")[1]
    assert "ORIGINAL SCAN" not in xml.split("<text")[1]


GLUED_OTHER = GLUED.replace("Zhou Enlai March 6", "Liu Shaoqi March 6")


def test_a_name_the_title_does_not_name_stays_in_the_text(resources: Resources) -> None:
    facts = text_facts(GLUED_OTHER, resources)
    assert facts["signed"] is None


FRIENDSHIP = _mirror(
    "Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 3 April 1960",
    "Pak Geum-cheol asked who will head the delegation of the Soviet-Korean Friendship Society "
    "invited to the DPRK for the Korean-Soviet Friendship Month.\n\n")


def test_a_friendship_society_is_no_person(resources: Resources) -> None:
    xml = text_xml(FRIENDSHIP, resources)
    assert "per-friendship-society" not in xml


LEAVES = _mirror("Ciphered Telegram No. 3117, Filippov [Stalin] to Mao Zedong",
                 "Comrade MAO ZEDONG!\n\nWe agree with your proposal.\n\nFILIPPOV\n\n"
                 ).replace("l. 12.", "d. 334, ll.0055.")


def test_russian_leaves_keep_their_letters(resources: Resources) -> None:
    facts = text_facts(LEAVES, resources)
    assert "ll.0055" in facts["archive_idno"]


JILIN = _mirror("Telegram from Zhou Enlai to Gao Gang",
                "Chairman Gao: the machines may be kept at Linjiang, Ji'an, Benxi and Meihekou "
                "for the time being, as Zhao Enlai and Wan Xia Sang agreed.\n\nZhou Enlai\n\n")


def test_the_war_rears_towns_and_two_misspellings_are_known(resources: Resources) -> None:
    xml = text_xml(JILIN, resources)
    for ref in ("pla-linjiang", "pla-jian-jilin", "pla-benxi", "pla-meihekou",
                "per-wang-jiaxiang"):
        assert f'ref="#{ref}"' in xml, ref
    assert "per-zhao-enlai" not in xml


SUPPLIED_IN_TITLE = _mirror(
    "Report, Zhou Enlai to the Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central "
    "Committee",
    "To the Chairman, Comrade Shaoqi and the Central Committee:\n\nWe met Comrade Stalin this "
    "evening and will report on the talks tomorrow.\n\nZhou Enlai\n\n")


def test_a_surname_supplied_in_the_title_joins_its_given_name(resources: Resources) -> None:
    facts = text_facts(SUPPLIED_IN_TITLE, resources)
    assert facts["addressee"] == ["Mao Zedong", "Liu Shaoqi"]


AUTHENTICATED = _mirror(
    "Telegram from A. Mikoyan to the CPSU Central Committee",
    "Secret\n\n[to the] CPSU CC\n\nToday we met the Korean comrades and passed them the "
    "opinion of the CC about the plenum's decision.\n\nA. Mikoyan\n\n18 September 1956\n\n"
    "[handwritten: authenticated: V. Chistov\n\n \n\nMFA 18 September Spets N 1422]\n\n"
    "Mikoyan reports on his meeting with the Korean delegation about the plenum.\n\n")


def test_a_soviet_copys_authentication_is_registry(resources: Resources) -> None:
    facts = text_facts(AUTHENTICATED, resources)
    assert facts["signed"] == "A. Mikoyan"
    assert "MFA 18 September Spets N 1422" in facts["registry_notes"]
    assert facts["summary"].startswith("Mikoyan reports")


TYPIST = _mirror(
    "CPSU CC International Department Report on a Conversation between Ambassador Ivanov and "
    "Kim Il Sung",
    "TO THE CPSU CENTRAL COMMITTEE\n\nCde. Ivanov reported that Kim Il Sung does not consider "
    "it necessary to publish the whole decree of the plenum.\n\nWe consider it expedient to "
    "inform the Chinese ambassador of this conversation.\n\nDeputy Director of the Department\n\n"
    "(I. Vinogradov)\n\n“16” October 1956\n\nNo. 25-C-2240\n\nZab\n\n")


def test_a_typists_mark_under_the_number_is_no_signature(resources: Resources) -> None:
    facts = text_facts(TYPIST, resources)
    assert "I. Vinogradov" in facts["signed"]
    assert "Zab" not in facts["signed"]
    assert "Zab" in facts["registry_notes"]
    xml = text_xml(TYPIST, resources)
    assert ">“16” October 1956</date>" in xml  # the quoted day inside the date


FORM_SUMMARY = _mirror(
    "Telegram from Shtykov to USSR Council of Ministers",
    "No. 1502\n\n12 October 1950 14.05\n\nToday I met with Kim Il Sung and passed him your "
    "answer about the aircraft.\n\nKim Il Sung thanked the Soviet government and said that the "
    "pilots will be ready to leave for the Soviet Union within a week.\n\n\n\n"
    "Telegram from the Ambassador of the USSR in the DPRK to the chairman of the Council of "
    "Ministers of the USSR about the North Korean leadership's answer on the training of "
    "pilots.\n\n")


def test_a_summary_naming_the_document_by_its_form_is_the_summary(
        resources: Resources) -> None:
    facts = text_facts(FORM_SUMMARY, resources)
    assert (facts["summary"] or "").startswith("Telegram from the Ambassador of the USSR")
