"""Rules for documents reposted outside the archives (repost67):

- the MediaWiki skin's lines in the French, German, Spanish and Italian wikis (`Aller à la
  navigation`, `Aus Wikipedia, der freien Enzyklopädie`, `Récupérée de « ... »`, the last
  edit, the licence, the footer's links, `Catégories :`) are furniture (table
  `page-furniture`, rows `mediawiki`, `categories`), and so are the site's name alone, the
  download buttons and the previous/next bar with its triangles (`◄ Pièce n° 117 ... ►`);
- fr.wikisource's subpage: the header template's publisher line with the book's page over
  the document's number (`Imprimerie nationale, 1914 (p. 121).` / `N° 118.`) ends the
  page's lines (`pages/wikisource.py`);
- a wiki section's edit link in those skins (`Texto[editar]`, `[Bearbeiten | Quelltext
  bearbeiten]`) ends a quoted document (`pages/wiki_sections.py`);
- a nineteenth-century collection's heading naming the sender by his rank before his
  surname (`COUNCILLOR OF LEGATION ABEKEN TO COUNT BISMARCK.`, table `frus`), broken over
  two lines under the document's number too (`pages/lead_in.py`); its receipt naming where
  and the hour alone (`(Received in Berlin 6.09 p.m.)`, table `heading-commonwealth`);
- the next numbered document under a running head with its page number (`DOCUMENTS AND
  DISPATCHES. 65` / `No. 20.` / ... / `(Circular Telegram.)`) ends the document
  (`pages/next_document.py`);
- Facebook's, Hacker News's, LiveJournal's and Taylor & Francis Online's page lines are
  furniture; Facebook's `See translation` and the comments' counts, and LiveJournal's
  comments' count line, open the post's foot (row `blog-foot`); a Hacker News comment's head
  is a post line and its `reply` the post's foot (rows `forum-post`, `forum-foot`);
- a long blockquote holding a heading row under a newsletter's or mail's own lines is the
  document (`pages/quoted_run.py`);
- a quoted document's first line naming its form and both parties is the page's title
  when the page gave none (`Telegram from Witte to Count Lamsdorf`); a lead-in is looked
  for on a short page too;
- a surname's stop (`Witte.`) and LiveJournal's `Comments` heading in a repost's tail;
- T&F's worded note link (`Footnote41`) is the anchor `[41]`; a fleet or squadron is an
  office (`Commander in Chief, Asiatic Fleet`), no person.

After the held score:

- Project Gutenberg's bracketed update date and run-on producers' line are boilerplate;
  its italics over two to four lines lose their marks (`markup.py`); a heading naming its
  parties `M. X` finds the register person by the surname (`M. Pashitch`: Nikola Pašić);
  how it went in brackets under the next number's heading ends the document;
- an encyclopedia's note call after a tail sentence (`ein.[3]`) and a sign-off with the
  writer's institution under his name end the reposter's tail (`pages/repost_tail.py`);
- a Mailman archive's message lines (Pipermail) are furniture, and a study site's preview
  cut (`This preview shows page 1 - 2 out of 6 pages.`) opens the page's foot.
"""

from __future__ import annotations

from tei.convert import Resources
from tests.cases import text_facts, text_xml

FR_WIKISOURCE = (
    "Livre jaune français de 1914/Pièce n° 52\n"
    "Wikisource\n"
    "Aller à la navigation\n"
    "Aller à la recherche\n"
    "◄ Pièce n° 51\tLivre jaune français de 1914\tPièce n° 53 ►\n"
    "Ministère des Affaires étrangères\n"
    "Documents diplomatiques 1914. La guerre européenne\n"
    "Imprimerie nationale, 1914 (p. 60).\n\n"
    "N° 52.\n\n"
    "M. Paul Cambon, Ambassadeur de France à Londres,\n"
    "à M. Bienvenu-Martin, Ministre des Affaires étrangères par intérim.\n\n"
    "Londres, le 27 juillet 1914.\n\n"
    "Le Secrétaire d'État m'a dit ce matin que la flotte anglaise, concentrée à Portland,\n"
    "ne serait pas dispersée, et que cette décision serait connue dès ce soir.\n\n"
    "Paul Cambon.\n\n"
    "Pièce n° 53 ►\n\n"
    "Récupérée de « https://fr.wikisource.org/w/index.php?title=Pi%C3%A8ce_52&oldid=1 »\n"
    "Catégories :\n"
    "Livre jaune français de 1914\n"
    "La dernière modification de cette page a été faite le 2 mai 2020 à 10:01.\n"
    "Politique de confidentialité\n"
    "À propos de Wikisource\n"
    "Développeurs\n"
    "Statistiques\n"
)


def test_fr_wikisource_subpage_and_skin(resources: Resources) -> None:
    facts = text_facts(FR_WIKISOURCE, resources)
    assert facts["sender"] == ["Paul Cambon"]
    assert facts["addressee"] == ["Jean-Baptiste Bienvenu-Martin"]
    assert facts["date"] == "1914-07-27"
    xml = text_xml(FR_WIKISOURCE, resources)
    for furniture in ("Développeurs", "Statistiques", "Aller à la", "Pièce n° 53 ►"):
        assert furniture not in xml


ABEKEN = (
    "12 THE CANDIDATURE.\n\n"
    "the Prince's letter reached Ems that morning.\n\n"
    "No. 7.\n\n"
    "COUNCILLOR OF LEGATION ABEKEN TO COUNT\n"
    "BISMARCK.\n\n"
    "(Telegram.)\n\n"
    "Ems, 12th July, 1870, 4.30 p.m.\n"
    "(Received in Berlin 7.15 p.m.)\n\n"
    "His Majesty has received Count Benedetti again this afternoon and has told him\n"
    "that he has nothing to add.\n\n"
    "ABEKEN.\n\n\n\n"
    "DOCUMENTS AND DISPATCHES. 13\n\n"
    "No. 8.\n\n"
    "COUNT BISMARCK TO THE PRUSSIAN MISSIONS.\n\n"
    "(Circular Telegram.)\n\n"
    "Berlin, 12th July, 1870, night.\n\n"
    "The King has declined to receive the French Ambassador.\n"
)


def test_rank_heading_receipt_place_and_next_number(resources: Resources) -> None:
    facts = text_facts(ABEKEN, resources)
    assert facts["sender"] == ["Heinrich Abeken"]
    assert facts["addressee"] == ["Otto von Bismarck"]
    assert facts["date_received"] == "1870-07-12T19:15"
    assert facts["signed"] == "ABEKEN."
    assert "PRUSSIAN MISSIONS" not in text_xml(ABEKEN, resources).split("<text")[1]


FACEBOOK = (
    "Search Facebook\n"
    "Private group · 12K members\n"
    "Ann Kerr\n"
    "Admin\n"
    "March 3 at 8:15 PM ·\n\n"
    "Found this one in the FRUS volume for 1961, quoted here in full for the group:\n\n"
    "Telegram From the Embassy in the Soviet Union to the Department of State\n\n"
    "Moscow, March 3, 1961, 7 p.m.\n\n"
    "2087. Khrushchev received me this afternoon for two hours.\n\n"
    "Thompson\n\n"
    "#ColdWar #OnThisDay\n"
    "See translation\n"
    "👍 57\n"
    "12 comments · 3 shares\n"
    "Most relevant\n\n"
    "Bill Novak\n"
    "Great find, thanks Ann.\n"
    "Like · Reply · 2w\n"
)


def test_facebook_post_foot_and_furniture(resources: Resources) -> None:
    facts = text_facts(FACEBOOK, resources)
    assert facts["sender"] == ["Llewellyn Thompson"]
    assert facts["signed"] == "Thompson"
    body = text_xml(FACEBOOK, resources).split("<text")[1]
    assert "Great find" not in body and "#ColdWar" not in body


NEWSLETTER = (
    "View this email in your browser\n\n"
    "THE CABLE DESK\n"
    "Issue #9\n\n"
    "The embassy's report went out the same afternoon. Here it is as declassified:\n\n"
    "> O 241015Z DEC 79\n"
    "> FM AMEMBASSY KABUL\n"
    "> TO SECSTATE WASHDC IMMEDIATE 8012\n"
    "> BT\n"
    "> C O N F I D E N T I A L KABUL 8840\n"
    "> SUBJECT: SOVIET AIRLIFT\n"
    ">\n"
    "> 1. HEAVY SOVIET AIRLIFT INTO KABUL AIRPORT CONTINUED THROUGH THE NIGHT.\n"
    "> AMSTUTZ\n"
    "> BT\n\n"
    "Three days later the Soviet army was in the capital.\n\n"
    "Unsubscribe\n"
)


def test_blockquoted_cable_in_a_newsletter(resources: Resources) -> None:
    facts = text_facts(NEWSLETTER, resources)
    assert facts["telegram_number"] == "8840"
    assert facts["signed"] == "AMSTUTZ"
    assert "Three days later" not in text_xml(NEWSLETTER, resources).split("<text")[1]


LIVEJOURNAL = (
    "old_diplomat (old_diplomat) wrote,\n"
    "Previous Entry  Add to memories!  Tell a Friend!  Next Entry\n"
    "Current mood: tired\n\n"
    "Today is the anniversary. I translated the telegram below from the Russian text myself.\n\n"
    "Telegram from Witte to Count Lamsdorf\n\n"
    "Portsmouth, 16 (29) August 1905.\n\n"
    "Very urgent.\n\n"
    "The Japanese have accepted our conditions in full.\n\n"
    "Witte.\n\n"
    "I leave it to the commenters to argue whether this was a defeat or a triumph.\n\n"
    "Tags: 1905, diplomacy\n\n"
    "Comments\n"
    "( 3 comments — Leave a comment )\n"
    "kot_uchenyi\n"
    "2015-08-29 11:02 am (UTC)\n"
    "Thank you!\n"
    "Link | Reply | Thread\n"
)


def test_livejournal_entry_title_signature_and_tail(resources: Resources) -> None:
    facts = text_facts(LIVEJOURNAL, resources)
    assert facts["sender"] == ["Sergei Witte"]
    assert facts["addressee"] == ["Vladimir Lamsdorf"]
    assert facts["date"] == "1905-08-29"
    assert facts["signed"] == "Witte."


HACKER_NEWS = (
    "Hacker News new | past | comments | ask | show | jobs | submit\tlogin\n"
    "The war warning dispatch (ibiblio.org)\n"
    "214 points by tkoenig 9 hours ago | hide | past | favorite | 96 comments\n\n"
    "dredmorbius 8 hours ago | next [–]\n\n"
    "This is the whole message as it was received, for anyone who does not click through:\n\n"
    "  From: Chief of Naval Operations\n"
    "  To: Commander in Chief, Asiatic Fleet\n"
    "  November 27, 1941\n\n"
    "  This dispatch is to be considered a war warning.\n\n"
    "reply\n\n"
    "jjmarr 7 hours ago | parent | next [–]\n\n"
    "Stark sent it the same day.\n\n"
    "reply\n"
)


def test_hacker_news_comment_and_fleet_office(resources: Resources) -> None:
    facts = text_facts(HACKER_NEWS, resources)
    assert facts["date"] == "1941-11-27"
    xml = text_xml(HACKER_NEWS, resources)
    assert "per-asiatic-fleet" not in xml
    assert "Stark sent it" not in xml.split("<text")[1]


TANDF = (
    "Taylor and Francis Online homepage\n"
    "CrossRef citations to date\n"
    "Full Article\n"
    "Figures & data\n"
    "Reprints & Permissions\n\n"
    "Kitchener reported from Omdurman the same evening.Footnote12 It deserves quotation"
    " in full:\n\n"
    "Sir H. Kitchener to Lord Cromer.\n\n"
    "(Telegraphic.)\n\n"
    "Omdurman, September 24, 1898.\n\n"
    "I have just returned from Fashoda.\n\n"
    "Notes\n\n"
    "12. Kitchener to Cromer, tel., 24 September 1898.\n\n"
    "Disclosure statement\n"
    "People also read\n"
)


def test_tandf_page_and_worded_anchor(resources: Resources) -> None:
    facts = text_facts(TANDF, resources)
    assert facts["sender"] == ["Herbert Kitchener"]
    xml = text_xml(TANDF, resources)
    assert "Footnote12" not in xml
    assert "People also read" not in xml and "Figures" not in xml


GUTENBERG = (
    "The Project Gutenberg eBook of The Serbian Blue Book, by Various\n\n"
    "Title: The Serbian Blue Book\n\n"
    "Release Date: March 3, 2009 [eBook #28232]\n"
    "[Most recently updated: January 11, 2022]\n\n"
    "Produced by: Jana Srna and the Online Distributed\n"
    "             Proofreading Team at https://www.pgdp.net\n\n"
    "*** START OF THE PROJECT GUTENBERG EBOOK THE SERBIAN BLUE BOOK ***\n\n\n"
    "No. 40.\n\n"
    "_M. Boschkovitch, Minister at London, to M. Pashitch, Prime\n"
    "Minister and Minister for Foreign Affairs._\n\n"
    "(Telegraphic.)\n\n"
    "London, July 12/25, 1914.\n\n"
    "Sir Edward Grey received me this morning and promised to speak to the German\n"
    "Ambassador at once.\n\n"
    "BOSCHKOVITCH.\n\n\n"
    "No. 41.\n\n"
    "_M. Pashitch, Prime Minister, to the Serbian Legations abroad._\n\n"
    "(Telegraphic.)\n\n"
    "Belgrade, July 12/25, 1914.\n\n"
    "The reply was handed over to-day.\n"
)


def test_gutenberg_header_italics_and_monsieur(resources: Resources) -> None:
    facts = text_facts(GUTENBERG, resources)
    assert facts["addressee"] == ["Nikola Pašić"]
    assert facts["date"] == "1914-07-25"
    body = text_xml(GUTENBERG, resources).split("<text")[1]
    assert "pgdp" not in body and "Most recently" not in body and "_M." not in body
    assert "handed over" not in body


PIPERMAIL = (
    "[H-List] The ambassador's first cable\n\n"
    "Jane Roe jroe at example.edu\n"
    "Sun Jun 25 03:14:52 EDT 2000\n\n"
    "    Previous message: [H-List] CFP\n"
    "    Next message: [H-List] The ambassador's first cable\n"
    "    Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n"
    "Dear list members, here is the ambassador's report, as FRUS prints it:\n\n"
    "The Ambassador in Korea (Muccio) to the Secretary of State\n\n"
    "SEOUL, June 25, 1950--10 a.m.\n\n"
    "925. North Korean forces invaded ROK territory at several points this morning.\n\n"
    "MUCCIO\n\n"
    "The cable was received in Washington on the evening of the 24th, as you see.\n\n"
    "Best,\n"
    "Jane Roe\n"
    "Example University\n\n"
    "-------------- next part --------------\n"
    "An HTML attachment was scrubbed...\n"
    "More information about the H-List mailing list\n"
)


def test_pipermail_message_and_signed_off_tail(resources: Resources) -> None:
    facts = text_facts(PIPERMAIL, resources)
    assert facts["signed"] == "MUCCIO"
    body = text_xml(PIPERMAIL, resources).split("<text")[1]
    assert "scrubbed" not in body and "mailing list" not in body
    assert "Example University" not in body


WIKIPEDIA_DE = (
    "Blankoscheck\n"
    "Aus Wikipedia, der freien Enzyklopädie\n"
    "Zur Navigation springen\n"
    "Der Botschafter meldete das Ergebnis noch am selben Abend nach Wien, wie folgt:[2]\n\n"
    "Telegramm Nr. 237\n"
    "Berlin, den 5. Juli 1914\n"
    "Streng geheim.\n"
    "Kaiser Wilhelm ermächtigte mich, zu melden, dass wir auf die volle Unterstützung "
    "Deutschlands rechnen können.\n"
    "Szögyény\n"
    "Der Bericht traf in der Nacht zum 6. Juli in Wien ein.[3]\n\n"
    "Rezeption[Bearbeiten | Quelltext bearbeiten]\n"
    "Die Bewertung ist umstritten.\n"
    "Abgerufen von „https://de.wikipedia.org/w/index.php?title=Blankoscheck&oldid=1“\n"
    "Datenschutz\n"
    "Impressum\n"
)


def test_german_wikipedia_tail_after_signature(resources: Resources) -> None:
    facts = text_facts(WIKIPEDIA_DE, resources)
    assert facts["sender"] == ["László Szőgyény-Marich"]
    assert facts["signed"] == "Szögyény"


COURSE_HERO = (
    "Course Hero\n\n"
    "Read the document below before the seminar and note how the offer is framed.\n\n"
    "No. 68.\n\n"
    "Sir N. Henderson to Viscount Halifax.\n\n"
    "(Telegraphic.)\n\n"
    "Berlin, August 25, 1939.\n\n"
    "Herr Hitler asked me to call on him at 1.30 p.m. to-day.\n\n"
    "This preview shows page 1 - 2 out of 6 pages.\n\n"
    "End of preview. Want to read all 6 pages?\n\n"
    "Professor\n"
    "Dr. Hannah Whitfield\n"
)


def test_study_site_preview_cut(resources: Resources) -> None:
    body = text_xml(COURSE_HERO, resources).split("<text")[1]
    assert "Whitfield" not in body and "preview" not in body
