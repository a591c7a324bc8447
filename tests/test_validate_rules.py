"""Every rule, grammar check and well-formedness refusal: a file it accepts, a file it
rejects, and the exact message the user sees."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from lxml import etree

from tei.resources import schemas_dir
from tei.validate import Layer, Outcome, Validator
from tei.validate.schematron import SchematronRules, rules

FIXTURES = Path(__file__).parent / "fixtures" / "validate"
CORPUS = sorted((Path(__file__).parent.parent / "corpus" / "tei").glob("*.xml"))

# invalid/<rule>.xml is the valid base (valid/telegram.xml) with one fault for <rule>.
RULE_FINDINGS = {
    "root-id": ['2:1: error: The root element\'s xml:id must be "doc-root-id", made from the '
                'file name ("doc-" + the name without ".xml", each run of characters an id '
                'cannot hold, such as spaces, written "-"); it is "doc-telegram-21497". '
                "[root-id]"],
    "edition-idno": ['10:9: error: The edition id (publicationStmt/idno type="edition") '
                     '"doc-21497" must equal the root xml:id "doc-edition-idno". [edition-idno]'],
    "pointer-resolves": ["75:115: error: ref/@target points to #note-1, but no element in this "
                         "file has that xml:id. [pointer-resolves]"],
    "name-ref": ['75:29: error: The persName "Zhou Enlai" has no @ref: point it to its person '
                 'entry in the standOff, e.g. ref="#per-...". [name-ref]'],
    "name-standoff": ['75:30: error: The placeName "Beijing" has ref="#per-mao-zedong", which is '
                      "not a place in this file's standOff; names point with \"#\" + id to "
                      "their standOff entry. [name-standoff]"],
    "role-holder": ['75:33: error: The roleName "Chairman" has ref="#pla-beijing", which is '
                    "not a person in this file's standOff; an office points with \"#\" + id "
                    "to its holder's entry. [role-holder]"],
    "entry-id": ['52:7: error: The person "Joseph Stalin" needs an xml:id made of "per-" and a '
                 "slug of its regularised name (lowercase letters, digits, hyphens); it is "
                 '"stalin". [entry-id]'],
    "entry-reg-name": ['52:7: error: The person "per-joseph-stalin" needs exactly one '
                       'regularised name (type="reg"), with text, as its first name; it has 1, '
                       'and its first name is type="pseudonym". [entry-reg-name]'],
    "entry-unused": ['63:7: warning: The place "pla-moscow" is not referred to anywhere in this '
                     "file; remove the entry or tag the name in the text. [entry-unused]"],
    "authority-wikidata": ['50:9: error: The Wikidata id "https://www.wikidata.org/wiki/Q5816" '
                           "must be Q followed by digits (Q855), without the URL. "
                           "[authority-wikidata]"],
    "authority-viaf": ['55:9: error: The VIAF id "VIAF 101787139" must be digits only '
                       "(101787139), without the URL. [authority-viaf]"],
    "authority-geonames": ['61:9: error: The GeoNames id "1816670.html" must be digits only '
                           "(1816670), without the URL. [authority-geonames]"],
    "authority-kind": ["55:9: error: GeoNames ids belong to places, not to a person. "
                       "[authority-kind]"],
    "date-valid": [
        '36:17: error: <date> when="1951-02-30": "1951-02-30" is not a valid value (write a '
        "real date: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or YYYY-MM-DDThh:mm:ss) [grammar]",
        '36:17: error: when="1951-02-30" on date is not a real date or time: write YYYY-MM-DD, '
        "YYYY-MM, YYYY, --MM-DD or YYYY-MM-DDThh:mm:ss. [date-valid]"],
    "date-range": ['77:55: error: notBefore "1951-07-10" is later than notAfter "1951-07-01". '
                   "[date-range]"],
    "sent-before-received": ["32:7: error: The document was received (1951-07-03T21:00:00) "
                             "before it was sent (1951-07-05), even allowing 14 hours for time "
                             "zones; check the dates in correspDesc. [sent-before-received]"],
    "corresp-unique": ['32:7: error: correspDesc may have at most one correspAction of type '
                       '"sent" and one of type "received". [corresp-unique]'],
    "corresp-date": ['36:11: error: The date "July 5, 1951" of correspAction type="sent" needs '
                     'when (or notBefore and notAfter for a range) with its W3C value '
                     '(when="1951-07-05"): correspDesc dates are what indexes and the dateline '
                     "check read. [corresp-date]"],
    "dateline-date": ["81:13: error: The dateline gives 1951-07-07, but correspDesc says the "
                      "document was sent 1951-07-05; they must agree. [dateline-date]"],
    "dateline-place": ["84:13: error: The dateline names the place #pla-moscow, but "
                       "correspDesc says the document was sent from #pla-beijing; they must "
                       "agree. [dateline-place]"],
    "title-main": ['5:7: error: The document needs exactly one title, title type="main" with '
                   "text, in titleStmt. [title-main]"],
    "altidentifier-type": ['16:13: error: altIdentifier type="telegram" must hold an idno of '
                           'the same type, not "incoming". [altidentifier-type]'],
    "hash-shape": ["27:11: error: The source-sha256 checksum must be 64 lowercase hexadecimal "
                   'digits; it is "4F1C7A0E". [hash-shape]'],
    "doc-type": ["66:5: error: The document type is missing: give the div in text/body a type "
                 "(telegram, cable, letter, memorandum, record-of-conversation or report). "
                 "[doc-type]"],
    "div-order": ["67:7: error: The document's div must hold, in this order: an optional "
                  "registry heading, one message div, any attachments and optional processing "
                  "lines; it holds: heading, processing, message. [div-order]"],
    "registry-div": ['68:9: error: A registry div needs subtype="heading" or "processing" and '
                     'holds only registry lines (ab type="registry"). [registry-div]'],
    "registry-line": ['71:9: error: Registry lines (ab type="registry") belong in a registry '
                      "div, not in a message div. [registry-line]"],
    "registry-subtype": ['69:11: error: A heading line cannot have subtype="deciphered"; use '
                         "one of: letterhead, cable-number, classification, distribution, "
                         "transmission, copy, routing, incoming, outgoing, series, stamp, "
                         "addressee, sender, date, dateline, method, control, subject, "
                         "destination, document-type, provenance, participants, place, time, info, "
                         "precedence, declassification, tags, reference, handling, form, "
                         "serial, copies, language, docket, other. [registry-subtype]"],
    "item-number": ['77:13: error: An item of a numbered list needs n with its number as '
                    'printed (n="1"). [item-number]'],
    "no-brackets": ['77:13: warning: Square bracket left in the text: "Both sides cease fire '
                    '[along the 38th parallel]."; encode what the brackets mark as supplied or '
                    "gap (the editions print the brackets). [no-brackets]"],
}

# libxml2 names at most ten expected elements; the message says there are more.
PHRASE = ("<persName>, <placeName>, <orgName>, <roleName>, <date>, <time>, <num>, <measure>, "
          "<supplied>, <gap>, ...")
GRAMMAR_FINDINGS = {
    "bad-value": ['22:12: error: <div> type="postcard": "postcard" is not allowed; use one of: '
                  "telegram, cable, letter, memorandum, record-of-conversation, report "
                  "[grammar]"],
    "missing-attribute": ["24:26: error: <supplied> needs attribute reason [grammar]"],
    "no-namespace": ["2:1: error: <TEI> (no namespace) cannot be the root element: a document "
                     "starts with <TEI> in the TEI namespace "
                     '(xmlns="http://www.tei-c.org/ns/1.0") [grammar]'],
    "not-tei": [f"24:26: error: <signature> is not allowed here; expected: {PHRASE} [grammar]"],
    "stray-text": ["23:9: error: <div> may not contain text directly, only elements [grammar]"],
    "unknown-element": [f"24:26: error: <emph> is not allowed here; expected: {PHRASE} "
                        "[grammar]"],
    "wrong-order": ["24:11: error: <closer> is not allowed here; expected: <head>, <opener>, "
                    "<p>, <ab>, <list>, <floatingText>, <div> [grammar]"],
    "xinclude": ["24:26: error: <include> (namespace http://www.w3.org/2001/XInclude) is not "
                 f"allowed here; expected: {PHRASE} [grammar]"],
}

DOCTYPE = ("2:1: error: DOCTYPE declarations are not allowed (external entities, DTDs and "
           "entity expansion are refused for security) [xml-doctype]")
WF_FINDINGS = {
    "xxe-passwd": [DOCTYPE],
    "billion-laughs": [DOCTYPE],
    "network-dtd": [DOCTYPE],
    "not-well-formed": ["24:51: error: not well-formed XML: <hi> (opened on line 24) is not "
                        "closed: </p> comes first; add </hi> where it ends [xml-syntax]"],
}


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def _lines(validator: Validator, path: Path) -> list[str]:
    report = validator.validate_file(path)
    return [f"{f.diagnostic.line}:{f.diagnostic.col}: {f.diagnostic.severity}: "
            f"{f.diagnostic.message} [{f.diagnostic.rule}]" for f in report.findings]


VALID = sorted((FIXTURES / "valid").glob("*.xml"))


@pytest.mark.parametrize("path", [*VALID, *CORPUS], ids=lambda p: p.name)
def test_valid_files_pass_every_rule(validator: Validator, path: Path) -> None:
    report = validator.validate_file(path)
    assert report.findings == ()
    assert set(report.outcomes.values()) == {Outcome.PASSED}


@pytest.mark.parametrize("rule", sorted(RULE_FINDINGS))
def test_each_rule_rejects_its_fixture_with_its_message(validator: Validator, rule: str) -> None:
    assert _lines(validator, FIXTURES / "invalid" / f"{rule}.xml") == RULE_FINDINGS[rule]


@pytest.mark.parametrize("name", sorted(GRAMMAR_FINDINGS))
def test_grammar_errors_name_element_attribute_and_expectation(validator: Validator,
                                                                name: str) -> None:
    assert _lines(validator, FIXTURES / "grammar" / f"{name}.xml") == GRAMMAR_FINDINGS[name]


@pytest.mark.parametrize("name", sorted(WF_FINDINGS))
def test_hostile_and_broken_files_are_refused_before_any_layer(validator: Validator,
                                                               name: str) -> None:
    started = time.perf_counter()
    report = validator.validate_file(FIXTURES / "wf" / f"{name}.xml")
    print(f"{name}: refused in {time.perf_counter() - started:.4f} s")
    assert _lines(validator, FIXTURES / "wf" / f"{name}.xml") == WF_FINDINGS[name]
    assert report.outcomes == {Layer.WF: Outcome.FAILED, Layer.GRAMMAR: Outcome.SKIPPED,
                               Layer.RULES: Outcome.SKIPPED}
    assert "root:" not in report.findings[0].diagnostic.message


def test_a_duplicate_id_is_reported_at_each_occurrence_and_the_other_layers_run(
        validator: Validator) -> None:
    report = validator.validate_file(FIXTURES / "wf" / "duplicate-id.xml")
    message = ('error: xml:id "part-1" is used 2 times (lines 23, 24); every xml:id must be '
               "unique in the file [id-unique]")
    assert _lines(validator, FIXTURES / "wf" / "duplicate-id.xml") == [
        f"23:29: {message}", f"24:14: {message}"]
    assert report.outcomes == {Layer.WF: Outcome.FAILED, Layer.GRAMMAR: Outcome.PASSED,
                               Layer.RULES: Outcome.PASSED}


def test_every_rule_of_the_schema_has_a_rejecting_fixture() -> None:
    ids = {rule.id for rule in rules(etree.parse(str(schemas_dir() / "telegrams.sch")))}
    assert ids - {"id-unique", "id-ncname"} == set(RULE_FINDINGS)
    assert {"id-unique", "id-ncname"} <= ids


def test_id_unique_rule_reports_each_duplicate_for_other_schematron_users(
        validator: Validator) -> None:
    """The wf layer checks ids (so our run leaves the Schematron copy out); editors running
    telegrams.sch in another tool get the rule's own message on each duplicate."""
    path = FIXTURES / "wf" / "duplicate-id.xml"
    lenient = etree.XMLParser(collect_ids=False, resolve_entities=False, no_network=True)
    tree = etree.parse(str(path), lenient)
    assert validator.rules is not None
    assert not [f for f in validator.rules.check(tree, path) if f.rule == "id-unique"]
    schematron = SchematronRules(schemas_dir() / "telegrams.sch")
    found = [(f.rule, f.message) for f in schematron.check(tree, path)
             if f.rule == "id-unique"]
    message = 'xml:id "part-1" is used 2 times; every xml:id must be unique in the file.'
    assert found == [("id-unique", message), ("id-unique", message)]


def test_rules_see_the_file_name_of_the_file_not_of_the_tree(validator: Validator,
                                                              tmp_path: Path) -> None:
    copy = tmp_path / "renamed.xml"
    copy.write_bytes((FIXTURES / "valid" / "minimal.xml").read_bytes())
    assert [f.diagnostic.rule for f in validator.validate_file(copy).findings] == ["root-id"]


def test_id_ncname_rule_is_in_the_schematron_for_other_tools(validator: Validator) -> None:
    path = FIXTURES / "valid" / "minimal.xml"
    tree = etree.parse(str(path))
    tree.getroot().set("{http://www.w3.org/XML/1998/namespace}id", "[UUID]")
    assert validator.rules is not None
    assert not [f for f in validator.rules.check(tree, path) if f.rule == "id-ncname"]
    found = [f.message for f in SchematronRules(schemas_dir() / "telegrams.sch").check(
        tree, path) if f.rule == "id-ncname"]
    assert found == ['xml:id "[UUID]" is not an NCName: an id starts with a letter or "_" and '
                     'holds only letters, digits, ".", "-" and "_".']


def _unused(validator: Validator, tmp_path: Path, entry_id: str, pointers: str) -> list[str]:
    """entry-unused findings on the Beijing entry, given `entry_id` and a paragraph of
    `pointers` (the names still point to #pla-beijing unless the entry's id changes)."""
    text = (FIXTURES / "valid" / "telegram.xml").read_text(encoding="utf-8")
    text = text.replace('<place xml:id="pla-beijing">', f'<place xml:id="{entry_id}">')
    text = text.replace('<placeName ref="#pla-beijing">', '<placeName ref="#pla-elsewhere">')
    text = text.replace("<dateline>", f"<dateline>{pointers}", 1)
    path = tmp_path / "telegram.xml"
    path.write_text(text, encoding="utf-8")
    tree = etree.parse(str(path), etree.XMLParser(collect_ids=False))
    assert validator.rules is not None
    return [f.message for f in validator.rules.check(tree, path) if f.rule == "entry-unused"]


@pytest.mark.parametrize(("entry_id", "pointers", "unused"), [
    ("pla-beijing", '<ref target="#a&#9;#pla-beijing&#10;">x</ref>', False),
    ("pla-beijing", '<ref target="#a" who="#b #pla-beijing">x</ref>', False),
    ("pla-beijing", '<ref target="#pla-beijing-2">x</ref>', True),
    ("", '<ref target=" #a">x</ref>', False),       # the joined values lead with a space
    ("", '<ref target="#a" who="b">x</ref>', False),  # a token without "#"
    ("", '<ref target="#a" who="#b">x</ref>', True),
])
def test_entry_unused_reads_every_pointer_token(validator: Validator, tmp_path: Path,
                                                entry_id: str, pointers: str,
                                                unused: bool) -> None:
    assert bool(_unused(validator, tmp_path, entry_id, pointers)) is unused
