"""Rules found on the blind sample other30 (translated and non-Anglo editions: the 1914
coloured books as a documents blog and the World War I Document Archive reprint them, DIFP,
NZETC, a British college's catalogue of Nehru's letters, FRUS's translated Japanese
intercepts, the captured German Foreign Office files): a documents blog's post title
`Collection: A to B, day` is the title and names the parties and the day; the reprint's
heading with its dateline run on (`Count X to Count Y. Vienna, 28 July 1914.`) gives place
and date, and the post's summary paragraph over it (a picture's caption twice between) is
the summary; a Russian date in both calendars (`July 10 (23), 1914`) is the New Style day;
a coloured book's heading may name both parties by office without an article; the FRUS
editors' `[Translation]` under a heading leaves the telegram's number opening the text; an
archive catalogue's record title above its `Transcript` label is the title; a handwritten
`27. 7. 46` is a date; the Great Powers' adjectives of 1914 (`the Austro-Hungarian Minister
of Foreign Affairs`) are no persons."""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("text", "sender", "addressee", "date"), [
    # the sample's layout: the Red Book as julycrisis1914 reprints it
    ("Austro-Hungarian Red Book: Count Berchtold to Count Szogyeny, 27 July 1914\n\n"
     "I have received your telegram and agree with its proposals in every point.\n",
     ["Leopold Berchtold"], ["László Szőgyény-Marich"], "1914-07-27"),
    # a Blue Book post of the same blog, the day in the American order (not the sample's)
    ("British Blue Book: Sir Edward Grey to Sir Francis Bertie, July 31, 1914\n\n"
     "I have told the French Ambassador that we cannot undertake a definite pledge.\n",
     ["Edward Grey"], ["Francis Bertie"], "1914-07-31"),
])
def test_blog_post_title_names_parties_and_day(text, sender, addressee, date,
                                               resources) -> None:
    facts = text_facts(text, resources)
    assert facts["title"] == text.split("\n", 1)[0]
    assert facts["sender"] == sender
    assert facts["addressee"] == addressee
    assert facts["date"] == date


@pytest.mark.parametrize(("text", "place", "date", "summary"), [
    # the sample's layout: summary, the picture's caption twice, the heading with its dateline
    ("Austro-Hungarian Red Book: Count Mensdorff to Count Berchtold, 27 July 1914\n\n"
     "On 27 July 1914, the Ambassador in London reported to Vienna on a long talk with the "
     "Foreign Secretary about the proposed conference of the four Powers.\n\n"
     "Albert Count Mensdorff\n\nAlbert Count Mensdorff\n\n"
     "Count Mensdorff to Count Berchtold. London, 27 July 1914.\n\n"
     "Sir Edward Grey received me this afternoon and spoke at length of the conference.\n",
     "London", "1914-07-27", "On 27 July 1914, the Ambassador in London reported"),
    # no caption, the sender by surname alone and the day in the American order (not the sample's)
    ("Jagow's Reply to London: 30 July 1914\n\n"
     "The Secretary of State answers the Ambassador's telegram of the day before and explains "
     "why Germany cannot join a conference of the four Powers.\n\n"
     "Jagow to Prince Lichnowsky. Berlin, July 30, 1914.\n\n"
     "Your Highness will explain to Sir Edward Grey that we cannot take part.\n",
     "Berlin", "1914-07-30", "The Secretary of State answers the Ambassador's telegram"),
])
def test_blog_heading_with_dateline_and_summary(text, place, date, summary,
                                                resources) -> None:
    facts = text_facts(text, resources)
    assert facts["place_of_origin"] == place
    assert facts["date"] == date
    assert str(facts["summary"]).startswith(summary)


@pytest.mark.parametrize(("text", "date"), [
    # the sample's layout: the Russian Orange Book in English, the New Style day in brackets
    ("No. 7.\nRussian Ambassador at Vienna to Russian Minister for Foreign Affairs.\n"
     "Vienna, July 12 (25), 1914.\n(Telegram.)\n\nThe Minister is absent from Vienna.\n",
     "1914-07-25"),
    # the day before the month, a legation's letter (not the sample's)
    ("Russian Legation, Peking\n\n2 (15) March 1912\n\nSir,\n\nI have the honour to inform "
     "you of the Legation's reply.\n", "1912-03-15"),
])
def test_date_in_both_calendars_is_the_new_style_day(text, date, resources) -> None:
    assert text_facts(text, resources)["date"] == date


@pytest.mark.parametrize(("text", "sender_role", "addressee_role"), [
    # the sample's layout (World War I Document Archive)
    ("No. 1.\nRussian Chargé d'Affaires at Belgrade to Russian Minister for Foreign Affairs.\n"
     "Belgrade, July 10 (23), 1914.\n(Telegram.)\n\nThe Austrian Minister presented a note.\n",
     "Russian Chargé d'Affaires at Belgrade", "Russian Minister for Foreign Affairs"),
    # the minister writing out, no full stop (not the sample's)
    ("No. 48.\nRussian Minister for Foreign Affairs to Russian Ambassador at London\n"
     "St. Petersburg, July 15 (28), 1914.\n(Telegram.)\n\nPlease thank Grey for his help.\n",
     "Russian Minister for Foreign Affairs", "Russian Ambassador at London"),
])
def test_coloured_book_heading_by_offices(text, sender_role, addressee_role,
                                          resources) -> None:
    xml = text_xml(text, resources)
    header = xml.split("<correspDesc>")[1].split("</correspDesc>")[0]
    sent, received = header.split('type="received"')
    assert f"<roleName>{sender_role}</roleName>" in sent.replace("&apos;", "'")
    assert f"<roleName>{addressee_role}</roleName>" in received


@pytest.mark.parametrize(("text", "number"), [
    # the sample's layout: FRUS Potsdam's Japanese intercept in translation
    ("761.94/7–2145: Telegram\n\nNo. 1230\nThe Japanese Minister of Foreign Affairs (Togo) to "
     "the Japanese Ambassador in the Soviet Union (Sato)\n[Translation]\nsecret\nurgent\n\n"
     "932. Re my telegram No. 931.1\n\nWe cannot accept unconditional surrender.\n", "932"),
    # a paraphrase under a 1919 heading (not the sample's)
    ("763.72119/8812: Telegram\n\nThe Ambassador in France (Wallace) to the Secretary of "
     "State\n[Paraphrase]\n\n1204. The Council met this morning and agreed on the text.\n",
     "1204"),
])
def test_frus_label_line_keeps_the_number(text, number, resources) -> None:
    assert text_facts(text, resources)["telegram_number"] == number


@pytest.mark.parametrize(("text", "title", "date"), [
    # the sample's layout: the catalogue's French interface
    ("Affichage de 3 résultats\n\nDescription archivistique\nAperçu avant impression "
     "Affichage :\n\nLetter from Jawaharlal Nehru to Lord Pethick-Lawrence\n\nNew Delhi.—"
     "Thanks him for his letter.\n\n—————\n\nTranscript\n\nNew Delhi\n2. 8. 46\n\nMy dear Lord "
     "Pethick Lawrence,\n\nThank you for your letter.\n\nYours sincerely\nJawaharlal Nehru\n",
     "Letter from Jawaharlal Nehru to Lord Pethick-Lawrence", "1946-08-02"),
    # the English interface and a telegram's record (not the sample's)
    ("Showing 8 results\n\nArchival description\nPrint preview View:\n\nTelegram from "
     "Jawaharlal Nehru to Clement Attlee\n\nNew Delhi.—Asks for an early reply.\n\n—————\n\n"
     "Transcript\n\nNew Delhi\n30. 12. 47\n\nI should be grateful for an early reply.\n\n"
     "Nehru\n", "Telegram from Jawaharlal Nehru to Clement Attlee", "1947-12-30"),
])
def test_catalogue_record_title_over_transcript(text, title, date, resources) -> None:
    facts = text_facts(text, resources)
    assert facts["title"] == title
    assert facts["sender"] == ["Jawaharlal Nehru"]
    assert facts["date"] == date


@pytest.mark.parametrize("text", [
    # the sample's layout (julycrisis1914): an adjective of 1914 before an office
    "On 28 July 1914 the Austro-Hungarian Minister of Foreign Affairs sent a telegram.\n",
    # the Russian War Minister and a Servian delegate (not the sample's)
    "The Russian War Minister gave his word, and the Servian delegate agreed.\n",
])
def test_adjectives_of_1914_are_no_persons(text, resources) -> None:
    xml = text_xml(text, resources)
    for word in ("Austro-Hungarian", "Russian", "Servian"):
        assert f">{word}</persName>" not in xml


@pytest.mark.parametrize(("text", "signed", "absent"), [
    # the sample's layout: the next record's rule, title, summary and transcript under the letter
    ("Affichage de 2 résultats\n\nLetter from Jawaharlal Nehru to Lord Pethick-Lawrence\n\n"
     "New Delhi.—Thanks him.\n\n—————\n\nTranscript\n\nNew Delhi\n2. 8. 46\n\nMy dear Lord "
     "Pethick Lawrence,\n\nThank you for your letter.\n\nYours sincerely\nJawaharlal Nehru\n\n"
     "—————\n\nLetter from V. K. Krishna Menon to Lord Pethick-Lawrence\n\nIndia House.—"
     "Explains the delay.\n\n—————\n\nTranscript\n\nMy dear Lord Pethick-Lawrence,\n\n"
     "I write at Panditji's request.\n", "Jawaharlal Nehru", "Panditji's request"),
    # the English interface, a dashed rule and a telegram's record (not the sample's)
    ("Showing 2 results\n\nTelegram from Jawaharlal Nehru to Clement Attlee\n\nNew Delhi.—"
     "Asks for a reply.\n\n-----\n\nTranscript\n\nNew Delhi\n30. 12. 47\n\nI should be grateful "
     "for an early reply.\n\nNehru\n\n-----\n\nTelegram from Clement Attlee to Jawaharlal "
     "Nehru\n\nLondon.—Replies.\n\n-----\n\nTranscript\n\nYour telegram has been received.\n",
     "Nehru", "Your telegram has been received"),
])
def test_catalogue_list_page_ends_at_the_next_record(text, signed, absent, resources) -> None:
    xml = text_xml(text, resources)
    body = xml.split("<text")[1]
    assert signed in body.split("<signed>")[1].split("</signed>")[0].replace(
        '<persName ref="#per-jawaharlal-nehru">', "").replace("</persName>", "")
    assert absent not in body
