"""Rules for documents reposted by works mirrors, blogs and reference archives, learnt from
real pages (repost85):

- a works mirror's breadcrumb left open after its last link (`Leon Trotsky > 1919 >`) is
  page furniture (row `breadcrumb`), and so is the mirror's filing line with the work's day
  as eight figures (`Leon Trotsky 19190125 Telegram to Lenin`, row `site-key`): the title
  set under it with the author before a colon is the title;
- The Trotsky Papers' number, grade and day (`No. 9. Secret. 25/1.1919`) give the telegram's
  number and its day (`heading-soviet` row `cable-number`; the day-slash-month-stop-year
  shape in `date_mixed`);
- one plural title before two names (`Message From Chairmen Khrushchev and Brezhnev to
  President Kennedy`) is an honorific of both (`honorifics`: `Chairmen`, `Presidents`,
  `Premiers`);
- the Marxists Internet Archive's credit line with an ampersand (`Transcription & Markup:`)
  or `Markup:` alone is a credits field; its `Download: PDF`, its volume link with the
  volume's span (`Collected Works: Volume 28 (July 1918—March 1919)`) and the author's index
  (`Lenin’s Works by Date`) are furniture (rows `navigation`, `mia-navigation`);
- the bare close `Yours,` before the signer's name (`Yours, Lenin.`) is the close and the
  signature (table `valediction-signed`); an editors' bracketed note under a postscript
  under that closer is the page's foot, the closer standing over it
  (`release_lines._closed_postscript`);
- RGASPI's name of 1991-1999 (`RTsKhIDNI, F.2, Op. 1, d. 6898.`) names the archive (row
  `reference`);
- the place before the date of an item page's `Written:` field (`Moscow, October 23, 1962,
  5 p.m.`), or the `Published:` field's `Sent from Moscow to Penza.`, is the place of origin
  (`worksitem.written_place`);
- a letter's paragraph of more than 30 words ending a sentence is no heading row under a
  lead-in, though it names a day and a place (`lead_in._heading_row`): the salutation and
  first paragraphs over it stay the letter's;
- a headnote's sentence giving the day before the form it introduces (`The following is a
  Jan. 18, 1946, letter written by ...`) dates the document (`headnote_dates`);
- a title's first line naming its parties and closed by a colon over the title's rest, over
  a record page's fields (`Khrushchev to Kennedy:` / `In Response to ...`), is one title with
  its parties (`record_top._parties_over_title`);
- the National Archives' stamp of 2011 on the Pentagon Papers' pages (`NND Project Number:
  NND 63316. By: NWD Date: 2011`) is a declassification line of the heading, no head
  (`heading-us-cable` row `declassification`);
- an untitled, unsigned text whose sentences are parted by a spelt-out `Stop` twice or more
  is a telegram (`dated_only_forms.telegraphese_form`, the type's last resort before the
  memorandum);
- register: the Penza Bolsheviks of 1918 (Yevgenia Bosch as `Bosh`, Kuraev, Minkin),
  Rakovsky, Myasnikyan (`Myasnikov`), Kozhevnikov, the cosmonauts Nikolayev and Popovich;
  Balashov, Arzamas; `Revel` for Tallinn.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text")[1]


TROTSKY_MIRROR = (
    "Leon Trotsky > 1920 > \n\n"
    "Leon Trotsky 19200304 Telegram to Lenin\n\n"
    "Leon Trotsky: Telegram to Lenin\n\n"
    "No. 41. Secret. 4/3.1920\n\n"
    "From: Arzamas\n\n"
    "To: Kremlin, Moscow – Lenin.\n\n"
    "The railway repairs go slowly; I ask that two more engineers be sent from Moscow at "
    "once, and that Rakovsky be told of the delay.\n\n"
    "Signed: Trotsky\n"
)


def test_open_breadcrumb_and_filing_line_are_furniture(resources: Resources) -> None:
    facts = text_facts(TROTSKY_MIRROR, resources)
    assert facts["title"] == "Leon Trotsky: Telegram to Lenin"
    assert "19200304" not in _text(text_xml(TROTSKY_MIRROR, resources))


def test_trotsky_papers_number_grade_and_day(resources: Resources) -> None:
    facts = text_facts(TROTSKY_MIRROR, resources)
    assert facts["telegram_number"] == "41"
    assert facts["date"] == "1920-03-04"
    assert facts["place_of_origin"] == "Arzamas"


TWO_CHAIRMEN = (
    "Message From Chairmen Khrushchev and Brezhnev to President Kennedy.\n\n"
    "Moscow, November 7, 1962.\n\n"
    "DEAR MR. PRESIDENT: We thank you for your greetings on our national day and send our "
    "good wishes to the American people.\n\n"
    "N. Khrushchev\n"
    "L. Brezhnev\n"
)


def test_plural_title_before_two_names(resources: Resources) -> None:
    facts = text_facts(TWO_CHAIRMEN, resources)
    assert facts["sender"] == ["Nikita Khrushchev", "Leonid Brezhnev"]
    assert "per-chairmen" not in text_xml(TWO_CHAIRMEN, resources)


MIA_LENIN = (
    "Vladimir Ilyich Lenin\n\n"
    "Telegram to the Saratov Soviet\n\n\n"
    "Written: September 2, 1918\n"
    "Source: From a museum exhibit of Soviet documents.\n"
    "Translated: A. N. Other (2010)\n"
    "Transcription & Markup: A. Volunteer (2010)\n"
    "Download: PDF\n\n"
    "To Saratov\n\n"
    "Comrades! Send the grain trains north without delay and report each one by wire.\n\n"
    "Yours, Lenin.\n"
    "PS. Report daily.\n\n"
    "RTsKhIDNI, F.2, Op. 1, d. 7001. L. 1.\n\n"
    "[Note: A second hand has added a date in pencil at the foot—Trans.]\n\n"
    "Collected Works: Volume 28 (July 1918—March 1919)\n"
    "Lenin’s Works by Date\n"
)


def test_mia_credit_download_and_volume_lines_are_not_text(resources: Resources) -> None:
    text = _text(text_xml(MIA_LENIN, resources))
    for words in ("Markup", "Download", "Works by Date", "Volume 28"):
        assert words not in text


def test_bare_yours_close_and_note_under_postscript(resources: Resources) -> None:
    facts = text_facts(MIA_LENIN, resources)
    assert facts["signed"] == "Lenin"
    assert "<salute>Yours,</salute>" in text_xml(MIA_LENIN, resources)


def test_rtskhidni_names_the_archive(resources: Resources) -> None:
    assert text_facts(MIA_LENIN, resources)["repository"] == "RTsKhIDNI"


MIA_WRITTEN = (
    "Nikita Khrushchev Reference Archive\n\n"
    "Khrushchev to Nasser\n\n"
    "Written: Moscow, November 5, 1956, 4 p.m.\n"
    "Source: Pravda, November 6, 1956.\n"
    "Markup: A. Volunteer\n\n"
    "Mr. President,\n\n"
    "The Soviet Government follows the events in Egypt with the greatest attention.\n"
)

MIA_SENT = (
    "V. I. Lenin\n\n\n"
    "Written: Written on August 20, 1918\n"
    "Published: First published in 1931. Sent from Moscow to Saratov. Printed from the "
    "original.\n"
    "Source: Lenin Collected Works, Volume 36.\n\n"
    "To the Gubernia Executive Committee, Saratov\n\n"
    "Your telegram received. Send the report at once.\n\n"
    "Chairman, Council of People’s Commissars\n"
)


def test_written_field_place_is_place_of_origin(resources: Resources) -> None:
    assert text_facts(MIA_WRITTEN, resources)["place_of_origin"] == "Moscow"
    assert text_facts(MIA_SENT, resources)["place_of_origin"] == "Moscow"


PENZA = (
    "Telegram to Comrades Kuraev and Bosh\n\n"
    "Comrades Kuraev, Bosh and Minkin! Report on the grain. Kozhevnikov and Myasnikov are "
    "expected in Revel and Balashov.\n\n"
    "Yours, Lenin.\n"
)


def test_register_names_of_the_civil_war(resources: Resources) -> None:
    text = _text(text_xml(PENZA, resources))
    for entry in ("per-vasily-kuraev", "per-yevgenia-bosch", "per-alexander-minkin",
                  "per-inocenty-kozhevnikov", "per-alexander-myasnikyan", "pla-tallinn",
                  "pla-balashov"):
        assert f'ref="#{entry}"' in text


HEADNOTE = (
    "Read Ho Chi Minh's Second Letter to Truman\n"
    "The following is a Feb. 3, 1946, letter written by Ho Chi Minh to U.S. President Harry "
    "Truman, kept in the U.S. National Archives.\n"
    "Dear Mr. President,\n"
    "I write again because the situation in our country has grown worse since my last letter "
    "and the people of Vietnam look to the great Republic for a word of support.\n"
    "In the summer of 1945, Vietnam rose against the Japanese and fought by the side of the "
    "Allies, and a national assembly was chosen by the whole people on January 6th 1946 in "
    "every province of the country.\n"
    "The French, who had given Indochina to the Japanese in September 1940, now return with "
    "their arms and attack our towns and villages one after the other, in the south first "
    "and now in the north.\n"
    "On December 2nd, 1945, their troops burned the market of a town near Saigon, and many "
    "hundreds of our people lost their homes in a single night of fire.\n"
)


def test_dated_paragraphs_are_no_heading_rows(resources: Resources) -> None:
    text = _text(text_xml(HEADNOTE, resources))
    assert "Dear Mr. President" in text
    assert "I write again" in text


def test_headnote_dates_the_document(resources: Resources) -> None:
    facts = text_facts(HEADNOTE, resources)
    assert facts["date"] == "1946-02-03"
    assert facts["sender"] == ["Ho Chi Minh"]


TWO_LINE_TITLE = (
    "Nikita Khrushchev Reference Archive\n"
    "(Sub Archive of Soviet Government Documents)\n\n"
    "Khrushchev to Nasser:\n"
    "On the aggression against Egypt\n\n"
    "Written: Moscow, November 5, 1956\n"
    "Source: Pravda, November 6, 1956.\n"
    "Markup: A. Volunteer\n\n"
    "Mr. President,\n\n"
    "The Soviet Government follows the events in Egypt with the greatest attention.\n"
)


def test_parties_line_over_title_rest(resources: Resources) -> None:
    facts = text_facts(TWO_LINE_TITLE, resources)
    assert facts["title"] == "Khrushchev to Nasser: On the aggression against Egypt"
    assert facts["sender"] == ["Nikita Khrushchev"]
    assert facts["addressee"] == ["Gamal Abdel Nasser"]


PENTAGON_PAGE = (
    "Declassified per Executive Order 13526, Section 3.3\n"
    "NND Project Number: NND 63316. By: NWD Date: 2011\n\n"
    "Ho Chi Minh to Sec of State\n\n"
    "Hochiminh President Provisional Government Vietnam Republic to His Excellency the "
    "Secretary of State Washington D.C.\n\n"
    "We ask again that the Vietnamese people be heard at the conference Stop Respectfully "
    "Hochiminh\n"
)


def test_pentagon_papers_stamp_is_declassification(resources: Resources) -> None:
    xml = text_xml(PENTAGON_PAGE, resources)
    assert '<ab type="registry" subtype="declassification">NND Project Number' in xml


def test_spelt_out_stops_make_a_telegram(resources: Resources) -> None:
    text = PENTAGON_PAGE.replace("the conference Stop Respectfully",
                                 "the conference Stop We protest again Stop Respectfully")
    assert text_facts(text, resources)["doc_type"] == "telegram"
