"""Header facts from the page: title, citation, shelfmarks, summary, translator, language,
source URL, funder and reuse statement, as the page readers found them (`Segments`)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tei.convert.archive_field import archive_shelfmark, holder, named_archive, portal_holder
from tei.convert.archive_seat import seat
from tei.convert.citation_credit import BEFORE_CREDIT, obtained_before
from tei.convert.classified_tail import unclassified
from tei.convert.context import Context
from tei.convert.eastasian import is_given_name
from tei.convert.index_terms import index_terms
from tei.convert.inline import InlineReader
from tei.convert.model import Header, Inlines, Mark, merge, text_of
from tei.convert.pages.summary import is_credit
from tei.convert.parties import WINGS
from tei.convert.prose_translator import prose_translator
from tei.convert.read import Line
from tei.convert.roles import COPY_WORDS
from tei.convert.surnames import bracketed_namesake
from tei.convert.title_anchor import glued_anchor as _glued_anchor
from tei.convert.title_identified import named_supplied
from tei.convert.zones import Segments

_NAMES = frozenset({"persName", "placeName", "orgName"})
_NOTE_MARKS = frozenset({"note", "anchor"})  # a note or its anchor in the title line
# an office's holder named in parentheses after it (`the Representative to the United Nations
# (Stevenson)`, `Hungarian Embassy in Havana (Görög)`): a name position, not a form's note
_HOLDER = re.compile(r"\((?!(?:" + COPY_WORDS + "|" + WINGS + r")\))"
                     r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’.-]++(?:\s[A-ZÀ-Þ][\w'’.-]++){0,3})\)")
_BRACKETED = re.compile(r"(\[[^\[\]]*+\]|[\[\]])")  # a title's brackets, kept as printed
_URL = re.compile(r"https?://[^\s\"”<>]+")
_QUOTED = re.compile(r"^[\"“]")
_SOURCE_LABEL = re.compile(r"^(?:(?:Sources?|Archival\s++source|Document\s++source)\s*+:"
                           r"|(?:Transcribed|Typed(?:\s++out)?|Copied)\s++from)\s")  # (repost79)
# (leftover21) an author-led citation, the item's creator before the quoted title (Omeka's
# `Rapacki, Adam, “Letter, ...,” Site, accessed March 2, 2024, https://...`): no summary
_AUTHOR_LED = re.compile(r"^[^\"“”]{1,80}?,\s[\"“][^\"“”]{3,300}[\"”]")
_CODE = re.compile(r"^[a-z]{2,3}$")
_WRITTEN_FIELDS = {"citation", "summary", "credits", "translator", "obtainer", "source",
                   "document-information", "original-archive", "rights", "page-text", "record",
                   "comments"}
# (leftover23) a funding line naming several funders (`the Henry Luce Foundation and the Korea
# Foundation`, `ROK Ministry of Unification, Leon Levy Foundation`): cut where an institution's
# last word (or its initials in brackets) closes the part before the comma or `and`, so that
# one funder's own `and` (`John D. and Catherine T. MacArthur Foundation`) stays
_FUNDER_JOIN = re.compile(r",\s++(?:and\s++)?(?:the\s++)?(?=[A-Z])"
                          r"|(?<=\S)\s(?:and|&)\s++(?:the\s++)?(?=[A-Z])")
_FUNDER_END = re.compile(r"\b(?:Foundation|Corporation(?:\sof\sNew\sYork)?|University|Unification|"
                         r"Scholars|Fund|Institute|Endowment|Trust|Council|Society|Agency|"
                         r"Program(?:me)?|Center|Centre)(?:\s\([A-Z]{2,8}\))?$")
_SEPARATORS = re.compile(r",\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?:(?<!\s)\s+)?&\s*")


def page_header(seg: Segments, ctx: Context, inline: InlineReader) -> Header:
    """The header facts that the page gives (correspondence facts come later)."""
    language = ctx.language or ctx.res.edition.language
    header = Header(funder=seg.funder, language=language,
                    language_name=language_name(language, ctx))
    header.funders = funders(seg.funder)
    # words on reuse and release name no one of the document (`US and ... copyright laws`,
    # the review stamp's reviewer: lead86, as the header table of docs/encoding.md says)
    header.licence = [[line.text] for line in [*seg.licence, *seg.fields.get("rights", [])]]
    _citation(header, seg.fields.get("citation", []), ctx)
    if seg.page_title:
        header.title = seg.page_title.text
    for line in [*seg.fields.get("source", []), *seg.fields.get("document-information", []),
                 *seg.fields.get("original-archive", [])[1:]]:
        _source_line(header, line.text, ctx)
    for line in [*seg.board, *seg.fields.get("page-text", []), *seg.fields.get("record", []),
                 *seg.fields.get("comments", [])]:
        label = _SOURCE_LABEL.match(line.text)  # (repost78) a post's source line by the
        value = line.text[label.end():].strip() if label else ""  # document naming an archive
        if label and ctx.res.patterns.match("archival-reference", value):  # (`Source: AVP
            _source_line(header, value, ctx)  # RF, ... Translated by X.`): shelfmark, translator
            continue
        header.sources.append(line.text)
        # (`Source: FRUS, ... Translated by X.`): the translator alone; (repost83) in prose
        (_unquoted_translator if label else _prose_credit)(header, line.text, ctx)
    for line in seg.fields.get("credits", []):
        _credit_line(header, line.text, ctx)
    for line in seg.fields.get("translator", []):  # `Translator: Dana Levy`
        header.translator = header.translator or line.text.strip().rstrip(".")
    for line in seg.fields.get("obtainer", []):  # (wcda73) `Contributed By` / `X`
        header.obtainer = header.obtainer or line.text.strip().rstrip(".")
    archive = seg.fields.get("original-archive")
    named, shelfmark = archive_shelfmark(holder(archive[0].text, ctx), ctx) if archive \
        else ("", "")
    header.repository = header.repository or named
    if shelfmark and (not named or header.repository == named) \
            and shelfmark not in header.shelfmarks:
        header.shelfmarks.append(shelfmark)
    _references(header, seg)
    named_archive(header, ctx)
    header.shelfmarks = [_own_identifier(shelfmark, ctx) for shelfmark in header.shelfmarks
                         if shelfmark != header.repository]  # (lead34) `Repository:` again
    header.repository = header.repository or next((  # (dfat57) `CO 537/3558`: Kew's series
        found[0] for mark in header.shelfmarks
        if (found := ctx.res.patterns.match("series-holders", mark))), "")
    _summary(header, seg, inline)
    _language(header, seg.fields.get("original-language", []), ctx)
    urls = [line.text for line in seg.fields.get("url", [])] + [seg.facts.get("source-url", "")]
    header.source_url = header.source_url or next((u for u in urls if _URL.match(u)), "")
    if archive and (named != header.repository or portal_holder(archive[0].text, ctx)):
        header.sources.append(archive[0].text)  # the citation named the repository, or a portal
    if not seg.layouts and "other-edition" not in seg.facts and _edition_page(
            header.source_url, ctx):  # the edition's archive,
        header.repository = header.repository or ctx.res.edition.repository  # not another's
    header.keywords = index_terms(seg.keywords, inline, ctx)
    header.translators = [(name, ctx.person(name, 1)) for name in _SEPARATORS.split(
        header.translator) if _credited_name(name, ctx)]
    header.obtainers = [(name, ctx.person(name, 1)) for name in _SEPARATORS.split(
        header.obtainer) if _credited_name(name, ctx)]
    header.sources += _unwritten_fields(header, seg, ctx)
    address = next((text for text in header.sources if _URL.fullmatch(text)), None)
    if address and not header.source_url:  # a page's address alone, wherever a reader left
        header.source_url = address  # it (a newsletter's lines over a quoted telegram), is
        header.sources.remove(address)  # its source URL
    return header


def _edition_page(url: str, ctx: Context) -> bool:
    """Whether a text with no publisher's layout comes from the edition's own archive: it
    gives no address, or one on the archive's hosts (`[source] hosts`; any, when none are
    set), not another publisher's (`www.php.isn.ethz.ch`)."""
    hosts = ctx.res.edition.repository_hosts
    host = urlsplit(url).hostname or "" if url else ""
    return not url or not hosts or any(host == h or host.endswith(f".{h}") for h in hosts)


def _references(header: Header, seg: Segments) -> None:
    """The archival references as shelfmarks; the archive a reference names (`Political
    Archive of the Federal Foreign Office, B 150, Vol. 42`) is the repository, and the
    shelfmark the rest, unless the citation named another repository; an archive named
    after the reference (`Box 11, folder ... at the Gerald R. Ford Presidential Library`:
    cables57) leaves the reference whole."""
    for ref in seg.references:
        archive = seg.archives.get(ref, "")
        if archive and header.repository in ("", archive):
            header.repository = archive
            ref = ref.removeprefix(archive).lstrip(" ,;:.")
        if ref not in header.shelfmarks:
            header.shelfmarks.append(ref)


def _credited_name(name: str, ctx: Context) -> bool:
    """Is `name`, credited in a source line (`Obtained by You Lan and translated by ...`), a
    person (not a body the register knows)? Also a romanised Chinese or Korean name of two
    or three syllable words whose family name is an English function word (`You Lan`)."""
    words = name.split()
    body = ctx.res.register.lookup(name.strip())
    if body is not None and body.kind == "org":  # (wc47) `translated by Fundação Getúlio
        return False  # Vargas`: a body the register knows, credited by its name alone
    return ctx.plausible_name(name) or (
        1 < len(words) <= 3 and all(is_given_name(w) for w in words))


def _unwritten_fields(header: Header, seg: Segments, ctx: Context) -> list[str]:
    """The page head's related summary and the field lines no header fact holds (contents,
    types, a second title or language, a date or URL that cannot be read as one): kept as
    source lines, so nothing the page says is lost."""
    written = {header.title, header.source_url, header.original_language}
    fields = [line.text for name, values in seg.fields.items() if name not in _WRITTEN_FIELDS
              for line in values if line.text not in written
              and not (line is seg.page_date and _only_a_date(line.text, ctx))]
    return [line.text for line in seg.related] + fields


def _only_a_date(text: str, ctx: Context) -> bool:
    """True when `text` is a date and nothing else (the date of the correspondence holds
    it); `Central Foreign Policy Files, created 7/1/1973 - ...` is more."""
    return any(d.start == 0 and d.end >= len(text.rstrip(" .,;")) for d in ctx.res.dates.find(text))


def _citation(header: Header, lines: list[Line], ctx: Context) -> None:
    """The archive's citation: its title, date, repository, shelfmark, translator and URL;
    a line set before the quoted citation (older page layouts) is the summary."""
    for line in lines:
        text = line.text
        if _URL.fullmatch(text):
            header.source_url = header.source_url or text
            continue
        if not _QUOTED.match(text) and not (_AUTHOR_LED.match(text) and _URL.search(text)):
            if header.summary_text:
                header.sources.append(text)
            header.summary_text = header.summary_text or text
            _unquoted_translator(header, text, ctx)
            continue
        if header.citation:  # (wcda66) the same in another style (the `Cite` panel's `MLA`)
            header.sources.append(text)
            continue
        header.citation = text
        url = _URL.search(text)
        if url:
            header.source_url = header.source_url or url.group().rstrip(".,;")
        span: tuple[int, int] | None = None
        for row in ctx.res.patterns.regexes.get("citation", ()):
            match = row.regex.search(text)
            if match and row.name == "citation":
                header.title = header.title or match.group("title").strip()
                header.repository = match.group("repository") or ""
                shelfmark = (match.group("shelfmark") or "").strip()
                if shelfmark:
                    header.shelfmarks.append(shelfmark)
                    span = match.span("shelfmark")
                    header.citation_marked = _archive_seat(text, *seat(text, span), ctx)
            elif match and row.name == "translator":
                header.translator = match.group("translator").strip()
                _translated_from(header, match, ctx)
                _shelfmark_before(header, span, match)
            elif match and row.name == "obtainer":  # (wcdx96) the shelfmark ends before it
                obtained_before(header, span, match)


def _shelfmark_before(header: Header, span: tuple[int, int] | None,
                      translator: re.Match[str]) -> None:
    """The citation's shelfmark (at `span`) ends before the translator's clause it ran into
    (`AVPRF, f. 0100, op. 51; translation from Russian by David Wolff`)."""
    lead = translator.start("lead")
    if span and span[0] < lead < span[1] and header.shelfmarks:
        header.shelfmarks[-1] = translator.string[span[0]:lead].strip().rstrip(".;,").strip()


def _prose_credit(header: Header, text: str, ctx: Context) -> None:
    """A prose line's translator (`prose_translator`) and (lead88) the language it says the
    text was translated from, whoever translated it (`Translated from the Hebrew by the
    editors.` under a `Source:` line)."""
    prose_translator(header, text, ctx)
    found = next((match for row in ctx.res.patterns.regexes["citation"]
                  if row.name == "translator" and (match := row.regex.search(text))), None)
    if found:
        _translated_from(header, found, ctx)


def _unquoted_translator(header: Header, text: str, ctx: Context) -> None:
    """A PDF export's citation without quotes (`Transcript of ..., February 01, 1967, ...,
    dosar 2/1967, f Translated by Larry L. Watts`) still names its translator."""
    found = next((match for row in ctx.res.patterns.regexes["citation"]
                  if row.name == "translator" and (match := row.regex.search(text))), None)
    if found and not header.translator:
        header.translator = found.group("translator").strip()
        _translated_from(header, found, ctx)


def title_names(title: Inlines, line: int, inline: InlineReader) -> Inlines:
    """The title with the persons, places and bodies it names marked as the text's are
    (`Telephone Conversation Between President Nixon and ... (Kissinger)`, an office's
    holder in parentheses in a name position: `the Representative to the United Nations
    (Stevenson)`); its supplied text and brackets kept as printed, any other mark as its
    words but (lead36) a note its anchor calls (`LETTER TO LORD MOUNTBATTEN¹`): the text's."""
    out: Inlines = []
    for item in title:
        for piece in _BRACKETED.split(item) if isinstance(item, str) else [item]:
            if isinstance(piece, str) and piece and not _BRACKETED.fullmatch(piece):
                holders = [found.span("name") for found in _HOLDER.finditer(piece)]
                out += [part if isinstance(part, str) or part.tag in _NAMES else text_of([part])
                        for part in _annotated(piece, line, holders, inline)
                        if isinstance(part, str) or part.tag not in _NOTE_MARKS]
            elif piece and not _glued_anchor(piece, item, out):
                out.append(named_supplied(piece, line, inline, out))
    return merge(out)



def _annotated(piece: str, line: int, holders: list[tuple[int, int]],
               inline: InlineReader) -> Inlines:
    """`piece` annotated, with each holder the office before its brackets tells from the
    register's namesakes (`bracketed_namesake`: `the Director of Central Intelligence
    (Dulles)`, Allen Dulles) marked as that person."""
    out: Inlines = []
    at = 0
    for start, end in holders:
        entry = bracketed_namesake(piece[start:end], piece[:start], inline.ctx)
        if entry is not None:
            out += [*inline.annotate(piece[at:start], line, _within(holders, at, start)),
                    Mark("persName", {"ref": f"#{entry.id}"}, [piece[start:end]])]
            at = end
    return out + inline.annotate(piece[at:], line, _within(holders, at, len(piece)))


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The `spans` inside `start`-`end`, counted from `start`."""
    return [(a - start, b - start) for a, b in spans if start <= a and b <= end]


def _archive_seat(citation: str, start: int, end: int, ctx: Context) -> Inlines:
    """The citation with the register places its shelfmark (`citation[start:end]`) names
    marked: the seat of the archive that holds the original (`Polish Foreign Ministry
    Archive (AMSZ), Warsaw`, `Ministry of External Relations Archives, Brasilia, Brazil`);
    empty when it names none."""
    items: Inlines = []
    at = start
    for found in ctx.res.register.find(citation[start:end], ("place",)):
        entry = ctx.use(found.entry)
        items += [citation[at:start + found.start],
                  Mark("placeName", {"ref": f"#{entry.id}"}, [found.form])]
        at = start + found.end
    return [item for item in (citation[:start], *items, citation[at:]) if item] if items else []


# (wc54) a Hungarian or Bulgarian unit's abbreviation ending the shelfmark keeps its stop
# (`288. f. 5/469. ő.e.`, `a.e. 204.` keeps none: a number's stop ends the sentence)
_DOTTED_END = re.compile(r"(?<![\w.])\w\.\w\.$")
# (repost80) the poster's sentence after the reference (`FO 371/122378, NH 10110/480. My own
# transcription; ...`): a sentence's first word (a pronoun, an article, a copyist's verb) and two
# or more in small letters, never a book's title after an editor's `ed.`
_POSTER_SENTENCE = re.compile(r"\.\s++(?:My|Our|I|We|This|That|These|The|It|Copied|Typed|"
                              r"Transcribed|Scanned|Photographed|See|Thanks|Note)"
                              r"(?:\s++[a-z][\w'’-]*+){2,}")


def _source_line(header: Header, text: str, ctx: Context) -> None:
    """`PRC FMA 106-01403-02, 35. Translated by ...`: shelfmark, then translator (the
    stop, semicolon or comma before `translated by` is no part of the shelfmark, nor is a
    FRUS source line's classification: `classified_tail`)."""
    header.sources.append(text)
    translator = next((row.regex.search(text) for row in ctx.res.patterns.regexes["citation"]
                       if row.name == "translator" and row.regex.search(text)), None)
    obtainer = next((found for row in ctx.res.patterns.regexes["citation"]
                     if row.name == "obtainer" and (found := row.regex.search(text))), None)
    cut = translator.start("lead") if translator else len(unclassified(text))
    if obtainer and 0 < obtainer.start() < cut and BEFORE_CREDIT.search(text[:obtainer.start()]):
        cut = BEFORE_CREDIT.search(text[:obtainer.start()]).start() + 1  # (wcdx96) `; document`
    sentence = _POSTER_SENTENCE.search(text, 0, cut)
    cut = sentence.start() if sentence else cut
    shelfmark = text[:cut].strip().rstrip(";,:")  # (repost79) `Transcribed from X:`
    shelfmark = shelfmark if _DOTTED_END.search(shelfmark) else shelfmark.rstrip(".;,").strip()
    if translator:
        header.translator = header.translator or translator.group("translator").strip()
        _translated_from(header, translator, ctx)
    if obtainer:
        header.obtainer = header.obtainer or obtainer.group("obtainer").strip()
    if obtainer and obtainer.start() == 0:  # `Notes of O.A. Westad, TsKhSD, f. 5, ...`
        shelfmark = shelfmark[obtainer.end():].strip()
    cited = ctx.res.patterns.match("cited-cables", shelfmark)  # `Reference: 76 OTTAWA 611`
    site = shelfmark and ctx.res.patterns.is_furniture(shelfmark)  # (repost79) a post's
    if shelfmark and shelfmark not in header.shelfmarks and not cited and not site:  # `Source:
        # Wilson Center Digital Archive`: the site it copied, no archive's reference
        header.shelfmarks.append(shelfmark)


def credit_heads(header: Header, heads: list[Inlines], ctx: Context) -> None:
    """(memcon77) A reader's credit line set among the document's heads, under its title
    (`THE DIARY OF ANATOLY S. CHERNYAEV` / `1986` / `Translated by Anna Melyakova`): the
    translator, when no field named one; the line stays in the text."""
    for head in heads if not header.translator else []:
        text = text_of(head).strip()
        if text[:10].casefold() in ("translated", "translatio") and is_credit(text, ctx):
            _credited_translator(header, text, ctx)  # the line stays in the text
            return


def _credit_line(header: Header, text: str, ctx: Context) -> None:
    """A credits field (`Translated by ... for the PHP.`): the translator, if it names one,
    and the line as a source (what it says beside the name is kept too)."""
    _credited_translator(header, text, ctx)
    header.sources.append(text)


def _credited_translator(header: Header, text: str, ctx: Context) -> None:
    """The translator a credit line names (table `citation`, row `translator`), and the
    language translated from."""
    for row in ctx.res.patterns.regexes["citation"]:
        found = row.regex.search(text) if row.name == "translator" else None
        if found:
            header.translator = header.translator or found.group("translator").strip()
            _translated_from(header, found, ctx)
            break


def _summary(header: Header, seg: Segments, inline: InlineReader) -> None:
    summary = seg.fields.get("summary") or ([seg.summary] if seg.summary else [])
    if summary:
        if header.summary_text:  # an unquoted line of the citation field
            header.sources.append(header.summary_text)
        header.summary_text = " ".join(line.text for line in summary)
        line = summary[0].no
    elif header.summary_text or seg.facts.get("summary"):
        header.summary_text = header.summary_text or seg.facts["summary"]
        line = 1
    else:
        return
    header.summary = inline.annotate(header.summary_text, line)


def _translated_from(header: Header, found: re.Match[str], ctx: Context) -> None:
    """`Translated from the Spanish by ...` (or, bloc70, `Original in Serbo-Croatian;
    translated by ...`) names the original language when no field did."""
    language = found.groupdict().get("language") or found.groupdict().get("original")
    if language and not header.original_language and ctx.res.patterns.label("languages",
                                                                             language):
        header.original_language = language
        header.original_language_code = language_code(language, ctx)


# (lead80) a catalogue's language field crediting the translation in brackets after the
# language (`Language: Russian (translation: Svetlana Savranskaya)`)
_CREDIT_IN_BRACKETS = re.compile(r"(?<!\s)\s*+\(([^()]{6,120})\)$")


def _language(header: Header, lines: list[Line], ctx: Context) -> None:
    """The original language of a language field; a translator it credits in brackets."""
    if not lines:
        return
    text = lines[0].text
    credit = _CREDIT_IN_BRACKETS.search(text)
    if credit and not header.translator:
        _unquoted_translator(header, credit.group(1), ctx)
        text = text[:credit.start()] if header.translator else text
    stop = text.find(". ")  # (wcda81) a scan note's sentence after the language (`Original
    if stop > 0 and ctx.res.patterns.label("languages", text[:stop]):  # Language: Russian. A
        text = text[:stop]  # scan of the original ... is available under "Original Scan".`)
    header.original_language = text
    header.original_language_code = language_code(text, ctx)


def language_name(code: str, ctx: Context) -> str:
    """The `languages` table's first name of a BCP 47 code (`ru`: Russian), else the
    language evidence table's (`ru-Latn`: Russian), else the code."""
    return next((label.title() for label, value in ctx.res.patterns.words("languages").items()
                 if value == code), None) or ctx.res.evidence.language_name(code) or code


def language_code(name: str, ctx: Context) -> str:
    """The BCP 47 code of a language name (`languages` table), a code given as such
    (`eng`), or `und` (undetermined)."""
    known = ctx.res.patterns.label("languages", name)
    if known:
        return known
    return name.strip().casefold() if _CODE.match(name.strip()) else "und"


def funders(line: str) -> list[str]:
    """The funders a funding line names (`_FUNDER_JOIN`), each as given."""
    names, start = [], 0
    for join in _FUNDER_JOIN.finditer(line):
        if _FUNDER_END.search(line, start, join.start()):
            names.append(line[start:join.start()])
            start = join.end()
    return [*names, line[start:]] if line else []


def _own_identifier(shelfmark: str, ctx: Context) -> str:
    """(leftover23) A shelfmark citing the document's own identifier after the archive's or
    series' name (`United Nations Archives, S/5678/Add.1`; table `document-symbol`): the
    identifier alone, as a masthead gives it; else the shelfmark as cited."""
    found = ctx.res.patterns.match("document-symbol", shelfmark)
    if found is None:
        return shelfmark
    ref = found[1].group("ref")
    rest = shelfmark[:found[1].start()] + shelfmark[found[1].end():]
    return ref if not any(c.isdigit() for c in rest) else shelfmark
