"""Given names and initials before a register person's surname: whether they make another
person's name (`Reginald F. C. Vance` is no register Vance; `(Harishwar Dayal)` no Rajeshwar
Dayal) or the person's own as written (`A. Gromyko`, `Andrei A. Gromyko`), and a name of
initials' given name before it (`Reginald F. C. Vance`). (cables75) In capitals a given name
of table `given-first` counts too (`ALEKSEY SEMENOV` is no register Vladimir Semyonov)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tei.convert.arabic_names import inside_arabic_name
from tei.convert.initials import initials_and_surname, initials_fit
from tei.convert.namerules import CAPITAL, DIGRAPH_INITIAL
from tei.xmlio import TEI_NS

if TYPE_CHECKING:
    from tei.convert.context import Context
    from tei.convert.namerules import Rules
    from tei.convert.patterns import Patterns
    from tei.convert.register import Entry, NameMatch

# a given name or an initial (`Reginald`, `F.`, `A.Ya.`) in the run of them before a surname
_GIVEN_WORD = re.compile(r"[A-Z][a-z][\w'’-]*+|(?:[A-Z][a-z]?\.){1,3}")
# the initials right before a surname (`A. `, `Yu. V. `, `A.A. `; up to four, `J. M. A. H.
# Luns`), a digraph for one letter (`Yu.`, `Zh.`, `Gy.`), an accented capital (`Č.`: wcda60)
_INITIALS_BEFORE = re.compile(rf"(?<![\w.'’-])(?:(?:{CAPITAL}|{DIGRAPH_INITIAL})\.\s?){{1,4}}$")
# a given name standing right before a name of initials (`Reginald` of `Reginald F. C. X`)
_GIVEN_NAME = re.compile(r"(?<![\w.'’-])[A-Z][a-z][\w'’-]*+ $")
_INITIAL = re.compile(r"[A-Z]\.")  # one initial, a whole word
# a given name right before a surname, in capitals too (`Georgiy `, `GEORGIY `)
_GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][a-z][\w'’-]*+|[A-Z]{3,}+) $")
_OPENING = "([“\"‘'"  # what may open a name's first word


def other_persons_surname(piece: str, match: NameMatch, ctx: Context, rules: Rules) -> bool:
    """`Reginald F. C. Vance`: a person's surname alone in the register's form, after given
    names or initials whose first opens none of the person's full name forms, or (lead86)
    after initials whose later ones clash with the person's (`initials.initials_fit`),
    names someone else (titles, function words and register names before it do not
    count)."""
    if match.entry.kind != "person" or " " in match.form.strip():
        return False
    if inside_arabic_name(piece, match, ctx.res.patterns, ctx.res.register):
        return True  # (wcdt94) `Jameel al-Shawwaf`: not Abd al-Wahhab al-Shawwaf
    run = _given_run(piece, match.start, ctx, rules)
    honorifics = ctx.res.patterns.words("initial-honorifics")
    if run and len(run) > 1 and run[0].casefold() in honorifics:
        run = run[1:]  # (repost87) `M. N. Pashitch`: Monsieur, then the initial of his name
    if not run or (len(run) == 1 and run[0].casefold() in honorifics):
        return False  # `M. Sazonov`: Monsieur, not an initial
    initials = {form[0] for form in full_forms(match.entry)}
    if not initials:
        return False
    if run[0][0] not in initials and not _titled(run[0], match.entry):
        return True
    # (lead86) nor do later initials open the person's later given names (`H. T. Truman`)
    written = initials_and_surname(f"{' '.join(run)} {match.form.strip()}")[0]
    return len(written) > 1 and not initials_fit(written, match.entry, set())


def _titled(word: str, entry: Entry) -> bool:
    """(wcda72) Whether `word` is, or inflects, the title of one of the person's titled names
    (`Presidentes Kennedy` in Spanish: `President Kennedy`)."""
    titles = ("".join(name.itertext()).split()[:1]
              for name in entry.element.iter(f"{{{TEI_NS}}}persName")
              if name.get("subtype") == "with-title")
    return any(title and word.casefold().startswith(title[0].casefold()) for title in titles)


def initials_before(piece: str, match: NameMatch, ctx: Context) -> int:
    """Start of a register person's surname with the initials written right before it
    (`A. Gromyko`, `Yu. V. ANDROPOV`; `Andrei A. Gromyko` with his given name) when the
    first opens one of the person's names: the name as written; an honorific written as an
    initial (`M. Sazonov`) stays out, unless it opens the person's given name too
    (misses44: `M. Dayan:`, Moshe Dayan's speaker label in a protocol) in a text of a
    language that does not write it for a courtesy title (lang46: `M. Tshombe` in French
    is Monsieur Tshombe, whose given name is Moïse); a surname of two words that ends the
    register's name takes them too (`A. Clark Kerr`; misses46)."""
    form = match.form.strip()
    if match.entry.kind != "person" or (" " in form and not (
            _surname_form(form) and match.entry.reg.endswith(f" {form}"))):
        return match.start
    found = _INITIALS_BEFORE.search(piece, max(0, match.start - 16), match.start)
    if found is None:
        return _given_spelt_otherwise(piece, match, ctx)
    if found.group().strip() in ctx.res.evidence.honorifics(ctx.language):
        return match.start
    forms = full_forms(match.entry)
    # a surname of two words opens with its own letter (`M. Mendès France`: Monsieur): the
    # initial must open the registered name
    firsts = {match.entry.reg[:1]} if " " in form else {name[0] for name in forms}
    if found.group()[0] not in firsts:
        return match.start
    given = _GIVEN_NAME.search(piece, max(0, found.start() - 40), found.start())
    return given.start() if given and any(  # `Andrei A. Gromyko`: his given name too
        name.startswith(given.group()) for name in forms) else found.start()


def _given_spelt_otherwise(piece: str, match: NameMatch, ctx: Context) -> int:
    """(lead77) Start of the person's given name right before the surname in another
    transliteration (`Georgiy Arbatov`, `YEVGENIY PRIMAKOV`: the register's Georgy and
    Yevgeny; tables `spelling-key`, `spelling-given-key`): the name as written."""
    given = _GIVEN_BEFORE.search(piece, max(0, match.start - 30), match.start)
    if given is None:
        return match.start
    patterns = ctx.res.patterns
    key = _given_key(given.group().strip(), patterns)
    return given.start() if any(_given_key(name.split()[0], patterns) == key
                                for name in full_forms(match.entry)) else match.start


def _given_key(word: str, patterns: Patterns) -> str:
    """The key a given name's transliterations share."""
    from tei.convert.spelling import spelling_key  # spelling imports the register, which this
    key = spelling_key(word, patterns)  # module's importers load first
    for row in patterns.regexes.get("spelling-given-key", ()):
        key = row.regex.sub(row.name, key)
    return key


def _surname_form(form: str) -> bool:
    """Whether a register form of several words is a surname's (`Clark Kerr`, `Lloyd
    George`): each word capitalised, no initial among them."""
    return all(word[:1].isupper() and not _INITIAL.fullmatch(word) for word in form.split())


def _given_run(piece: str, start: int, ctx: Context, rules: Rules) -> list[str]:
    """The given names and initials standing right before offset `start`, one space apart;
    (lead72) the first may open a bracket or quotation (`(Harishwar Dayal)`, a signature)."""
    if not piece[:start].endswith(" ") or piece[:start].endswith("  "):
        return []
    run: list[str] = []
    roles = ctx.res.patterns.words("role-openers")  # `KGB Chief Andropov`: no given name
    for written in reversed(piece[max(0, start - 80):start - 1].split(" ")):
        word = written.lstrip(_OPENING)
        folded = word.rstrip(".").casefold()
        # (invent21) an initial is no function word (`R. A. Galbraith`: not the article `a`)
        small = not _INITIAL.fullmatch(word) and (folded in rules.leading_words
                                                  or folded in rules.not_names or folded in roles)
        given = _GIVEN_WORD.fullmatch(word) or (  # (cables75) `ALEKSEY SEMENOV` in capitals
            word.isupper() and word.casefold() in ctx.res.patterns.words("given-first"))
        if not given or small or ctx.res.register.find(word):
            break
        run.insert(0, word)
        if word != written:
            break
    return run


def given_name_before(piece: str, start: int, ctx: Context, rules: Rules) -> int:
    """Start of a name of initials (`F. C. Vance`) with the given name written before it
    (`Reginald F. C. Vance`): titles, function words and register names are not one."""
    before = _GIVEN_NAME.search(piece, max(0, start - 40), start)
    if before is None:
        return start
    word = before.group().strip()
    if word.casefold() in rules.leading_words or word.casefold() in rules.not_names \
            or ctx.res.register.find(word):
        return start
    if _INITIALS_BEFORE.search(piece, max(0, before.start() - 12), before.start()):
        return start  # (wc50) the surname of a name of initials before it: two signatures
        # read across their columns (`Ts. Dugersuren D. Molomjamts`), no given name
    return before.start()


def full_forms(entry: Entry) -> tuple[str, ...]:
    """The person's names of two words or more (regularised, variants), pseudonyms aside
    and (wcda72) those a title opens (`Marshal Zhukov`: `Mikhail Zhukov` is not Georgy)."""
    names = (" ".join("".join(name.itertext()).split())
             for name in entry.element.iter(f"{{{TEI_NS}}}persName")
             if name.get("type") != "pseudonym" and name.get("subtype") != "with-title")
    return tuple(name for name in names if " " in name)
