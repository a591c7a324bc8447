"""Rules for documents reaching the editor second hand: Usenet, blogs, gists, e-books
(repost80):

- a Foreign Relations heading run on with its dateline and receipt (`The Ambassador in China
  (Gauss) to the Secretary of State Chungking, May 9, 1944—3 p.m. [Received May 10—6:40
  a.m.]`, perhaps the number and first words of the text after it) is parted into its
  printed lines (`merged_headings.py`); a two-word city's first word goes with the place; so
  is the later volumes' heading by form and offices (`29. Telegram From the Embassy in the
  Soviet Union to the Department of State Moscow, March 4, 1962, 7 p.m.`);
- a Foreign Office print's telegram heading run on (`Sir W. Hayter to Foreign Office. No.
  1562. Moscow, 2nd November, 1956. D. ... R. ...`) is parted before the number, the
  dateline and the `D.`/`R.` times (`merged_headings.py`); the print's parties line opening
  a British telegram's heading (or its two lines, `Sir D. Kelly (Moscow)` / `to Foreign
  Office`) is its title when the page gives none (`forms/commonwealth.py`);
- Google Groups' copy of a Usenet post: its head (`unread,`, the stamp with seconds, `Skip to
  first unread message`, `12 views`) is a `forum-post` row, the attribution `In article <...>,
  NAME <address> wrote:` a `forum-quote` row, so the thread's `Re:` subject, the quoted
  question and the poster's lead are the page's;
- a page's `Document` field whose value is a form's name (a Markdown table's `| Document |
  Ciphered telegram |`) is the document's type, no shelfmark (`segment.label_of`);
- a source line's shelfmark ends before the poster's sentence (`FO 371/70507, C 6212/3/18.
  My own transcription ...`, `header._source_line`);
- the State Department's outgoing form by name and department on one line (`OUTGOING TELEGRAM
  Department of State`) is sent from the department's seat, Washington (`post-seats` rows
  `office`);
- the post and number alone on a line (`Moscow, No. 0412`, a collection's Chinese cable) give
  the place of origin and the telegram's number (`heading` row `cable-number`).
"""

from __future__ import annotations

from tei.convert import Resources
from tei.convert.merged_headings import _parts
from tests.cases import text_facts, text_xml

USENET = (
    "Google Groups\nConversations\nsoc.history.war.world-war-ii\n"
    "Re: Was Harriman warned about Poland?\n7 views\nSkip to first unread message\n\n"
    "Ann Pryor\nunread,\nJun 2, 2001, 3:00:00 AM\nto\n\n"
    "In article <3B17A2C4.11@msn.com>, Bill Karsten <bkar...@msn.com> wrote:\n"
    ">Did anyone in Moscow see it coming?\n\n"
    "Yes, this one from the FRUS volume (file 760C.61/3-1245), typed by me:\n\n"
    "> The Ambassador in the Soviet Union (Harriman) to the Secretary of State "
    "Moscow, March 12, 1945—4 p.m. [Received March 13—9:10 a.m.]\n"
    "> 744. Molotov told me this afternoon that the Soviet Government would not agree to "
    "the observers going to Poland.\n>\n> HARRIMAN\n\n"
    "--\nAnn Pryor\n")

BLOG = (
    "Cold War Cables\n\nMonday, 12 March 2012\n\nPeterson on the blockade\n\n"
    "Here is the telegram as printed:\n\n"
    "Sir M. Peterson to Foreign Office. No. 412. Moscow, 3rd August, 1948. D. 6.10 p.m. 3rd "
    "August, 1948. R. 9.45 p.m. 3rd August, 1948.\n\nIMMEDIATE.\nSECRET.\n\n"
    "Molotov received the three representatives this evening and spoke of the currency "
    "question in Berlin for two hours.\n\nRepeated to Washington and Paris.\n\n"
    "Source: TNA FO 371/70507, C 6212/3/18. My own transcription from the print.\n\n"
    "Posted by Hal Dawes at 20:14\nLabels: Berlin, FO 371\n")

TWO_LINES = (
    "Sir D. Kelly (Moscow)\nto Foreign Office\nNo. 88\n4th February, 1950\n"
    "D. 7.40 p.m. 4th February, 1950\nR. 10.15 p.m. 4th February, 1950\nSECRET.\n\n"
    "Vyshinsky received me this afternoon and spoke of the Austrian treaty for an hour.\n\n"
    "Repeated to Vienna.\n")

OUTGOING = (
    "Ellen, the deptel as transcribed:\n\n"
    "OUTGOING TELEGRAM Department of State\nSECRET\n"
    "ACTION: Amembassy VIENTIANE 712 PRIORITY\nJune 4, 1964, 6:12 p.m.\n\n"
    "1. Please see Souvanna tomorrow and tell him the reconnaissance flights will go on.\n\n"
    "RUSK\n")

HN = (
    "Hacker News new | past | comments | ask | show | jobs | submit\n\n"
    "The Embassy cables on the 1970 Polish riots (history.state.gov)\n"
    "98 points by rpw 3 hours ago | hide | past | favorite | 21 comments\n\n"
    "lkm 3 hours ago | next [–]\n\n"
    "The Warsaw one from the day after is worth quoting:\n\n"
    "  SECRET PRIORITY WARSAW 3412 FM AMEMBASSY WARSAW TO SECSTATE WASHDC PRIORITY 16 DEC 70\n"
    "  SUBJECT: RIOTS IN GDANSK\n"
    "  1. GOMULKA HAS NOT APPEARED IN PUBLIC SINCE SUNDAY. POLICE ESTIMATE CROWDS AT 10,000.\n"
    "  2. EMBASSY WILL REPORT FURTHER TOMORROW.\n"
    "  STOESSEL\n\nreply\n\n"
    "rpw 2 hours ago | parent | next [–]\n\nThanks.\n\nreply\n")

GIST = (
    "# Notes on a cipher telegram\n\n"
    "| Field | Value |\n|---|---|\n| Document | Ciphered telegram |\n| No. | 212 |\n"
    "| From | Warsaw |\n| Archive | RGANI, f. 5, op. 30, d. 141, ll. 9-10 |\n\n"
    "## Text\n\nTOP SECRET\n\nCC CPSU\nTo Comrade N. S. KHRUSHCHEV\n\n"
    "Comrade Ochab asked me today to inform Moscow of the plenum's date.\n\n"
    "P. PONOMARENKO\n\n12.X.56\n")

EBOOK = (
    "Document 9\n\nTELEGRAM FROM AMBASSADOR LIU XIAO TO THE FOREIGN MINISTRY, 2 MARCH 1959\n\n"
    "Urgent\nMoscow, No. 0118\n\nForeign Ministry:\n\n"
    "Gromyko received me this morning and spoke of the Berlin question.\n\n"
    "Liu Xiao\n2 March 1959\n")


def test_a_run_on_frus_heading_is_parted_into_its_printed_lines() -> None:
    assert _parts("The Chargé in the Soviet Union (Kohler) to the Secretary of State New "
                  "York, January 21, 1949—noon. [Received January 22—6 a.m.] 158. Vyshinsky "
                  "said") == [
        "The Chargé in the Soviet Union (Kohler) to the Secretary of State",
        "New York, January 21, 1949—noon.", "[Received January 22—6 a.m.]",
        "158. Vyshinsky said"]
    # the later volumes' heading by form and offices, the hour after a comma
    assert _parts("29. Telegram From the Embassy in the Soviet Union to the Department of "
                  "State Moscow, March 4, 1962, 7 p.m.") == [
        "29. Telegram From the Embassy in the Soviet Union to the Department of State",
        "Moscow, March 4, 1962, 7 p.m."]
    # a sentence naming a person in brackets and a dated place is none
    assert len(_parts("The Ambassador (Gauss) went to see Kung at Chungking, May 9, 1944, "
                      "and left.")) == 1


def test_a_usenet_posts_quoted_frus_telegram_is_read_under_the_groups_furniture(
        resources: Resources) -> None:
    facts = text_facts(USENET, resources)
    assert facts["title"] == "The Ambassador in the Soviet Union (Harriman) to the Secretary " \
        "of State"
    assert facts["date"] == "1945-03-12"
    assert facts["date_received"] == "1945-03-13T09:10"
    assert facts["telegram_number"] == "744"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["sender"] == ["W. Averell Harriman"]


def test_a_blogs_run_on_foreign_office_heading_gives_title_number_and_times(
        resources: Resources) -> None:
    facts = text_facts(BLOG, resources)
    assert facts["title"] == "Sir M. Peterson to Foreign Office"
    assert facts["telegram_number"] == "412"
    assert facts["date"] == "1948-08-03"
    assert facts["date_received"] == "1948-08-03T21:45"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["sender"] == ["Maurice Peterson"]
    assert facts["archive_idno"] == "TNA FO 371/70507, C 6212/3/18"


def test_a_two_line_parties_heading_with_the_post_is_the_title(resources: Resources) -> None:
    facts = text_facts(TWO_LINES, resources)
    assert facts["title"] == "Sir D. Kelly (Moscow) to Foreign Office"
    assert facts["telegram_number"] == "88"


def test_the_departments_outgoing_form_is_sent_from_washington(resources: Resources) -> None:
    assert text_facts(OUTGOING, resources)["place_of_origin"] == "Washington"


def test_a_run_on_state_cable_heading_in_a_comment_is_parted_and_signed(
        resources: Resources) -> None:
    facts = text_facts(HN, resources)
    assert facts["telegram_number"] == "3412"
    assert facts["date"] == "1970-12-16"
    assert facts["place_of_origin"] == "Warsaw"
    assert facts["signed"] == "STOESSEL"


def test_a_tables_document_field_naming_the_form_is_no_shelfmark(
        resources: Resources) -> None:
    facts = text_facts(GIST, resources)
    assert facts["archive_idno"] == "f. 5, op. 30, d. 141, ll. 9-10"
    assert "Ciphered telegram</idno>" not in text_xml(GIST, resources)


def test_the_post_and_number_line_gives_place_and_number(resources: Resources) -> None:
    facts = text_facts(EBOOK, resources)
    assert facts["place_of_origin"] == "Moscow"
    assert facts["telegram_number"] == "0118"
