"""Names several register entries share, resolved by the document's country context."""

from __future__ import annotations

import pytest

from tei.convert.ambiguity import candidates, in_context, shared_forms
from tei.convert.name_index import entry_forms, tokens
from tests.cases import text_xml

SHARED = {"org-foreign-office", "org-federal-foreign-office",
          "org-ministry-of-foreign-affairs-of-japan", "org-foreign-office-of-burma",
          "org-ministry-of-foreign-affairs-of-pakistan"}


def test_a_shared_form_names_all_its_entries(resources) -> None:
    entry = resources.register.entries["org-foreign-office"]
    assert {e.id for e in candidates(resources.register, entry, "Foreign Office")} == SHARED
    assert {e.id for e in candidates(resources.register, entry, "FOREIGN OFFICE")} == SHARED
    assert candidates(resources.register, entry, "FCO") == (entry,)


def test_the_shared_forms_read_off_the_trie_are_those_of_the_entries_names(resources) -> None:
    """Every form the index derives from every entry's names (`entry_forms`: not a surname
    in office nor a monogram, read by its person's offices or surname), tokenised and folded
    here again: the forms two entries of a kind carry, with their entries in register
    order (`George Bush` and the old `Geo. Bush`, father and son)."""
    owners: dict[tuple[str, ...], dict[str, object]] = {}
    for entry in resources.register.entries.values():
        for form in entry_forms(entry):
            words = tuple(t.group().casefold().replace("’", "'") for t in tokens(form))
            owners.setdefault((entry.kind, *words), {})[entry.id] = entry
    expected = {key: tuple(found.values()) for key, found in owners.items() if len(found) > 1}
    assert shared_forms(resources.register) == expected
    assert ("org", "foreign", "office") in expected
    assert ("person", "geo", "bush") in expected


@pytest.mark.parametrize(("text", "chosen"), [
    ("Received in Bonn. The Federal Government will answer.", "org-federal-foreign-office"),
    ("His Majesty's Government will answer. Whitehall distribution.", "org-foreign-office"),
    ("Repeated to Tokyo.", "org-ministry-of-foreign-affairs-of-japan"),
    ("The Chinese authorities were told.", None),
    ("Repeated to Tokyo and London.", None),
])
def test_the_entry_with_the_most_evidence_is_chosen(text: str, chosen: str | None,
                                                    resources) -> None:
    entry = resources.register.entries["org-foreign-office"]
    shared = candidates(resources.register, entry, "Foreign Office")
    found = in_context(text, shared, resources.patterns)
    assert (found.id if found else None) == chosen


BODY = ("Today the Soviet Foreign Minister received me in Moscow and spoke of the Soviet "
        "proposal at length, as the Soviet press had announced the day before.")


@pytest.mark.parametrize(("text", "form", "chosen"), [
    (f"EGYPTIAN AMBASSADOR, MOSCOW\nMINISTRY OF FOREIGN AFFAIRS, CAIRO\n\n{BODY}",
     "Ministry of Foreign Affairs", "org-ministry-of-foreign-affairs-of-egypt"),
    (f"PEOPLE'S REPUBLIC OF ALBANIA\nTirana, 4 December 1961\n\n{BODY}",
     "Political Bureau", "org-political-bureau-of-the-party-of-labour-of-albania"),
    (f"Sofia, 28.9.1960\n\n{BODY} The Politburo must be told.",
     "Politburo", "org-politburo-of-the-central-committee-of-the-bulgarian-communist-party"),
    (f"Moscow, 3 May\n\n{BODY} The Politburo must be told.",
     "Politburo", "org-politburo-of-the-central-committee-of-the-cpsu"),
])
def test_the_opening_lines_name_the_documents_own_country(text: str, form: str, chosen: str,
                                                          resources) -> None:
    """A ministry or party body named without its country is the one of the country the
    letterhead and heading name, though the text below names another more often."""
    entry = next(e for e in resources.register.entries.values()
                 if e.kind == "org" and len(candidates(resources.register, e, form)) > 1
                 and any("".join(n.itertext()) == form for n in e.element))
    found = in_context(text, candidates(resources.register, entry, form), resources.patterns)
    assert found is not None and found.id == chosen


@pytest.mark.parametrize(("form", "ident"), [
    ("MINISTERSTWO SPRAW ZAGRANICZNYCH", "org-ministry-of-foreign-affairs-of-poland"),
    ("MINISTERO DEGLI AFFARI ESTERI", "org-ministry-of-foreign-affairs-of-italy"),
    ("Ministerio de Relaciones Exteriores", "org-ministry-of-foreign-affairs-of-cuba"),
])
def test_a_ministry_letterhead_in_its_own_language_is_the_ministry(form: str, ident: str,
                                                                    resources) -> None:
    """Endonyms are register variants: the letterhead names the ministry unambiguously."""
    found = resources.register.lookup(form)
    assert found is not None and found.id == ident


@pytest.mark.parametrize(("text", "chosen"), [
    ("The draft was debated in the Political Committee of the General Assembly at Lake "
     "Success.", "org-first-committee-of-the-united-nations-general-assembly"),
    ("Budapest, 3 May 1958\n\nThe Political Committee decided to send a delegation.",
     "org-political-committee-of-the-hungarian-socialist-workers-party"),
    ("The Political Committee met yesterday.", None),
])
def test_a_political_committee_is_the_partys_or_the_general_assemblys(text: str,
                                                                      chosen: str | None,
                                                                      resources) -> None:
    entry = resources.register.entries["org-first-committee-of-the-united-nations-general-assembly"]
    found = in_context(text, candidates(resources.register, entry, "Political Committee"),
                       resources.patterns)
    assert (found.id if found else None) == chosen


_LETTERHEAD = ("{}\nCIPHER TELEGRAM\nNo. 218\nMoscow, 14 March 1963\nTo Comrade Tsedenbal\n\n"
               "Today Comrade Gromyko received me in Moscow; the Soviet side agrees.\n\n"
               "B. Jargalsaikhan\n")


@pytest.mark.parametrize(("letterhead", "ident"), [
    ("MINISTRY OF FOREIGN AFFAIRS OF THE MONGOLIAN PEOPLE'S REPUBLIC",
     "org-ministry-of-foreign-affairs-of-mongolia"),
    ("Ministry of Foreign Affairs of the Polish People's Republic",
     "org-ministry-of-foreign-affairs-of-poland"),
    ("Ministry of Foreign Affairs of the USSR", "org-ministry-of-foreign-affairs-of-the-ussr"),
    ("MINISTRY OF FOREIGN AFFAIRS", "org-ministry-of-foreign-affairs-of-the-ussr"),
])
def test_a_country_after_the_shared_name_decides_over_the_documents_context(
        letterhead: str, ident: str, resources) -> None:
    """A Mongolian telegram from Moscow names Soviet things throughout: its letterhead's
    ministry is still the country's its name goes on to give; without one, the context's."""
    xml = text_xml(_LETTERHEAD.format(letterhead), resources)
    head = xml.split('<div type="registry" subtype="heading">')[1].split("</ab>")[0]
    assert f'<orgName ref="#{ident}">' in head


_PARTY_CONGRESS = ("AIRGRAM\n\nFROM: AmEmbassy ROME\nDATE: March 14, 1966\nSUBJECT: Italian "
                   "Communist Party Congress\n\nThe Eleventh Congress of the Italian Communist "
                   "Party closed in Rome. The Embassy believes that the Congress marks no change."
                   "\n\nMeloy\n")


def test_a_partys_body_named_after_the_party_or_named_in_full_before(resources) -> None:
    """`Italian Communist Party Congress` is that party's (the party before the body as `of
    the` after it); `the Congress` after the document named that congress in full is it,
    not the US Congress a US form would otherwise make it."""
    xml = text_xml(_PARTY_CONGRESS, resources)
    assert xml.count('<orgName ref="#org-congress-of-the-italian-communist-party">') == 3
    assert "org-united-states-congress" not in xml


def test_a_name_with_its_own_evidence_keeps_it_over_a_body_named_before(resources) -> None:
    """`the Czechoslovak Politburo` after the Bulgarian one: the adjective tells."""
    xml = text_xml("TELEGRAM\n\nSofia, 12 March 1979\n\nThe Politburo of the Central Committee"
                   " of the Bulgarian Communist Party met. He compared its line with that of the "
                   "Czechoslovak Politburo.\n\nNOWAK\n", resources)
    assert "communist-party-of-czechoslovakia" in xml
