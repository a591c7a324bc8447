"""Evidence the read stage weighs at a hard-wrapped line's end (`read.logical_lines`).

A copy wrapped at 60 to 80 columns (an e-mail, a plain-text export, `fold`) cuts headings and
furniture lines as well as paragraphs. These tests say, from the words on both sides of a
break and never from a column alone, whether a line runs on:

- a furniture line's name cut by the width runs on into the line that finishes it (`... from
  the Leon Levy` / `Foundation`, `... Carnegie Corporation of New` / `York (CCNY)`);
- a heading line (capitalised words and the small words between them, no stop: a FRUS
  heading `The Secretary of State to the Chargé in the Soviet Union (Thurston)`) does not run
  on into a line opened by a telegram's or a point's number (`1289. 1. Unless ...`): that
  number opens the text under the heading, however full the heading line is; nor does a
  full line run on into a FRUS marking in lower case (`secret`) or a salutation;
- a long line cut inside a name runs on into the capitalised line that finishes it (after
  `Foreign`, `Prime`, a possessive, a small word, a day cut from its month), a sentence's
  line cut inside a person's name into the surname the sentence goes on after;
- in a telegram in capitals a long open line runs on into a line that ends a sentence or
  holds a small word (never into a name alone: the signature);
- a heading cut by the width runs on into the heading-shaped lines that finish it, up to
  the officer's name in brackets that ends a FRUS heading (`... to the People’s` /
  `Commissar for Foreign Affairs of the Soviet Union (Molotov)`);
- a paragraph ends at a stop, a question or an exclamation mark, a closing quote after it
  (`... other than Ecuador?`, `... to him.”`);
- no line runs on across a change of case (capitals to lower case or back: `case_break`).
"""

from __future__ import annotations

import re

from tei.convert.month_names import MONTH_NAMES

RUNNING_ON_WORDS = frozenset((
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "on", "at", "by", "for", "from",
    "with", "into", "upon", "about", "against", "between", "under", "over", "after",
    "before", "during", "without", "within", "than", "that", "which", "who", "whom", "whose",
    "as", "if", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had",
    "will", "would", "shall", "should", "may", "might", "can", "could", "not", "his", "her",
    "its", "their", "our", "your", "my", "he", "she", "it", "we", "they", "this", "these",
    "those"))
# the last words of a funding body's or an institution's name; the words at most of such a
# name's end wrapped onto the next line
_BODY_ENDS = frozenset(("Foundation", "Center", "Centre", "Scholars", "Fund", "Trust",
                        "Institute", "Corporation", "University", "Unification", "Endowment",
                        "Council", "Society", "Association", "Archive", "Archives", "Library"))
_NAME_END_WORDS = 6
# a body's initials in brackets closing its name (`Carnegie Corporation of New York (CCNY)`)
_INITIALS = re.compile(r"^\([A-Z]{2,10}\)\.?$")
# a paragraph's last sentence: a stop, a question or an exclamation mark, quotes closing
# after it (a bracket closing after it ends a cable's aside, `... End note.)`: it tells nothing)
PARAGRAPH_END = re.compile(r"[.?!][\"”’'»]*+$")
# a telegram's or a point's number opening a line (`1289. Your 2550`, `1289. 1. Unless`)
_NUMBER_OPENS = re.compile(r"^\d{1,5}\.\s+\S")
_HEADING_STOPS = re.compile(r"[.!?:;,]$")
# a FRUS print's marking alone on its line, its small capitals copied in lower case
# (also frus36) with its handling words after it (`secret; priority`, `eyes only; nodis`)
# (cables43) or the 1940s' precedence alone (`urgent`, `us urgent`: FRUS 1945-1950)
# (frus73) the page's spaces between grade and precedence kept (`top secret   niact`,
# `confidential   priority`, `secret   us urgent`)
_MARKING = re.compile(r"^(?:(?:top |most |strictly )?secret|confidential|priority|niact"
                      r"|eyes only|limited official use|official use only|restricted"
                      r"|(?:niact )?immediate|personal and (?:private|confidential)"
                      r"|no distribution|(?:us |u\.\s?s\. |most )?urgent)"
                      r"(?:(?:[;,] |\s++)(?:priority|niact|eyes only|limdis|exdis|nodis|personal"
                      r"|(?:us |u\.\s?s\. |most )?urgent|(?:niact )?immediate|sensitive))*+$")
# (frus36) the editors' receipt line under a heading (`[Received June 7—7:41 a. m.]`)
_RECEIVED = re.compile(r"^\[Received\s")
# (frus36) a heading line closing on its holder in brackets or its addressee
_HEADING_END = re.compile(r"(?:\([A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2}\)"
                          r"|\bSecretary of State|\bDepartment of State)$")
_SALUTATION = re.compile(r"^(?:My [Dd]ear|Dear) [A-Z][^:,]{0,50}[:,]")
# (wrap21) a heading's own line of bracketed number and markings (DIFP `(No. 27)
# (Immediate)`, `(Confidential)`; FRUS `[Paraphrase]`)
_BRACKETED_MARKS = re.compile(
    r"^(?:[(\[](?:Nos?\.\s?\d{1,5}|(?:Most\s)?Immediate|Urgent|Priority|Personal|(?:Strictly\s)?"
    r"Confidential|(?:Top\s)?Secret|Personal\sand\s(?:Confidential|Secret)|Paraphrase|Copy"
    r"|Extract|Translation|Draft)[)\]]\.?\s*+){1,4}$", re.IGNORECASE)
# (cw80) the copy's state alone in brackets (`(Copy)`, `(Extract)`) under any heading line
# (DIFP: `Aide-mémoire left by John J. Hearne with the Department of State` / `(Copy)`)
_COPY_STATE = re.compile(r"(?i)^[(\[](?:copy|extract|translation|draft|paraphrase)[)\]]\.?$")
# (wrap21) a form's dispatch or receipt line opening (`Recibido en Madrid el ...`, `Received
# in ...`): it stands apart from the dispatch line above it, however full that is
_ACTION_OPENS = re.compile(r"^(?:Received|Recibido|Reçu|Ricevuto|Recebido|Eingegangen|Despatched"
                           r"|Dispatched|Expedido|Expédié|Spedito|Otrzymany|Nadany|Deciphered)"
                           r"\s(?:en|in|at|on|from|à|a|am|le|el|il|w|\d)\b")
# a bare action label, or a word a date follows, ending a line cut before the date
_ACTION_LABEL = re.compile(r"^(?i:received|sent|dispatched|despatched|otrzymany|nadany|recibido"
                           r"|expedido|reçu|expédié)(?:\s(?:on|at))?:?$")
_BEFORE_DATE = frozenset(("on", "at", "of", "dated", "am", "le", "el", "den", "dnia"))
# a receipt label and a date closing on its year; a clock time alone on its line
_RECEIPT_DATE = re.compile(r"^(?:(?:Control:?\s*+\d{1,6}\s++)?(?i:rec'?d|rec’d|received):?\s)?"
                           r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s\d{1,2},\s\d{4}$")  # `MAY 14, 1964`
# (ocr60) a typewriter's OCR may read a digit of the clock as `l`, `I` or `O` (`7:l5 a.m.`)
_CLOCK_ALONE = re.compile(r"^(?=\S*\d)[\dlI]{1,2}[:.][\dlIO]{2}\s?"
                          r"(?i:[ap]\.?\s?m\.?|noon|midnight)$")
# (ocr74) or the month first, as a receipt stamp sets it under its label (`RECEIVED` / `DEC 8
# 1969`, the Nixon library's NSC/S stamp; `Dec. 8, 1969`)
_DATE_OPENS = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}"
                         r"|\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8}\s\d{4}"
                         r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
                         r"\s[0-3]?\d,?\s(?:1[89]|20)\d\d)\b")
# a heading's last officer in brackets, a note call perhaps after it (`(Molotov)`, `(Bruce)1`)
_NAME_CLOSES = re.compile(r"\([A-Z][\w.'’ -]{1,40}\)\d{0,2}$")
# (frus80) or the sender's officer in brackets and then its addressee named without one
# (`Affairs (Kissinger) to President Nixon1`, `(Rusk) to the Secretary of State`)
_NAME_THEN_PARTY = re.compile(r"\([A-Z][\w.'’ -]{1,40}\)\s(?:to|and)\s[A-Za-z][^()]{2,60}$")
# (frus80) a print volume's document number before its heading (`114. Transcript of ...`)
_DOC_NUMBER = re.compile(r"^\d{1,4}\.\s(?=[A-Z])")
_WRAPPED = 50  # a heading's line the width cut is long
_CAPITALS_LINE = 60  # a telegram's line in capitals the width cut is longer
_TELEGRAPHIC_STOPS = (" STOP", " STOP.", " FULLSTOP", " PARA")
# words of an office's or a body's name that never end it
_OPEN_WORDS = frozenset(("foreign", "prime", "vice", "deputy", "united", "people's",
                         "people’s"))
_MONTH_OPENS = re.compile(rf"^(?:{MONTH_NAMES}) \d{{4}}\b")
_MIN_HEADING_WORDS, _MIN_CAPITALISED = 4, 3
_WORD_EDGES = "()[]\"“”‘’'"


def cut_short(text: str) -> bool:
    """A line whose last word no phrase ends with (`... support from ROK Ministry of`): a
    furniture line that matched before its end wrapped onto the next line."""
    return text.rsplit(maxsplit=1)[-1].casefold() in RUNNING_ON_WORDS


def runs_on_from_furniture(furniture: str, following: str) -> bool:
    """A line in lower case goes on a full furniture line; after a body's whole name
    (`... support from Leon Levy Foundation`) only one opening with a word that goes on
    a phrase (`of New York (CCNY)`), not a word glued to the text (`notThe Korean ...`)."""
    if not following[:1].islower():
        return False
    return furniture.rsplit(maxsplit=1)[-1].rstrip(".") not in _BODY_ENDS or \
        following.split(maxsplit=1)[0] in RUNNING_ON_WORDS


def finishes_a_name(text: str) -> bool:
    """A short line of capitalised words ending as a body's name ends (`Foundation`,
    `International Center for Scholars`, `Foundation.`) or with its initials in brackets
    (`York (CCNY)`): the rest of a furniture line's name the width cut (`... support from
    the Leon Levy` / `Foundation`)."""
    words = text.split()
    last = words[-1]
    return len(words) <= _NAME_END_WORDS and (
        last.rstrip(".") in _BODY_ENDS or bool(_INITIALS.match(last))) and all(
        word.strip(_WORD_EDGES)[:1].isupper() or word in RUNNING_ON_WORDS for word in words)


# (lead24) an addressee's line in lower case under a heading (`... Rossow and Pishevari` /
# `to Cde. Stalin`): the party a Soviet record names, no wrapped rest of the heading
# (frus57) a closing formula's last word and comma (`your obedient servant,`, `I have, etc.,`)
_VALEDICTION_END = re.compile(r"(?i:servant|etc\.|yours|respectfully|truly|faithfully|sincerely),$")
# a signature in capitals (`WM. L. DAYTON.`, `HAY.`); (frus84) a foot address (`Hon. W. ...`)
_CAPITALS_SIGNATURE = re.compile(r"^(?:(?:[A-Z][A-Za-z]{0,3}\.\s?){0,3}[A-Z][A-Z'’-]++"
                                 r"(?:\s[A-Z][A-Z'’-]++){0,2}\.?|(?:Hon\.|His\sExcellency)\s.+)$")
_ADDRESSEE_LINE = re.compile(r"^to\s++(?:(?:Cde|Comrade|Mr|Mrs|Dr)\.?\s++)?[A-Z][\w.'’-]*+"
                             r"(?:\s++[A-Z][\w.'’-]*+){0,2}\.?$")
# (wcda58) an East-bloc report's inside address to a comrade (`To Comrade János Péter,
# Minister of Foreign Affairs,`, `TO COMRADE IVAN BASHEV`) under its subject line
_COMRADE_ADDRESS = re.compile(r"^(?:To|TO)\s++(?:Comrade|COMRADE|Cde\.)\s++[A-ZÀ-Ý]")


# (cables73) a Canadian External Affairs telex's subject line, in capitals after three dashes
# (`---CYPRUS:USA VIEWS ON RESUMPTION OF TALKS`): the text starts under it
_DASHED_SUBJECT = re.compile(r"^-{3}[A-Z][A-Z\d :/,.'’()&-]{2,150}$")


def starts_apart(physical: str, following: str) -> bool:
    """A line that a full line above it does not run on into: a FRUS print's classification
    or precedence in lower case (its small capitals: `secret`, `priority`), a letter's
    salutation (`My dear Mr. Prime Minister:`), a telegram's or a point's number under a
    heading line (`heading_shaped`: `... (Thurston)` / `1289. 1. Unless ...`), a line of
    bracketed number and markings under a heading line or one closing on a name in brackets
    (`Code telegram ... to Seán Murphy (Vichy)` / `(No. 41) (Personal)`, `[Paraphrase]`), a
    form's receipt line under its dispatch line (`Expedido en ... a las 18,30` / `Recibido en
    Madrid el ...`), (frus57) a signature in capitals under a closing formula's comma, its
    given name cut short (`... your obedient servant,` / `WM. L. DAYTON.`, `JNO. BIGELOW.`),
    (wcda58) an inside address to a comrade (`To Comrade ...`), (cables73) any line under a
    telex's dashed subject line."""
    if _VALEDICTION_END.search(physical) and _CAPITALS_SIGNATURE.match(following):
        return True
    if physical.startswith("---") and _DASHED_SUBJECT.match(physical):
        return True
    if _MARKING.match(following) or _SALUTATION.match(following) or _ACTION_OPENS.match(
            following) or _RECEIVED.match(following) or _COMRADE_ADDRESS.match(following) or (
            _ADDRESSEE_LINE.match(following) and heading_shaped(physical)):
        return True
    if _BRACKETED_MARKS.match(following):
        return heading_shaped(physical) or bool(_NAME_CLOSES.search(physical)) or (bool(
            _COPY_STATE.match(following)) and not physical.rstrip().endswith((",", "-")))
    return bool(_NUMBER_OPENS.match(following)) and (
        heading_shaped(physical) or bool(_HEADING_END.search(physical)))


def date_runs_on(physical: str, following: str) -> bool:
    """A form's dispatch or receipt line cut before its date runs on into the date: after a
    bare action label (`otrzymany` / `12.10.1977 godz. 19.35`) or a word a date follows
    (`... and received on` / `14.08.1963 at 18:05`); a receipt or date line closing on its
    date's year into the clock time alone under it (the Department's printed telegram
    forms: `Rec'd: September 4, 1969` / `3:52 a.m.`, the outgoing form's stamp `Apr 14,
    1965` / `8:41 PM`, cables55)."""
    if _CLOCK_ALONE.match(following):
        return bool(_RECEIPT_DATE.search(physical))
    if not _DATE_OPENS.match(following):
        return False
    return bool(_ACTION_LABEL.match(physical)) or (
        physical.rsplit(maxsplit=1)[-1].casefold() in _BEFORE_DATE)


def cut_inside_heading(physical: str, following: str) -> bool:
    """A long line cut inside a name's phrase runs on into a capitalised line: after a word
    no heading or name ends with (`... to the Ministry of Foreign` / `Affairs`, `... TO THE
    MINISTER OF FOREIGN` / `AFFAIRS, VENTURINI`, `... to People's` / `Commissar ...`), or a
    day cut from its month (`... Department of State, 4` / `August 1969`)."""
    words = physical.split()
    if not words or not following[:1].isupper():
        return False
    last = words[-1].casefold()
    small = words[-1] in RUNNING_ON_WORDS or (words[-1].isupper() and last in RUNNING_ON_WORDS)
    return small or last in _OPEN_WORDS or last.endswith(("'s", "’s")) or (
        last.isdigit() and len(last) <= 2 and words[-2:-1] != [] and words[-2].endswith(",")
        and bool(_MONTH_OPENS.match(following)))


# (leftover24) a name's first words ending a sentence's line, its rest opening the next line
# before the sentence goes on in lower case (`... Secretary John Foster` / `Dulles yesterday.`)
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")
_NAME_GOES_ON = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?[,;]?\s[a-z]")
_NO_NAMES = frozenset(("January", "February", "March", "April", "May", "June", "July", "August",
                       "September", "October", "November", "December", "Monday", "Tuesday",
                       "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I"))
_FIELD = re.compile(r"^[\w ]{1,30}:")  # a labelled line (`Serial number: 00517`)
_SENTENCE_WORDS = 2  # words in lower case that tell a sentence's line from a heading's


def cut_inside_a_name(physical: str, following: str) -> bool:
    """A long line of a sentence cut inside a person's name runs on into the line that
    finishes it: the line ends on a capitalised word no stop follows (`... called on
    Secretary of State John Foster`; not on a body's last word: `... from Kyungnam
    University`), the next opens with one capitalised word that the sentence in lower case
    follows (`Dulles yesterday. He ...`, `Dulles, and we ...`; no label: `Serial number:`)."""
    words = physical.split()
    lower = [w for w in words if w[:1].islower() and w.casefold() not in RUNNING_ON_WORDS]
    return len(lower) >= _SENTENCE_WORDS and bool(_NAME_WORD.fullmatch(words[-1])) \
        and words[-1] not in _NO_NAMES and words[-1] not in _BODY_ENDS \
        and bool(_NAME_GOES_ON.match(following)) and not _FIELD.match(following)


def capitals_run_on(physical: str, following: str) -> bool:
    """In a telegram in capitals, where case tells nothing, a long open line runs on into a
    line in capitals that ends a sentence or holds a small word (`... I SAID I WOULD SEEK` /
    `YOUR INSTRUCTIONS.`, `... STOP LETTER` / `FOLLOWS BY BAG`); a name under the text has
    neither (`JAWAHARLAL NEHRU`). A line ending in telegraphese's `STOP` ends its sentence;
    (cables73) a telex's dashed subject line runs on into nothing."""
    if len(physical) < _CAPITALS_LINE or physical.endswith(_TELEGRAPHIC_STOPS) or not (
            _all_capitals(physical) and _all_capitals(following)) or (
            physical.startswith("---") and _DASHED_SUBJECT.match(physical)):
        return False
    return following.endswith(".") or any(
        word.casefold() in RUNNING_ON_WORDS for word in following.split())


def _all_capitals(text: str) -> bool:
    """Whether `text` has letters and no small one."""
    return any(c.isalpha() for c in text) and not any(c.islower() for c in text)


# (misses35) a document's title cut after `to`: its form's words, `from` or `by` and the sender
# (`Extract from a confidential report from William Warnock to`, `Letter from Seán Lester to
# the`), or its parties alone (`Sir R. Lindsay (Washington) to`, DBPO)
_TITLE_CUT = re.compile(r"^(?:(?P<form>[A-Z][\w'’-]*+(?:\s[\w'’-]+){0,5})\s(?:from|by)\s)?"
                        r"(?P<party>[A-Z].*?)\sto(?:\sthe)?$")
_PARTY_WORDS = 10  # words of the party line that finishes such a title at most
_CALL_END = re.compile(r"\d{1,2}$")


def title_cut_at_to(physical: str, following: str) -> bool:
    """(misses35) A title cut after its `to` (`Extract from a confidential report from William
    Warnock to` / `Joseph P. Walshe (Dublin)`, DIFP; `Sir R. Lindsay (Washington) to` / `Sir
    J. Simon`, DBPO; `Secretary of State for External Affairs to` / `High Commissioner in
    United Kingdom`, DCER) runs on into the addressee's line under it: capitalised words (a
    place in brackets, a note call after them), no stop."""
    found = _TITLE_CUT.match(physical)
    words = _CALL_END.sub("", following).split()
    if not found or not words or len(words) > _PARTY_WORDS or _HEADING_STOPS.search(
            following) or any(c.isdigit() for c in _CALL_END.sub("", following)):
        return False
    party = found.group("party").split()
    return len(party) + (2 if found.group("form") else 0) >= _MIN_CAPITALISED and _capitalised(
        party) and _capitalised(words) and any(word[:1].isupper() for word in words)


# (wcdaold73) a printed collection's heading in capitals naming its form and sender
# (`TELEGRAM FROM THE USSR AMBASSADOR IN THE PRC P. F. YUDIN`), its addressee on the next line
_CAPITALS_FROM = re.compile(r"^(?!FROM\b)[A-Z][A-Z'’-]++(?:\s++[A-Z][A-Z'’-]*+){0,3}\s++FROM\s++"
                            r"(?:(?!\bTO\b)[^a-z;:,!?])++(?<=[A-Z])$")
_CAPITALS_TO = re.compile(r"^TO\s++(?:THE\s++)?[A-Z][^a-z.;:!?]{1,80}+$")
_CAPITALS_TITLE_WORDS = 5


def capitals_title_to(physical: str, following: str) -> bool:
    """(wcdaold73) A heading in capitals opening with its form and `FROM` (`TELEGRAM FROM THE
    USSR AMBASSADOR IN THE PRC P. F. YUDIN`) runs on into its addressee's line under it
    (`TO THE CPSU CC`), as a printed collection wraps it; a form's own `FROM MOSCOW` /
    `TO FOREIGN OFFICE` lines stand apart."""
    return len(physical.split()) >= _CAPITALS_TITLE_WORDS and bool(
        _CAPITALS_FROM.match(physical)) and bool(_CAPITALS_TO.match(following))


def heading_runs_on(texts: list[str]) -> set[int]:
    """Indices of the physical lines that go on a heading line a copy wrapped (`The American
    Ambassador in the Soviet Union (Harriman) to the People’s` / `Commissar for Foreign
    Affairs of the Soviet Union (Molotov)`): a run of heading-shaped lines, each but the last
    long and open, the last (perhaps short: `(Steinhardt)`, `Union (Molotov)`) closing on an
    officer's name in brackets as a FRUS heading does (a note call after it); a run of whole
    headings stands apart (each ends on its name)."""
    runs = {i for i in range(1, len(texts)) if title_cut_at_to(texts[i - 1], texts[i])
            or capitals_title_to(texts[i - 1], texts[i])}
    start = 0
    for i, text in enumerate(texts):
        text = _DOC_NUMBER.sub("", text) if i == start else text
        closing = _closes_on_a_name(text, texts[i + 1] if i + 1 < len(texts) else "")
        if not (closing or (text and heading_shaped(text))):
            start = i + 1
            continue
        if i > start and closing and all(
                len(texts[j]) >= _WRAPPED and not _NAME_CLOSES.search(texts[j])
                for j in range(start, i)):
            runs.update(range(start + 1, i + 1))
            start = i + 1
    return runs


def heading_shaped(text: str) -> bool:
    """Capitalised words and the small words between them, no stop or comma at the end (`The
    Secretary of State to the Chargé in the Soviet Union (Thurston)`); a sentence's line
    has words in lower case other than those."""
    words = text.split()
    if len(words) < _MIN_HEADING_WORDS or _HEADING_STOPS.search(text):
        return False
    capitalised = sum(1 for word in words if word.strip(_WORD_EDGES)[:1].isupper())
    return capitalised >= _MIN_CAPITALISED and _capitalised(words)


def _closes_on_a_name(text: str, following: str = "") -> bool:
    """A line of capitalised words ending on a name in brackets, not on a marking
    (`(Confidential)`, `(Secret)`: a letter's heading's own line), nor a line of bracketed
    markings alone (other40, DIFP: `(Secret) (Copy)`); (frus80) or on the addressee after
    the sender's bracketed name (`Affairs (Kissinger) to President Nixon1`), unless a long
    line's addressee goes on to its own bracketed name on the `following` line."""
    found = _NAME_CLOSES.search(text)
    if found is None and not (len(text) >= _WRAPPED and _NAME_CLOSES.search(following)):
        found = _NAME_THEN_PARTY.search(text)
    if not found or _BRACKETED_MARKS.match(text):
        return False
    return _capitalised(text.split()) and not _MARKING.match(
        found.group(0).rstrip("0123456789")[1:-1].casefold())


def _capitalised(words: list[str]) -> bool:
    """Whether each word is capitalised or one of the small words between a name's."""
    return all(word.strip(_WORD_EDGES)[:1].isupper() or word.casefold() in RUNNING_ON_WORDS
               for word in words)


_BRACKET_REACH = 400  # characters an editors' bracket runs on for at most
_BRACKET_LINES = 8  # the block's last physical lines the open bracket is looked for in


def in_bracket(parts: list[str], width: int | None, following: str = "") -> bool:
    """(frus36) Whether the block read so far (`parts`, its physical lines) of a hard-wrapped
    text (`width`) leaves an editors' bracket open (`[Here follows discussion on items 1.
    “Continental Defense,” 2.` / `“Coast Guard Operations, ...”.]`): it runs on to its
    close; (ocr65) or its last line, short, opens a round bracket the `following` line
    closes (`round_bracket_open`); (lead75) or an editors' note in round brackets is open
    (`round_note_open`)."""
    if parts and (round_bracket_open(parts[-1], following) or round_note_open(parts)):
        return True
    if width is None:
        return False
    text = " ".join(parts[-_BRACKET_LINES:])
    at = text.rfind("[")
    return at > text.rfind("]") and text[at + 1:at + 2].isupper() \
        and len(text) - at < _BRACKET_REACH


def round_note_open(parts: list[str]) -> bool:
    """(lead75) The block's last lines (up to `_BRACKET_LINES`) hold an editors' note in
    round brackets opened at a line's start by a capital and not yet closed (`(Diplomatic
    Archive of the Ministry ..., PA, 1968,` / `f. 143, d. 2. Translated by X.)`): it runs on
    to its close."""
    parts = parts[-_BRACKET_LINES:]
    opening = next((k for k in range(len(parts) - 1, -1, -1)
                    if _ROUND_NOTE.match(parts[k].lstrip())), None)
    if opening is None:
        return False
    note = " ".join(parts[opening:])
    return note.count("(") > note.count(")") and len(note) < _BRACKET_REACH


_ROUND_NOTE = re.compile(r"\([A-Z]")
# (ocr65) a short line opening a round bracket it leaves open; a short line closing it
_OPEN_ROUND = re.compile(r"^\([^()]{2,60}$")
_CLOSE_ROUND = re.compile(r"^[^()]{2,60}\)\.?$")


def round_bracket_open(physical: str, following: str) -> bool:
    """(ocr65) A short line opening a round bracket it does not close runs on into a short
    line closing it: a dateline or a copy list a typescript set over two lines at the right
    (`(Geneva, 19 June 1954,` / `sent 23:00 hours)`, `(Copies to: Prime Minister,` /
    `Europe-Asia Bureau)`)."""
    return bool(_OPEN_ROUND.match(physical.strip())) and bool(
        _CLOSE_ROUND.match(following.strip()))


_TURN_UNDER_YEAR = re.compile(r"\b\d{4}\.?\n[A-Z][\w'’-]{1,30}+:\s")  # `1979` / `Kosygin:`


def case_break(physical: str, following: str) -> bool:
    """No run-on between a line in capitals and a sentence in lower case either way (a page's
    title over its introduction, `SUBJECT: ... DRAFT` over the text), from a heading in
    capitals into a short mixed-case line (`FROM WASHINGTON TO FOREIGN OFFICE` / `Mr.
    Coulson`), nor from a heading's year into a transcript's turn (`1979` / `Kosygin:`, wc34)."""
    before, after = _capitals(physical), _capitals(following)
    if before and after is None:
        return any(c.islower() for c in following)
    return (before is not None and after is not None and before != after) or bool(
        _TURN_UNDER_YEAR.search(f"{physical}\n{following}"))


# a reading room's mark of a withheld name in a capitals title (`CABLE(Sanitized)DATED`, ocr38)
WITHHELD_MARK = re.compile(r"\((?:Sanitized|Redacted)\)")


def _capitals(text: str) -> bool | None:
    """Whether `text` is written in capitals (True), in mixed case (False), or cannot tell
    (None: fewer than 12 letters); a withheld name's mark counts for nothing (ocr38)."""
    letters = [c for c in WITHHELD_MARK.sub(" ", text) if c.isalpha()]
    if len(letters) < 12:
        return None
    upper = sum(c.isupper() for c in letters) / len(letters)
    return True if upper > 0.7 else False if upper < 0.25 else None
