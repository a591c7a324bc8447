"""(repost84) A blog post, course page or article that introduces a document in a sentence of
its own and then quotes it in quotation marks: `When decrypted, the telegram reads:` /
`"We intend to begin on the first of February ... make peace."  Signed, ZIMMERMANN.`; `He
begs the Kaiser to restrain the Austro-Hungarians:` does not name a form and is no such
introduction, `The Abeken text reads [Page 1]: "Ems, July 13, 1870. To ...` runs the
quotation on after the colon.

The writer's sentence closed by a colon names the form the quotation is (`the telegram
reads:`, `the letter ran as follows:`, `the text of the cable said:`); the quotation opens on
the next line (or after the colon) with a mark and runs to the line whose end, or whose
signature after the closing mark (`Signed, ZIMMERMANN.`), closes it, or to the page's end
where the page was cut. The quotation is the document, its marks taken off and a signature
after its closing mark set on a line of its own; the writer's lines over and under it are
the page's text (`page-text`), and the form the introduction names is the document's. A
date and a form word in one of the writer's lines over it (`16 January 1917 The Germans
send the Zimmermann Telegram from Berlin ...`) date the document, not the post's own date
line. Not read where a heading row stands over the quotation (a document quoting a text it
received, whose own heading is over it) or where no writer's line is over the introduction.
"""

from __future__ import annotations

import re

from tei.convert.context import Context
from tei.convert.read import Line
from tei.convert.zones import Segments

_REACH = 24  # the introduction stands near the top of the post
_FORMS = r"telegram|cable|cablegram|wire|letter|note|message|despatch|dispatch|text"
# the writer's introduction, closed by a colon (a page mark in brackets before it kept)
_INTRO = re.compile(
    r"(?i)\b(?:the|this|his|her|its|their|that)\s++(?:(?:decoded|decrypted|deciphered|original|"
    r"full|famous|actual|abeken|bismarck['’]s|kaiser['’]s)\s++){0,2}(?:text\s++of\s++the\s++)?"
    rf"(?P<form>{_FORMS})\s++(?:reads|read|ran|runs|said|says|stated)"
    r"(?:\s++(?:as\s++follows|in\s++full|in\s++part))?,?\s*+(?:\[[^\]\n]{1,24}\]\s*+)?:"
    # (repost86) a book's or newspaper's `Its text follows:`, `It is as follows:`
    r"|\b(?:its|the)\s++(?P<text>text)\s++(?:follows|is\s++as\s++follows)\s*+:"
    r"|\b[Ii]t\s++(?:is|was|reads|read|ran|runs)\s++as\s++follows\s*+:"
    # (repost88) a newspaper's `The message follows:`, `... sent the following message to the
    # Governments of Canada, ...:` (its parties in the sentence)
    rf"|\b(?:the|this|his|her|its|their)\s++(?P<follows>{_FORMS})\s++follows\s*+:"
    # (repost92) an adjective or two before the form (`sent the following diplomatic note to`)
    rf"|\b(?:sent|sends|addressed|cabled|telegraphed)\s++the\s++following\s++"
    rf"(?:(?:diplomatic|official|formal|urgent|secret|personal|private|joint)\s++){{0,2}}(?P<sent>{_FORMS})"
    r"\s++to\s++[^:\"“\n]{2,200}?:"
    # (news89) a wire report's `... to hand the German Government a joint Note as follows:—`
    # and `The text of President Roosevelt's message to the Emperor of Japan was as follows:`
    rf"|\b(?:a|an|the|this|his|her|its|their)\s++(?:joint\s++|identic\s++|formal\s++|new\s++)?"
    rf"(?P<asfollows>{_FORMS})\s++as\s++follows\s*+:"
    r"|\btext\s++of\s++(?P<textof>[^:\"“\n]{2,160}?)\s++(?:was|is)\s++as\s++follows\s*+:")
# (repost97) a site's sentence naming a government's reply, closed by its stop, over the
# quotation (`This is the reply the Nazi Government made to Chamberlain’s declaration of war in
# September 1939.`): a note, a letter in its form; the writer's words however short
_REPLY = re.compile(r"^(?:This|Here)\s++is\s++the\s++(?P<reply>reply|answer|response)\s++"
                    r"[^:\"“\n]{2,200}?\.$")
# (news89) the parties of `The text of President Roosevelt's message to the Emperor of Japan
# was as follows:`: the owner before the form's name, the name after `to`
_TEXT_OF_PARTIES = re.compile(
    rf"\btext\s++of\s++(?P<sender>[A-Z][\w.-]*+(?:\s++[A-Z][\w.-]*+){{0,3}})['’]s\s++"
    rf"(?:[a-z]++\s++)?(?:{_FORMS})\s++to\s++(?P<addressee>(?:the\s++)?[A-Z][\w.'’-]*+"
    r"(?:\s++(?:[A-Z][\w.'’-]*+|of|in|at)){0,6}?)\s++(?:was|is)\s++as\s++follows")
_OPENS = ('"', "“")
_DASH = re.compile(r"^[—–-]{1,2}\s++(?=[\"“])")  # (repost88) OCR's spaced `: — ` before the mark
# (repost87) a newspaper's `Following is the text of the note handed to Secretary of State
# Lansing by Count von Bernstorff, the German ambassador:` (its parties in the sentence)
_FOLLOWING = re.compile(rf"(?i)\b(?:the\s++)?following\s++is\s++the\s++(?:full\s++|official\s++)?"
                        rf"text\s++of\s++(?:the\s++|a\s++|his\s++)?(?P<form>{_FORMS})\b[^:\"“\n]{{0,200}}?:")
# the closing mark at the line's end, or a signature after it (`Signed, ZIMMERMANN.`, `--
# BISMARCK`)
_CLOSE = re.compile(r"[\"”](?:\s++(?P<signed>(?:Signed,?\s++|[—–-]{1,2}\s*+)[A-Z][\w.'’ -]{1,40}?"
                    r"|[A-Z][A-Z.'’ -]{2,40}?)\.?)?(?:\s++[/|])?$")  # (repost88) `/`: an OCR'd rule
_MIN_WORDS = 8  # a quoted document, not a phrase
# (repost92) a sources site's item title over the writer's lines, closed by its year in round
# brackets (`Soviet diplomatic note on the U2 incident (1960)`)
_YEAR_TITLE = re.compile(r"\((?:1[5-9]|20)\d\d\)$")
_TITLE_WORDS = 16
_FORM_OF = {"cable": "telegram", "cablegram": "telegram", "wire": "telegram", "text": ""}


def _introduced(lines: list[Line], ctx: Context) -> tuple[int, int, str] | None:
    """(index of the introduction's line, offset where the quotation opens in it or -1 when it
    opens the next line, the form) of the page's first introduced quotation, else None."""
    saluted = False  # (lead86) a letter's `The following is the text of ...` quotes it
    for i, line in enumerate(lines[:_REACH]):
        saluted = saluted or ctx.res.patterns.match("salutation", line.text) is not None
        following = () if saluted else _FOLLOWING.finditer(line.text)
        for found in (*_INTRO.finditer(line.text), *following, *_REPLY.finditer(line.text)):
            rest = _DASH.sub("", line.text[found.end():].lstrip(), 1)
            rest = "" if not rest.strip("—–- ") else rest  # (repost88) `:—` closing the line
            if rest.startswith(_OPENS) and len(rest.split()) >= _MIN_WORDS:
                return i, len(line.text) - len(rest), _form(found)
            if not rest and i + 1 < len(lines) and lines[i + 1].text.lstrip().startswith(_OPENS):
                return i, -1, _form(found)
        sent = _sent_form(lines, i)
        if sent and line.text.endswith(":") and i + 1 < len(lines) \
                and lines[i + 1].text.lstrip().startswith(_OPENS):
            return i, -1, sent
        if i and ctx.res.patterns.match("heading", line.text) and len(line.text.split()) <= 16:
            return None  # the document's own heading over it: not a writer's quotation
    return None


def _form(found: re.Match[str]) -> str:
    """The form an introduction names; (repost86) `text` where it names none."""
    groups = found.groupdict()
    if (groups.get("asfollows") or groups.get("sent") or "").casefold() == "note" or groups.get(
            "reply"):
        return "letter"  # (news89) a government's note handed over: a letter in its form
    # (news89) `The text of X's message to Y was as follows:` names a text, its parties by the
    # owner before the form's name and the name after `to`
    return (groups.get("form") or groups.get("follows") or groups.get("sent")
            or groups.get("asfollows") or "text").casefold()


# a sentence naming the form its sender sends (`The Tsar separately sends his own telegram to
# the Kaiser.`) in the introduction's line or the line over it
# the verbs of sending a form (`sends`, `wrote`, `cabled`)
_SENDS = r"(?:sends|sent|writes|wrote|cables|cabled|wires|wired|telegraphs|telegraphed)"
_SENT_FORM = re.compile(rf"\b{_SENDS}\s++(?:(?:his|her|its|their|a|an|the|own)\s++){{0,2}}"
                        r"(?P<form>telegram|cable|letter|message|note|despatch|dispatch)\b")
_INTRO_WORDS = 5


def _sent_form(lines: list[Line], i: int) -> str:
    """(repost84) The form a writer's introduction closed by a colon that names none (`He begs
    the Kaiser to restrain the Austro-Hungarians:`) sends, named in it or in the line over
    it; else ''."""
    if len(lines[i].text.split()) < _INTRO_WORDS:
        return ""
    for text in (lines[i].text, lines[i - 1].text if i else ""):
        found = _SENT_FORM.search(text)
        if found:
            return found["form"].casefold()
    return ""


def evidence(lines: list[Line], ctx: Context) -> int:
    found = _introduced(lines, ctx)
    return 1 if found and _over_it(lines, found) else 0


def _over_it(lines: list[Line], found: tuple[int, int, str]) -> bool:
    """Whether a writer's words stand over the quotation: a line over the introduction's, the
    introduction's own words before the quotation run on, or (repost86) a writer's paragraph
    that the introduction closes (a book's hard-wrapped page read as one paragraph: `... sent
    through the Swedish legation. Its text follows:`)."""
    i, offset, _ = found
    return i > 0 or offset > 0 or len(lines[i].text.split()) >= 2 * _MIN_WORDS or bool(
        _REPLY.match(lines[i].text))


def _quoted_end(lines: list[Line]) -> int:
    """The index of the line that closes the quotation opening the first line (the last line
    when the page was cut inside it)."""
    for k, line in enumerate(lines):
        text = line.text.strip()
        if _CLOSE.search(text[1:] if k == 0 else text):
            return k
    return len(lines) - 1


_NAMED_FORM = re.compile(r"(?i)\b(telegram|cable|letter|dispatch|despatch|message)\b")
_PLAIN_FORM = re.compile(r"\b(telegram|cable|cablegram|letter|dispatch|despatch)\b")


def _named_form(head: list[Line], plain: bool = False) -> str:
    """The form the writer's lines last name before an introduction that names only a text
    (`... the original coded telegram sent from Bad Ems ... The Abeken text reads:`); (repost88)
    `plain`: a form in small letters other than a message (a newspaper's `“lost cablegram”`
    over `The message follows:`, not its headline's capitals)."""
    found = (_PLAIN_FORM if plain else _NAMED_FORM).findall(" ".join(line.text for line in head))
    return _FORM_OF.get(found[-1].casefold(), found[-1].casefold()) if found else ""


_NAME = r"(?:[Tt]he\s++)?[A-Z][\w'’.-]++(?:\s++(?:von\s++|de\s++)?[A-Z][\w'’.-]++){0,3}"
# the writer's sentence naming who sent the form to whom (`The Tsar separately sends his own
# telegram to the Kaiser.`, `... telegram sent from Bad Ems by Heinrich Abeken, ..., to
# Bismarck (then in Berlin)`, `... send the Zimmermann Telegram from Berlin to the German
# Ambassador to the United States, Count Johann von Bernstorff via ...`)
_VERB = re.compile(rf"\b{_SENDS}\b")
_NAME_WORDS = 4


def _sender_before(text: str) -> str:
    """The capitalised name right before the sending verb (`The Tsar separately sends`, `Sir
    Edward Grey sends`), an adverb in `-ly` between them skipped; else ''."""
    found = _VERB.search(text)
    words = text[:found.start()].split() if found else []
    if words and words[-1].endswith("ly") and words[-1].islower():
        words = words[:-1]
    name: list[str] = []
    for word in reversed(words):
        if len(name) == _NAME_WORDS or not (word[:1].isupper() or word in ("von", "de")):
            break
        name.insert(0, word)
    while name and name[0] in ("von", "de"):
        name = name[1:]
    return " ".join(name)
_BY = re.compile(rf"\bsent\s++(?:from\s++{_NAME}\s++)?by\s++(?P<sender>{_NAME})"  # (repost87) or
                 rf"|\b(?:handed|delivered|presented|sent)\s++to\s++[^,;:.]{{2,60}}?\s++by\s++(?P<hander>{_NAME})")
_TEXT_FORMS = "|communication|instructions|message"  # (repost86) what a `text` is called
_FROM_NAME = re.compile(rf"^\s++from\s++(?:(?:Dr|Herr|Mr|Count|Baron)\.?\s++)?(?P<sender>{_NAME})")
# a sentence's end: not the stop of a title (`Dr.`, `Mr.`, `St.`) before a name
_SENTENCE_END = re.compile(r"(?<=[a-z]\.)(?<![A-Z][a-z]\.)(?<!Mrs\.)\s++(?=[A-Z])")
_OWNER = re.compile(r"^(?P<sender>[A-Z][\w.-]++(?:\s++(?:von\s++|de\s++)?[A-Z][\w.-]++){0,3})['’]s"
                    r"\s++(?:[a-z]++\s++)?$")  # `Zimmerman’s (own) `
_TO_NAME = re.compile(r"^\s++to\s++(?P<addressee>(?:(?:the|von|van|de)\s++)?[A-Z][\w'’.-]*+"
                      r"(?:\s++(?:[A-Z][\w'’.-]*+|in|of|at)){0,6}?)(?=\s++(?:and|sent|via|was|is)\b|[,.;]|$)")
_TO = re.compile(r"\bto\s++(?P<addressee>(?:the\s++[A-Za-z]|[A-Z])[^.;()\n]{1,120}?)"
                 r"(?=\s++(?:via|in\s++the|after|on\s++the|with|by)\b|[.;(:]|$)")


def _writer_parties(head: list[Line], form: str, seg: Segments, text: bool = False) -> None:
    """The sender and addressee a writer's sentence naming the form gives, for the header's
    channel fields (`channel-from`, `channel-to`), when the document has no heading; (repost86)
    where the introduction named only a text, a sentence naming it a communication or
    instructions too (`a confidential communication from Dr. Alfred Zimmermann`, `Zimmerman’s
    instructions to Voa Eckhardt, sent through ...`: the name after `from` or before `'s`)."""
    words = "telegram|cable|cablegram|wire" if form == "telegram" else form
    text = text or form == "text"
    words += _TEXT_FORMS if text else ""
    word = re.compile(rf"(?i)\b(?:{words})s?\b")
    for line in reversed(head):
        sentences = _SENTENCE_END.split(line.text)
        for sentence in reversed(sentences) if text else sentences:
            found = word.search(sentence)
            if not found:
                continue
            before, after = sentence[:found.start()], sentence[found.end():]
            by = _BY.search(after)
            sender = _named_office(before) or _sender_before(before) or (
                by["sender"] or by["hander"] if by else "")
            # (repost86) else the name after `from` or the owner before a possessive
            named = None if sender or not text else _FROM_NAME.match(after)
            owner = None if sender or named or not text else _owner(before)
            sender = sender or (named or owner or {"sender": ""})["sender"]
            if text and not (owner or named or by or sender):
                continue  # (repost86) a text's parties only from its owner or `from` name
            addressed = (_TO_NAME if owner or named else _TO).search(
                _after_from(sentence, found) if named else after)
            if sender or addressed:
                seg.facts.setdefault("channel-line", str(line.no))
                if sender:
                    seg.facts.setdefault("channel-from", _BROKEN.sub("", sender))
                if addressed:
                    seg.facts.setdefault("channel-to", _BROKEN.sub("", addressed["addressee"]))
                return


# (repost88) a newspaper's word broken at a column's end
_BROKEN = re.compile(r"(?<=[a-z])- (?=[a-z])")
# (repost88) the newspaper's office with its holder in brackets before the sending verb (`The
# Secretary for the Dominions (Mr. Eden) sent ...`, `The Prime Minister (Mr. Fraser) has sent`)
_OFFICE_HOLDER = re.compile(r"\((?:(?:Mr|Mrs|Dr|Sir|Lord|General|M)\.?\s++)?"
                            r"(?P<name>[A-Z][\w'’.-]++(?:\s++[A-Z][\w'’.-]++){0,3})\)"
                            r"\s++(?:(?:has|had|have)\s++)?$")


def _named_office(before: str) -> str:
    """(repost88) The holder's name in brackets after his office, right before the verb."""
    verb = _VERB.search(before)
    found = _OFFICE_HOLDER.search(before[:verb.start()]) if verb else None
    return found["name"] if found else ""


def _owner(before: str) -> re.Match[str] | None:
    """(repost86) The name owning the form in its last words (`A copy of Zimmermann's `)."""
    words = before.split()
    for k in range(min(_NAME_WORDS + 1, len(words)), 0, -1):
        found = _OWNER.match(" ".join(words[-k:]) + " ")
        if found:
            return found
    return None


def _after_from(sentence: str, found: re.Match[str]) -> str:
    """The words after a `from` name and its appositions (`from Dr. Alfred Zimmermann, German
    Foreign Minister, addressed to ...`): from the first `addressed` or `sent`."""
    rest = sentence[found.end():]
    cut = re.search(r"\s(?:addressed|sent)(?=\s++to\b)", rest)
    return rest[cut.end():] if cut else rest


def _dated_line(page: list[Line], form: str, ctx: Context) -> Line | None:
    """The date in the last of the writer's lines that names the form and one whole date."""
    # (repost92) a government's note, read as a letter, is named a note in the writer's lines
    word = re.compile(rf"(?i)\b(?:{form}|note|reply|answer)s?\b" if form == "letter"
                      else rf"(?i)\b{form}s?\b")  # (repost97) a government's reply too
    for line in reversed(page):
        found = ctx.res.dates.find(line.text)
        if word.search(line.text) and len(found) == 1 and re.search(r"\d{4}", line.text[
                found[0].start:found[0].end]):
            return Line(line.no, line.text[found[0].start:found[0].end])
    return None


def unwrap(lines: list[Line], seg: Segments, ctx: Context) -> list[Line]:
    """The writer's lines into the page's text; the quotation, its marks off, is left."""
    found = _introduced(lines, ctx)
    if not found or not _over_it(lines, found):
        return lines
    i, offset, form = found
    page = seg.fields.setdefault("page-text", [])
    head = list(lines[:i])
    if head and seg.page_title is None and _YEAR_TITLE.search(head[0].text) \
            and len(head[0].text.split()) <= _TITLE_WORDS:
        seg.page_title, head = head[0], head[1:]  # (repost92) a source site's `... (1960)`
    if offset >= 0:  # the quotation runs on after the colon
        intro = lines[i]
        lead = _FOLLOWING.search(intro.text, 0, offset)  # (repost87) its own sentence, read
        cut = lead.start() if lead and lead.start() else offset  # first for the parties
        head += [Line(intro.no, intro.text[:cut].rstrip())] + (
            [Line(intro.no, intro.text[cut:offset].rstrip())] if cut < offset else [])
        quoted = [Line(intro.no, intro.text[offset:]), *lines[i + 1:]]
    else:
        head.append(lines[i])
        quoted = list(lines[i + 1:])
    end = _quoted_end(quoted)
    body, tail = quoted[:end + 1], quoted[end + 1:]
    body[0] = Line(body[0].no, body[0].text.lstrip()[1:].lstrip())
    last = body[-1].text.rstrip()
    closed = _CLOSE.search(last)
    signed = []
    if closed:
        body[-1] = Line(body[-1].no, last[:closed.start()].rstrip())
        if closed["signed"]:
            signed = [Line(body[-1].no, closed["signed"].strip())]
    page.extend(head)
    page.extend(tail)
    kind = _FORM_OF.get(form, form) or _named_form(head)
    if form == "message":  # (repost88) the message the writer's lines called a cablegram
        kind = _named_form(head, plain=True) or kind
    if kind:
        seg.facts.setdefault("form", kind)
    parties = _TEXT_OF_PARTIES.search(lines[i].text)  # (news89) `The text of X's message to Y`
    if parties:
        seg.facts.setdefault("channel-line", str(lines[i].no))
        seg.facts.setdefault("channel-from", parties["sender"])
        seg.facts.setdefault("channel-to", parties["addressee"])
    _writer_parties(head, kind or ("text" if form == "text" else "telegram"), seg, form == "text")
    dated = _dated_line(head, form if form != "text" else "telegram", ctx)
    if dated is not None and seg.page_date is None:
        seg.page_date = dated
    return _dateline_apart([line for line in body if line.text]) + signed


_MONTH_DAY = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
              r"|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)")  # (repost86) `Jan. 19`
# the quotation's own dateline run into its text (`Ems, July 13, 1870. To the Federal ...`)
_DATELINE = re.compile(rf"^(?P<dateline>[A-Z][\w'’.-]++(?:\s++[A-Z][\w'’.-]++){{0,2}},\s++"
                       rf"(?:{_MONTH_DAY}\s++\d{{1,2}},?|\d{{1,2}}(?:st|nd|rd|th)?\s++{_MONTH_DAY},?)"
                       r"\s++\d{4})\.\s++(?P<mark>[\"“]\s*+)?(?P<rest>[A-Z(][^\n]{20,})$")


# (repost87) a newspaper's print of a message, its address run on before a stop and a dash
# (`Right Hon. Mr Deakin, Prime Minister, Commonwealth of Australia, Melbourne.—' Thanks ...`)
_ADDRESS = re.compile(r"^(?P<address>(?:(?:The\s++)?(?:Right\s++|Rt\.\s++)?Hon\.?|His\s++Excellency"
                      r"|Sir|Mr\.?)\s++[A-Z][^—–\n]{2,160}?,[^—–\n]{2,160}?\.)\s*+[—–]\s*+"
                      r"(?P<mark>['\"‘“]\s*+)?(?P<rest>[A-Z][^\n]{20,})$")


def _dateline_apart(body: list[Line]) -> list[Line]:
    """The quotation's first line with its dateline, or its address (repost87), set on a
    line of its own."""
    address = _ADDRESS.match(body[0].text) if body else None
    if address:
        return [Line(body[0].no, address["address"]), Line(body[0].no, address["rest"]),
                *body[1:]]
    found = _DATELINE.match(body[0].text) if body else None
    if not found:
        return body
    return [Line(body[0].no, found["dateline"] + "."), Line(body[0].no, found["rest"]),
            *body[1:]]
