"""A signer's title on a line of its own, above or under a signature (`The Ambassador`,
`AMBASSADOR OF THE USSR IN THE PRC`, `Foreign Secretary.`)."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from tei.convert.patterns import Patterns

TERMINAL = re.compile(r"[.!?:;,]$")
_ELIDED = re.compile(r"^[dl][’']")  # `d’Affaires`: the word after the elision
_ROLE_WORDS = 10
_STYLED_ROLE_WORDS = 16
_ARTICLE_ROLE_WORDS = 5
_TWO_OFFICES_WORDS, _TWO_OFFICES_ANDS = 2 * 16 + 1, 3  # two styled offices and their `and`
# (signed51) in capitals, the office with its post: `THE SOVIET AMBASSADOR IN THE PRC`
_ARTICLE_CAPITALS_ROLE_WORDS = 8
# a note's anchor after a line's last word (`... tomorrow.[5]`): read without it
_END_ANCHOR = re.compile(r"\[\d{1,3}\]$")
# (ocr39) the British style's `and so on` after an office (`Governor, &c.`, `&c., &c.`)
_END_ETC = re.compile(r"(?<![\s,])(?<!&c)(?<!&c\.)(?:,?\s*+&c\.?)++,?$")  # opens a run only
# (wcda64) an office held ad interim, abbreviated after it (`Chargé d'affaires a.i.`)
_AD_INTERIM = re.compile(r"(?<=\w)\s++a\.\s?i\.$")
# (wcda80) the joiners that close such an office, not link it to a wrapped rest
_AD_INTERIM_ENDS = frozenset({"interim", "a.i."})


def is_role(text: str, patterns: Patterns) -> bool:
    """`AMBASSADOR OF THE USSR IN THE PRC`, `Deputy Head of the ... Department`, `of the
    USSR MFA`, `for Far Eastern Affairs`, `The Ambassador`, `GOVERNOR.`, `Foreign Secretary.`:
    a title standing above or under a signature, or the rest of one (its first word a title
    of `honorifics` or a word of `role-openers`, or `of`, or a lower-case `for`); in mixed
    case one closed by a full stop is an office only when every word is capitalised or a
    joiner (`Foreign Secretary.`, not `Ambassador will call.`), in capitals one closed by a
    comma too (`EL EMBAJADOR,`); a country's adjective may stand before it (`United States
    Consul.`); one of more than ten words only so styled (`General Secretary of the Central
    Committee of the Workers' Party of Korea`); a note's anchor after the last word is no part
    of it (`Colonel Ethel hopes see contact tomorrow.[5]` is a sentence), nor the style's
    `&c.` (`Governor, &c.`), nor (wcda64) `a.i.` after an office held ad interim."""
    anchor = _END_ANCHOR.search(text)
    text = text[:anchor.start()].rstrip() if anchor else text
    # (speed26) asked only of a text holding `&c`, as each of its matches does (the regex
    # opens with lookbehinds: `re` tries it at every character)
    text = (_END_ETC.sub("", text) or text) if "&c" in text else text
    text = _AD_INTERIM.sub("", text) if text.endswith("i.") else text
    if text.isupper() or (text.endswith(",") and " " not in text
                          and not patterns.match("salutation", text)):
        # `EL EMBAJADOR,` over the name; a rank `Brigadier,` under it; (wcda60) an East-bloc
        # letter's office in capitals closed by a colon (`FIRST SECRETARY OF THE CC OF THE BCP:`)
        text = text.rstrip(".,:") if text.isupper() else text.rstrip(".,")
    words = text.removesuffix(".").split()
    if not words:
        return False
    titles = patterns.words("honorifics")
    article = words[0].casefold()
    if article in patterns.words("role-articles"):  # `The Ambassador`
        longest = _ARTICLE_CAPITALS_ROLE_WORDS if text.isupper() else _ARTICLE_ROLE_WORDS
        if len(words) > longest or ". " in text:
            return False
        words = words[1:] or words
    words = _after_country(words, patterns)
    first = words[0].casefold()
    if article != "the":  # `O Embaixador,` over the name (`The President,` is an address)
        first = first.rstrip(",")
    opens = (titles.get(first) == "title" or first in patterns.words("role-openers")
             or first == "of" or words[0] == "for")
    short = len(words) <= _ROLE_WORDS or (
        len(words) <= _STYLED_ROLE_WORDS and _styled(words, patterns))
    if not short and opens and not TERMINAL.search(text) and len(words) <= _TWO_OFFICES_WORDS \
            and text.count(" and ") <= _TWO_OFFICES_ANDS:
        return _two_offices(text, patterns)
    return short and opens and (not TERMINAL.search(text) or _printed_office(text, patterns))


def _two_offices(text: str, patterns: Patterns) -> bool:
    """(wcda58) Two offices held together, each a title of its own, joined by `and` (`General
    Secretary of the Central Committee of the Workers' Party of Korea and President of the
    Democratic People's Republic of Korea`)."""
    parts = text.split(" and ")
    return any(is_role(" and ".join(parts[:k]), patterns)
               and is_role(" and ".join(parts[k:]), patterns) for k in range(1, len(parts)))


def _after_country(words: list[str], patterns: Patterns) -> list[str]:
    """A title's words after its country's adjective or the sovereign's style before it
    (`United States Consul.`, `British Ambassador.`, `Her Majesty's Consul-General.`:
    tables `country-adjectives` and `role-openers`' `qualifier` rows)."""
    folded = " ".join(words).casefold().replace("’", "'")
    found = next((q for q in _qualifiers(patterns) if folded.startswith(f"{q} ")), "")
    return words[len(found.split()):] if found else words


@lru_cache(maxsize=8)
def _qualifiers(patterns: Patterns) -> tuple[str, ...]:
    """The country adjectives and sovereign's styles that may open an office, longest
    first."""
    found = [*patterns.words("country-adjectives"), *(
        label for label, kind in patterns.words("role-openers").items() if kind == "qualifier")]
    return tuple(sorted(found, key=len, reverse=True))


def _printed_office(text: str, patterns: Patterns) -> bool:
    """`Chargé d’Affaires ad interim.`: an office closed by a full stop whose words are
    capitalised or the `role-joiners` between them (not a sentence: `Ambassador will
    call.`); or by a comma, over the signature it leads to (`Minister for Foreign
    Affairs,` / `Dr. Subandrio`; misses20) or (bloc81) by a colon (`Minister of Foreign
    Affairs:` / `(Iv. Bashev)`)."""
    return (text.endswith((".", ",", ":")) and not TERMINAL.search(text[:-1])
            and _styled(text[:-1].split(), patterns))


def _styled(words: list[str], patterns: Patterns) -> bool:
    """Every word capitalised or one of the `role-joiners` between them: an office's style."""
    joiners = patterns.words("role-joiners")
    return all(_ELIDED.sub("", word.lstrip("[("))[:1].isupper() or word.casefold() in joiners
               for word in words)


# a title's word in parentheses naming the copy or its part, not an office's holder
# (`(Excerpts)`, `(Draft)`; wc51: a record given in instalments, `Soviet-Indian Talks (Conclusion)`)
COPY_WORDS = (r"Translation|Excerpts?|Fragments?|Draft|Summary|Extract|Conclusion|Continuation"
              r"|Continued|Beginning")
# (misses34) an office's holder in parentheses before ` to ` (`... (Spofford) to the ...`)
_HOLDER_TO = re.compile(r"\((?!" + COPY_WORDS + r")"
                        r"[A-Z][^()]*+\)\s++to\s")


def subject_after(text: str, subject: re.Pattern[str],
                  role_on: Container[str] = ()) -> re.Match[str] | None:
    """The first `subject` word of a title, not an office's own `on` before its holder in
    parentheses and ` to ` (`The Deputy Representative on the North Atlantic Council
    (Spofford) to the Secretary of State`), nor (dfat55) the `on` right after a word of
    `role_on` (`Mr R.C. Kirby, Australian Representative on Committee of Good Offices, to
    ...`: the office, set off by commas after the holder's name)."""
    holder = _HOLDER_TO.search(text)
    return next((m for m in subject.finditer(text) if not (
        holder and m.group().strip().casefold() == "on" and m.end() <= holder.start()
        and "(" not in text[m.end():holder.start()]) and not (
        m.group().strip().casefold() == "on" and _last_word(text[:m.start()]) in role_on)),
        None)


def _last_word(text: str) -> str:
    """The last word of `text`, case-folded ('' when none)."""
    words = text.split()
    return words[-1].casefold() if words else ""


# (intel81) a Soviet office in Russian wrapped in the genitive, with no joiner to end its first
# line (`Председатель Комитета` / `госбезопасности`, `Министр иностранных` / `дел СССР`)
_CYRILLIC_ROLE = re.compile(r"^[А-ЯЁ][а-яё]++(?:\s[А-ЯЁа-яё][а-яё]*+){0,5}$")
_CYRILLIC_REST = re.compile(r"^[а-яё][а-яё-]*+(?:\s(?:[а-яё][а-яё-]*+|[А-ЯЁ]{2,6})){0,4}$")


def wrapped_office(above: str, text: str, patterns: Patterns) -> bool:
    """(letters78) The rest of a signer's office wrapped under its first line, which ends on
    a joiner (`Premier of the State Council of` / `the People's Republic of China`): a short
    line of the office's style (capitalised words and `role-joiners`, its `the` too) closing
    the title the line above opens; (wcda80) not under an office closed by its holding ad
    interim (`Chargé d'Affaires a.i.` / `Gaqo Paze`: the name under it signs); (intel81) a
    Russian office's rest in the genitive, in small letters, under its first line
    (`Председатель Комитета` / `госбезопасности`)."""
    joiners = patterns.words("role-joiners")
    if _CYRILLIC_ROLE.match(above.strip()) and _CYRILLIC_REST.match(text.strip()):
        return is_role(above, patterns)  # (intel81) `Председатель Комитета` / `госбезопасности`
    head = above.rstrip().rsplit(None, 1)
    if len(head) != 2 or head[1].casefold() not in joiners \
            or head[1].casefold() in _AD_INTERIM_ENDS or not is_role(above, patterns):
        return False
    words = text.strip().removesuffix(".").removesuffix(",").split()
    return 1 < len(words) <= _ROLE_WORDS and not any(TERMINAL.search(w) for w in words) \
        and words[-1][:1].isupper() and _styled(words, patterns)
