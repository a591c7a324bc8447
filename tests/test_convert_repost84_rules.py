"""Rules for documents reposted by sites, blogs and sourcebooks, learnt from real pages
(repost84):

- a reading site's or library's link back to the list or the day it came from, its arrow
  kept (`< Return to October 25`, `« Return to Letters, 1918`) is navigation (row
  `navigation`, repost84);
- a blog theme's empty ad slot copied as its widget's title (`Header Ads`) is navigation;
- a possessive close glued to the signer's name (`Ihr Lenin`, `Your loving Nicky`) is the
  close and the signature (table `valediction-signed`);
- a post's headline naming several items by their form in the plural (`Letters Lenin to
  Trotsky`) names no parties (`title_subjects.SET_OF_FORMS`, the `transmission` row's
  exclusions);
- a heading run into its text's first line is set apart (`run_in_heads`): the collected
  works' heading in capitals with its note's number (`TELEGRAM TO ARTHUR HENDERSON 24 The
  ...`), and the parties, place and day closed by a colon (`Tsar to Kaiser, Peter's Court,
  Palace, 1 August 1914: I received ...`, a `transmission` row giving parties, place, date);
- a sovereign's title that a heading's parties line made a local person (`Tsar`, `Kaiser`)
  is the throne's one holder in the year (`sovereign_titles.sovereign_parties`);
- a quotation a writer introduces in a sentence naming its form (`When decrypted, the
  telegram reads:`) is the document: the writer's lines are the page's, the form is the one
  named, a date in the writer's line naming the form dates it (not the post's date line), a
  signature after the closing mark is set apart, the quotation's dateline run into its text
  is set apart (`pages/introduced_quote`);
- the writer's sentence naming who sends the form to whom (`The Tsar separately sends his
  own telegram to the Kaiser.`, `... telegram sent from Bad Ems by Heinrich Abeken, ..., to
  Bismarck`) gives the quoted document's parties; an introduction closed by a colon that
  names no form under such a sentence introduces the quotation too
  (`pages/introduced_quote`);
- a textbook's headnote of two sentences or more between the title and the salutation is the
  summary (`summary.headnote_over_dateline`);
- an edition's headnote naming one form sent to a register person (`... the dispatch of a
  telegram to Paulus Ohm Krüger`) names the addressee (`summary_author._form_to`);
- the Marxists Internet Archive's `Published:` field holding `Written on March 6 (19),
  1917.` dates the item (`worksitem.published_written`);
- a collected works' heading in capitals under a post's introduction is the title (its note
  number the page's, the post's headline the page's text), and the next heading of that
  shape ends the document (`preamble.take_introduction`, `next_document`);
- register: Kerensky, Martov, Vorovsky, Krylenko, Ordzhonikidze, Stumm, Kautsky, Theodore
  Roosevelt, Lenin's own surname `Ulyanov`, the Tsar's `Peter's Court` (Peterhof).
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml


def _text(xml: str) -> str:
    return xml.split("<text")[1]


BACK_LINK = (
    "< Return to October 28\n\n"
    "Letter From Chairman Khrushchev to President Kennedy, October 28, 1962\n\n"
    "October 28, 1962\n\n"
    "Dear Mr. President:\n\n"
    "I have received your message and I have given the orders that you will have heard of.\n"
)


def test_back_link_with_arrow_is_navigation(resources: Resources) -> None:
    facts = text_facts(BACK_LINK, resources)
    assert facts["title"] == (
        "Letter From Chairman Khrushchev to President Kennedy, October 28, 1962")
    assert facts["sender"] == ["Nikita Khrushchev"]
    assert "Return to" not in _text(text_xml(BACK_LINK, resources))


AD_SLOT = (
    "Header Ads\n\n"
    "Letter to Adolph Joffe, October 20, 1918\n\n"
    "Comrade Joffe,\n\n"
    "Send the papers from Vienna as soon as they come, and the Swiss ones with them.\n\n"
    "Mit besten Grüssen,\n\n"
    "Ihr Lenin\n"
)


def test_ad_slot_is_navigation_and_german_close_is_no_name(resources: Resources) -> None:
    facts = text_facts(AD_SLOT, resources)
    assert facts["title"] == "Letter to Adolph Joffe, October 20, 1918"
    assert facts["signed"] == "Lenin"
    assert facts["sender"] == ["Vladimir Lenin"]
    assert "Header Ads" not in _text(text_xml(AD_SLOT, resources))


SET_OF_LETTERS = (
    "Letters Lenin to Trotsky\n\n"
    "Volume 51 prints a good many short notes to the war commissar, and I copy the first of them "
    "below exactly as the volume gives it, with its notes.\n\n"
    "TELEGRAM TO M. N. TUKHACHEVSKY 12 Report by the evening how many divisions can move west "
    "this week and what they lack. Lenin\n\n"
    "NOTE TO V. N. PODBELSKY\n"
)


def test_collection_headline_and_capitals_heading(resources: Resources) -> None:
    facts = text_facts(SET_OF_LETTERS, resources)
    assert facts["title"] == "TELEGRAM TO M. N. TUKHACHEVSKY"
    assert facts["doc_type"] == "telegram"
    assert not any("Letters" in name for name in facts["sender"])
    assert facts["signed"] != "NOTE TO V. N. PODBELSKY"


RUN_IN_PARTIES = (
    "Willy and Nicky, part 7\n\n"
    "Tsar to Kaiser, Peter's Court, Palace, 31 July 1914: Thank you heartily for your mediation, "
    "which begins to give hope that all may yet end peacefully. Nicky.\n"
)


def test_parties_place_date_colon_heading_run_in(resources: Resources) -> None:
    facts = text_facts(RUN_IN_PARTIES, resources)
    assert facts["date"] == "1914-07-31"
    assert facts["sender"] == ["Nicholas II"]
    assert facts["addressee"] == ["Wilhelm II"]
    assert facts["place_of_origin"] == "Peterhof"


INTRODUCED = (
    "Saturday, May 1, 2021\n\n"
    "A short cable from the Ballhausplatz\n\n"
    "23 July 1914 Count Berchtold sends a cable from Vienna to Baron Giesl in Belgrade, with the "
    "note attached. When deciphered, the cable reads:\n\n"
    "\"Hand the note to the Serbian government this afternoon and leave Belgrade with the "
    "legation if no unconditional acceptance is given within forty-eight hours.\"  Signed, "
    "BERCHTOLD.\n\n"
    "The rest is well known.\n"
)


def test_introduced_quotation_is_the_document(resources: Resources) -> None:
    facts = text_facts(INTRODUCED, resources)
    assert facts["doc_type"] == "telegram"
    assert facts["date"] == "1914-07-23"
    assert facts["signed"] == "Signed, BERCHTOLD"
    assert "The rest is well known" not in _text(text_xml(INTRODUCED, resources))


EMS_LIKE = (
    "This is a facsimile of the coded telegram sent from Bad Ems to Berlin in the afternoon of "
    "that day. The Abeken text reads [Page 1]: “Ems, July 14, 1870. To the Federal Chancellor "
    "Count Bismarck. His Majesty has now decided not to receive the envoy again and has said so "
    "through his adjutant.”\n"
)


def test_quotation_run_on_after_the_colon_with_its_dateline(resources: Resources) -> None:
    facts = text_facts(EMS_LIKE, resources)
    assert facts["date"] == "1870-07-14"
    assert facts["place_of_origin"] == "Ems"
    assert facts["doc_type"] == "telegram"


MIA_PUBLISHED = (
    "V. I.   Lenin\n\n"
    "Telegram to the Bolshevik Group in Copenhagen\n\n"
    "Published: First published in 1932 in Lenin Miscellany XV. Written on March 12 (25), 1917. "
    "Translated from the German.\n"
    "Source: Lenin Collected Works, Progress Publishers, 1964, Moscow, Volume 23, page 310.\n"
    "Translated: M. S. Levin\n"
    "Transcription\\Markup: K. Ostrowski\n\n"
    "Wait for the second group and travel together. Kerensky's people are at every station.\n\n"
    "Ulyanov\n"
)


def test_mia_published_field_written_on_dates_the_item(resources: Resources) -> None:
    facts = text_facts(MIA_PUBLISHED, resources)
    assert facts["date"] == "1917-03-25"
    assert facts["sender"] == ["Vladimir Lenin"]
    assert "per-alexander-kerensky" in text_xml(MIA_PUBLISHED, resources)


WRITER_PARTIES = (
    "28/7/1914 The Kaiser and the Tsar exchange telegrams\n\n"
    "The Tsar separately sends his own telegram to the Kaiser. He asks for help against the "
    "pressure at home:\n\n"
    "\u201cI foresee that very soon I shall be overwhelmed by the pressure forced upon me and be "
    "forced to take measures which will lead to war.\u201d\n\n"
    "Leave a Reply\n"
)


def test_writer_sentence_names_form_and_parties(resources: Resources) -> None:
    xml = text_xml(WRITER_PARTIES, resources)
    facts = text_facts(WRITER_PARTIES, resources)
    assert facts["doc_type"] == "telegram"
    header = xml.split("<correspDesc")[1].split("</correspDesc>")[0]
    sent, received = header.split('type="received"')
    assert "per-nicholas-ii" in sent and "per-wilhelm-ii" in received


HEADNOTE = (
    "U.S. President John F. Kennedy, Letter to Soviet Chairman Nikita Khrushchev, "
    "November 3, 1962\n\n"
    "This letter followed the agreement of the week before. It asked for the bombers to be "
    "removed as well and was delivered through the embassy.\n\n"
    "Dear Mr. Chairman:\n\n"
    "I write to you about the aircraft that remain on the island and about the inspection.\n"
)


def test_textbook_headnote_over_the_salutation_is_the_summary(resources: Resources) -> None:
    facts = text_facts(HEADNOTE, resources)
    assert facts["summary"].startswith("This letter followed the agreement")
    assert facts["sender"] == ["John F. Kennedy"]


GHDI_HEADNOTE = (
    "The Emperor's Telegram on the Peace of Portsmouth (1905)\n\n"
    "On September 6, 1905, Wilhelm II sent a telegram to Theodore Roosevelt to thank him for "
    "his mediation. The message was meant for the newspapers as much as for the President.\n\n"
    "Berlin, September 6, 1905\n\n"
    "I thank you for the great service you have done to the peace of the world.\n\n"
    "Wilhelm I.R.\n"
)


def test_headnote_names_the_telegram_addressee(resources: Resources) -> None:
    facts = text_facts(GHDI_HEADNOTE, resources)
    assert facts["addressee"] == ["Theodore Roosevelt"]
