"""The register and its compiled name matcher."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tei.convert import convert_text, load_resources, register_files
from tei.convert import register as register_module
from tei.convert.name_index import previous_tokens, slug, tokens, with_elided
from tei.convert.register import KINDS, Register
from tei.convert.register_files import load_register
from tei.diagnostics import InputError
from tei.xmlio import TEI_NS, XML_NS
from tests.tei_all_slices import tei_all_errors

ROOT = Path(__file__).resolve().parent.parent


def ids(resources, text: str) -> list[tuple[str, str]]:
    return [(m.form, m.entry.id) for m in resources.register.find(text)]


def test_variants_pseudonyms_and_misspellings_resolve(resources) -> None:
    assert ids(resources, "Filippov, Mao Tse-tung and Le Kenong") == [
        ("Filippov", "per-joseph-stalin"), ("Mao Tse-tung", "per-mao-zedong"),
        ("Le Kenong", "per-li-kenong")]


def test_case_rules(resources) -> None:
    assert ids(resources, "MAO ZEDONG") == [("MAO ZEDONG", "per-mao-zedong")]
    assert ids(resources, "Kim Il-sung and Kim Il Sung") == [
        ("Kim Il-sung", "per-kim-il-sung"), ("Kim Il Sung", "per-kim-il-sung")]
    assert ids(resources, "mao zedong") == []
    assert ids(resources, "the un and UN forces")[-1] == ("UN", "org-united-nations")
    assert len(ids(resources, "the un")) == 0


def test_longest_match_wins_and_nothing_overlaps(resources) -> None:
    found = ids(resources, "to the IV Unit OS VKP(b) CC and the General Staff of the Soviet Army")
    assert ("VKP(b) CC", "org-central-committee-of-the-all-union-communist-party-bolsheviks") \
        in found
    assert not any(form == "VKP(b)" for form, _ in found)
    assert ids(resources, "Chairman Mao Zedong!") == [("Mao Zedong", "per-mao-zedong")]


def test_possessives_and_elided_compounds(resources) -> None:
    assert ids(resources, "Moscow's view") == [("Moscow", "pla-moscow")]
    assert ids(resources, "MOSCOW'S VIEW") == [("MOSCOW", "pla-moscow")]
    assert ids(resources, "BREZHNEV’S HEALTH") == [("BREZHNEV", "per-leonid-brezhnev")]
    assert ids(resources, "from South and North Korea") == [
        ("South", "pla-south-korea"), ("North Korea", "pla-north-korea")]


def test_a_name_never_runs_across_the_end_of_a_sentence(resources) -> None:
    found = ids(resources, "Translated from the Dutch. Ministry of Foreign Affairs")
    assert [form for form, _ in found] == ["Ministry of Foreign Affairs"]
    assert ids(resources, "the Dutch Ministry of Foreign Affairs") == [(
        "Dutch Ministry of Foreign Affairs",
        "org-ministry-of-foreign-affairs-of-the-netherlands")]
    assert ids(resources, "Washington, D. C.")[0][0] == "Washington, D. C"
    assert ids(resources, "Mrs. Pandit")[0] == ("Mrs. Pandit", "per-vijaya-lakshmi-pandit")


def test_names_do_not_match_inside_words(resources) -> None:
    assert ids(resources, "Korean troops and Koreans") == []


def test_lookup_needs_the_whole_text(resources) -> None:
    assert resources.register.lookup("Stalin").id == "per-joseph-stalin"
    assert resources.register.lookup("Cde. Stalin") is None


def test_a_surname_is_the_one_person_who_bears_it(resources) -> None:
    register = resources.register
    assert register.by_surname("Ball").id == "per-george-ball"
    assert register.by_surname("BALL").id == "per-george-ball"
    assert register.by_surname("Dulles") is None  # John Foster and Allen
    assert register.by_surname("Vaganov") is None
    assert register.by_surname("Jr") is None


def test_a_lone_surname_in_a_name_position_takes_the_register_person(resources) -> None:
    result = convert_text("Telegram\n\nUnder Secretary Ball said no.\n\nDulles agreed.\n",
                          "surname", resources)
    assert b'<persName ref="#per-george-ball">Ball</persName>' in result.xml
    assert [w.rule for w in result.warnings].count("surname-only") == 1


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_after_s_is_no_part_of_a_local_name(resources, apostrophe: str) -> None:
    """`Mr. Jenkins' note`: the local entry is Jenkins, as for `'s` (two documents naming it
    `Jenkins'` and `Jenkins` gave one id two names); the apostrophe stays outside."""
    result = convert_text(f"Telegram\n\nMr. Jenkins{apostrophe} note came.\n", "s", resources)
    assert b'<persName type="reg">Jenkins</persName>' in result.xml
    assert f'ref="#per-jenkins">Jenkins</persName>{apostrophe} note'.encode() in result.xml


@pytest.mark.parametrize(("text", "ident"), [
    ("Talks with M. Faure ended.", "per-edgar-faure"),      # M. is Monsieur
    ("Talks with E. Faure ended.", "per-edgar-faure"),      # the initial fits
    ("Talks with J. Faure ended.", "per-j-faure"),          # it does not: a local entry
])
def test_initials_and_a_surname_take_the_register_person_they_fit(resources, text: str,
                                                                   ident: str) -> None:
    xml = convert_text(f"Telegram\n\n{text}\n", "initials", resources).xml
    assert f'<persName ref="#{ident}">'.encode() in xml


def test_new_ids_never_clash(resources) -> None:
    register = resources.register
    assert register.new_id("person", "Joseph Stalin", set()) == "per-joseph-stalin-2"
    assert register.new_id("person", "Vaganov Jr", {"per-vaganov-jr"}) == "per-vaganov-jr-2"
    assert slug("Điện Biên Phủ") == "dien-bien-phu"


def test_register_files_are_valid_tei(tei_all) -> None:
    for path in sorted((ROOT / "corpus" / "register").glob("*.xml")):
        assert not tei_all_errors(tei_all, etree.parse(str(path))), path


def test_duplicate_ids_across_files_are_reported(tmp_path: Path) -> None:
    entry = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>'
             '<person xml:id="per-x"><persName type="reg">X</persName></person>'
             '</listPerson></standOff></TEI>')
    (tmp_path / "a.xml").write_text(entry)
    (tmp_path / "b.xml").write_text(entry)
    with pytest.raises(InputError, match="register id 'per-x' also in"):
        load_register(tmp_path)


def test_a_register_read_from_the_cache_is_the_register_worked_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second load reads the trie, surnames and names from the on-disk cache: the same
    as working them out, and entries keep their elements."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = ROOT / "corpus" / "register"
    first = load_register(folder)
    assert any((tmp_path / "cache").rglob("register-*"))
    monkeypatch.setattr(register_files, "index_of", lambda entries: pytest.fail("worked out"))
    second = load_register(folder)
    assert second.key == first.key != ""
    assert (second._trie, second._surnames) == (first._trie, first._surnames)
    assert [(e.id, e.kind, e.reg, e.element.get(f"{{{XML_NS}}}id")) for e in second.listed] \
        == [(e.id, e.kind, e.reg, e.id) for e in first.listed]
    text = "Chairman Mao Zedong met the UN envoy in Peking."
    assert second.find(text) == first.find(text) != []


def test_a_bad_register_is_reported_however_often_it_is_loaded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "a.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPlace>'
        '<place xml:id="pla-x"><placeName>X</placeName></place></listPlace></standOff></TEI>')
    for _ in range(2):
        with pytest.raises(InputError, match="register-entry"):
            load_register(tmp_path)


def test_an_entry_without_regularised_name_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPlace>'
        '<place xml:id="pla-x"><placeName>X</placeName></place></listPlace></standOff></TEI>')
    with pytest.raises(InputError) as found:
        load_register(tmp_path)
    assert found.value.diagnostic.format().startswith(f"{tmp_path / 'a.xml'}:1:")


REGISTER = load_resources().register
FORMS = sorted({" ".join("".join(el.itertext()).split()) for entry in REGISTER.entries.values()
                for el in entry.element.iter(etree.Element) if el.text
                and el.tag.endswith("Name")})


def test_an_entry_holds_elements_only() -> None:
    """A note on an entry stands before it as a comment, never inside it: the entry is
    copied into every standOff that names it."""
    inside = [entry.id for entry in REGISTER.entries.values()
              if any(not isinstance(node.tag, str) for node in entry.element.iter())]
    assert not inside, f"comments inside register entries: {inside}"
CASES = (str, str.upper, str.lower, str.capitalize)
JOINERS = (" ", "  ", ". ", "-", "’", "'", ", ", " and ", " or ", "’s ", "'s ", "\n", " (", ") ")
FILLERS = ("the", "he", "US", "un", "de", "Chairman", "South", "and", "Straße", "x’", "\u0345",
           "İ", "ſ", "Ｋ", "1948", "[", "«")
PIECE = st.one_of(st.sampled_from(FORMS), st.sampled_from(FILLERS),
                  st.text(st.sampled_from("aSß’' .-ι\u0345İ"), max_size=6))
TEXT = st.lists(st.tuples(PIECE, st.sampled_from(CASES), st.sampled_from(JOINERS)),
                max_size=12).map(lambda parts: "".join(case(piece) + joiner
                                                       for piece, case, joiner in parts))
MANY = settings(max_examples=300, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


@MANY
@given(TEXT)
def test_the_scanner_finds_what_trying_every_name_head_finds(text: str) -> None:
    """The one-regex scan of the folded text starts the trie walk at fewer tokens, yet
    finds the same names as starting it at every token a name can begin with."""
    for kinds in (tuple(KINDS), ("place",)):
        every_head = REGISTER._matches(text, REGISTER._starts(text), kinds)
        begins = REGISTER._begins(text)
        if begins is not None:
            assert REGISTER._matches(text, begins, kinds) == every_head
        starts, elided = with_elided(text, REGISTER._starts(text))  # `l'URSS` too
        assert REGISTER.find(text, kinds) == [
            m for m in REGISTER._matches(text, starts, kinds)
            if m.start not in elided or m.entry.kind != "person"]


def test_the_scanner_is_compiled_only_once_enough_text_was_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A few documents are read by looking up each token (no compile); past
    `_SCANNER_AFTER` characters the scanner is compiled, and the names found stay the same."""
    monkeypatch.setattr(register_module, "_SCANNER_AFTER", 60)
    fresh = Register(list(REGISTER.entries.values()))
    text = "Chairman Mao Zedong met the UN envoy in Peking."
    first = fresh.find(text)
    assert "_name_scanner" not in vars(fresh)
    fresh.forget()
    assert fresh.find(text) == first and "_name_scanner" not in vars(fresh)
    fresh.forget()
    assert fresh.find(text) == first and "_name_scanner" in vars(fresh)


def test_the_scanner_starts_only_at_tokens_where_a_whole_form_may_begin() -> None:
    text = "He said Mao Zedong and the UN met x’Mao."
    begins = REGISTER._begins(text)
    assert text.index("Mao") in begins and text.index("UN") in begins
    assert text.index("said") not in begins and text.index("’Mao") + 1 not in begins
    assert [REGISTER._begins(odd) for odd in ("Straße", "a\u0345b")] == [None, None]


@MANY
@given(st.text(st.sampled_from("ab’' \n"), max_size=400), st.integers(0, 400))
def test_the_two_tokens_before_a_token_are_read_in_a_window(text: str, at: int) -> None:
    starts = [token.start() for token in tokens(text)] or [0]
    start = min(starts, key=lambda s: abs(s - at))
    assert [token.span() for token in previous_tokens(text, start)] == \
        [token.span() for token in tokens(text[:start])[-2:]]


def test_persons_by_surname_lists_every_bearer(resources) -> None:
    """Every register person of a surname; a Korean family name stands before a hyphenated
    given name."""
    bearers = resources.register.persons_by_surname
    assert {e.id for e in bearers("Dulles")} == {"per-john-foster-dulles", "per-allen-dulles"}
    assert "per-chun-doo-hwan" in {e.id for e in bearers("Chun")}


@pytest.mark.parametrize(("line", "ident"), [
    ("Senator Vandenberg agreed.", "per-arthur-vandenberg"),  # not the general, Hoyt
    ("Secretary Dulles agreed.", "per-john-foster-dulles"),  # not Allen, the DCI
    ("Assistant Secretary Parsons agreed.", "per-j-graham-parsons"),  # not Sir Anthony
    ("I informed Comrade K. LUKANOV.", "per-karlo-lukanov"),  # not his son Andrey
    ("President Chun agreed.", "per-chun-doo-hwan"),
    ("Secretary of State Rogers agreed.", "per-william-p-rogers"),  # not Bernard, SACEUR
    ("Secretary of State Dulles agreed.", "per-john-foster-dulles"),
    ("Under Secretary of State Ball said no.", "per-george-ball"),
    ("Minister for Foreign Affairs Casey agreed.", "per-richard-casey"),
])
def test_a_title_or_initial_tells_which_bearer_of_a_surname(line: str, ident: str,
                                                             resources) -> None:
    """Several register persons share the surname: the initials, then the title before the
    name, matched against their occupations, tell the one (with a warning to check)."""
    result = convert_text(f"Telegram\n\n{line}\n", "titled", resources)
    assert f'<persName ref="#{ident}">'.encode() in result.xml
    assert "surname-only" in [w.rule for w in result.warnings]


@pytest.mark.parametrize("line", ["The Secretary of State said no.",
                                  "Secretary of State for Foreign Affairs agreed."])
def test_a_title_of_several_words_alone_names_no_person(line: str, resources) -> None:
    result = convert_text(f"Telegram\n\n{line}\n", "role", resources)
    assert b'<persName ref=' not in result.xml.split(b"<body>")[1]
    assert "unknown-name" not in [w.rule for w in result.warnings]


def test_a_title_that_fits_no_bearer_leaves_the_surname_local(resources) -> None:
    result = convert_text("Telegram\n\nGeneral Dulles agreed.\n", "untitled", resources)
    assert b'per-john-foster-dulles' not in result.xml
    assert b'per-allen-dulles' not in result.xml


@pytest.mark.parametrize(("line", "ident"), [
    ("Premier Chou spoke.", "per-zhou-enlai"),
    ("Ambassador Dobrynin spoke.", "per-anatoly-dobrynin"),
    ("Ambassador Chou spoke.", "per-chou"),  # Zhou Enlai held no embassy: someone else
])
def test_a_post_title_needs_a_bearer_who_held_the_post(line: str, ident: str,
                                                       resources) -> None:
    result = convert_text(f"Telegram\nWarsaw, March 3, 1965\n\n{line}\n", "post", resources)
    assert f'<persName ref="#{ident}">'.encode() in result.xml


@pytest.mark.parametrize(("text", "found"), [
    ("Ho visto l'URSS e", [("URSS", "pla-soviet-union")]),
    ("il Governo dell'Unione Sovietica", [("Unione Sovietica", "pla-soviet-union")]),
    ("la position de l’Union soviétique", [("Union soviétique", "pla-soviet-union")]),
    ("jusqu'à Moscou", [("Moscou", "pla-moscow")]),
    ("M. d’Harcourt a dit", []),  # a particle of the surname: no person after it
    ("Valéry Giscard d'Estaing said", [("Valéry Giscard d'Estaing",
                                        "per-valery-giscard-destaing")])])
def test_a_place_may_begin_after_an_elided_article(text: str, found: list) -> None:
    assert [(m.form, m.entry.id) for m in REGISTER.find(text)] == found


@pytest.mark.parametrize(("text", "ident"), [
    ("Comrade Ştefan Andrei received me.", "per-stefan-andrei"),  # cedilla
    ("Comrade Ștefan Andrei received me.", "per-stefan-andrei"),  # comma below
    ("Nicolae Ceauşescu spoke.", "per-nicolae-ceausescu")])
def test_a_romanian_cedilla_names_the_register_form_with_the_comma_below(text: str,
                                                                          ident: str) -> None:
    assert ident in [m.entry.id for m in REGISTER.find(text)]


def test_no_person_is_registered_twice(resources) -> None:
    """(lead83) Two person entries sharing a whole name of two words or more are namesakes,
    told apart by their occupations; the same name and the same occupation is one person
    entered twice (`M. K. Rasgotra` was), whose mentions would split between two ids."""
    tag = f"{{{TEI_NS}}}occupation"
    seen: dict[tuple[str, str], str] = {}
    twice = []
    for entry in resources.register.listed:
        if entry.kind != "person":
            continue
        occupation = " ".join(" ".join("".join(el.itertext()).split())
                              for el in entry.element.iter(tag))
        for form in {" ".join("".join(el.itertext()).split())
                     for el in entry.element.iter(f"{{{TEI_NS}}}persName")}:
            if " " in form and seen.setdefault((form, occupation), entry.id) != entry.id:
                twice.append((form, seen[(form, occupation)], entry.id))
    assert twice == []
