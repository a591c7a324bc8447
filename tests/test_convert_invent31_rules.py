"""Rules from invent31's invented probes of layouts no fixture had (Norwegian, Bulgarian,
Serbo-Croatian, Lithuanian, Albanian and Danish telegrams wholly in their own languages, a
Romanian embassy telex, a League of Nations circular letter), each checked on a second
layout of its family:

- the ciphergram's name with its number (`SHIFROGRAM Nr.`, `ШИФРОГРАМА №`, `ŠIFRUOTA
  TELEGRAMA Nr.`) and a telex's `TLX NO` line with its day and hour;
- the sent and received labels of the Albanian, Bulgarian, Serbo-Croatian and Lithuanian
  forms, the Lithuanian hour (`24 d., 18 val. 30 min.`), the Bulgarian marks and `От`;
- the addresses `До другаря`, `Shokut`, the Lithuanian dative, a Yugoslav `lično`, and a
  circular letter's foot address by office;
- a ministry's or Baltic legation's letterhead with its seat under it as the place of origin;
- Bulgarian told from Russian by the hard sign; the Lithuanian case endings.
"""

from __future__ import annotations

from tests.cases import text_facts


def _when(resources, text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.hour, d.minute) for d in resources.dates.find(text)]


def test_lithuanian_hour_words(resources) -> None:
    assert _when(resources, "1939 m. rugpjūčio 24 d., 18 val. 30 min.") == [
        (1939, 8, 24, 18, 30)]
    assert _when(resources, "1940 m. birželio 14 d. 9 val. 05 min.") == [(1940, 6, 14, 9, 5)]


def test_numbered_ciphergrams_and_telex_line(resources) -> None:
    for heading, number in (("SHIFROGRAM Nr. 87", "87"), ("ШИФРОГРАМА № 1412", "1412"),
                            ("ŠIFRUOTA TELEGRAMA Nr. 5", "5"),
                            ("TLX NR 214 02.11.1976 0915", "214")):
        text = f"{heading}\n\nSECRET\n\nThe talks went well.\n\nPetrov\n"
        assert text_facts(text, resources)["telegram_number"] == number, heading


def test_bulgarian_ciphergram_from_new_york(resources) -> None:
    text = ("ШИФРОГРАМА № 88\n\nМного спешно\n\nОт Ню Йорк\nИзпратено: 3.X.1960 г., 23.00 ч.\n"
            "Получено: 4.X.1960 г., 09.30 ч.\n\nДо другаря Карло Луканов\n\n"
            "Днес делегацията беше приета и разговорите ще продължат утре.\n\nЖИВКОВ\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1960-10-03"
    assert facts["date_received"] == "1960-10-04T09:30"
    assert facts["place_of_origin"] == "New York"
    assert facts["addressee"] == ["Karlo Lukanov"]


def test_albanian_ciphergram_outgoing_address(resources) -> None:
    text = ("SHIFROGRAM Nr. 31\n\nTepër sekret\n\nNga: Ambasada në Moskë\nNisur: 2.III.1960, "
            "ora 18.00\n\nShokut Enver Hoxha\n\nSot pata një takim me ministrin.\n\nDervishi\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1960-03-02"
    assert facts["addressee"] == ["Enver Hoxha"]


def test_lithuanian_address_and_legation_seat(resources) -> None:
    text = ("LIETUVOS PASIUNTINYBĖ\nMASKVOJE\n\nŠIFRUOTA TELEGRAMA Nr. 12\n\n"
            "Išsiųsta: 1939 m. spalio 3 d., 22 val. 15 min.\n\n"
            "Užsienio reikalų ministeriui Juozui Urbšiui\n\nŠiandien kalbėjau su Molotovu.\n\n"
            "Natkevičius\n")
    facts = text_facts(text, resources)
    assert facts["date"] == "1939-10-03"
    assert facts["place_of_origin"] == "Moscow"
    assert facts["addressee"] == ["Juozas Urbšys"]


def test_ministry_letterhead_seat_is_an_outgoing_telegrams_origin(resources) -> None:
    swedish = ("UTRIKESDEPARTEMENTET\nStockholm\n\nCHIFFERTELEGRAM\n\nTill: Beskickningen i Bonn\n"
               "Avsänt: 3 oktober 1962 kl. 14.10\n\nBeskickningen ombedes framföra svaret.\n\n"
               "Undén\n")
    assert text_facts(swedish, resources)["place_of_origin"] == "Stockholm"
    # a form with a sender field keeps the post it names, not the ministry's seat
    danish = ("UDENRIGSMINISTERIET\nKøbenhavn\n\nCHIFFERTELEGRAM\n\nFra: Ambassaden i Bonn\n"
              "Afsendt: 3. oktober 1962 kl. 14.10\n\nSamtalen fandt sted i dag.\n\nDuus\n")
    assert text_facts(danish, resources)["place_of_origin"] == "Bonn"


def test_yugoslav_address_lično(resources) -> None:
    text = ("ŠIFROVANI TELEGRAM - ODLAZNI\n\nStrogo poverljivo\n\nBr. 77\n"
            "Otpravljeno: 3. X 1962. u 10,00 č.\n\nAmbasadoru Mićunoviću lično\n\n"
            "Molimo Vas da odmah posetite Raska.\n\nPopović\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["Veljko Mićunović"]
    assert facts["date"] == "1962-10-03"


def test_circular_letter_foot_address_names_no_person(resources) -> None:
    text = ("LEAGUE OF NATIONS\n\nC.L.12.1931.\n\nGeneva, January 9th, 1931.\n\nSir,\n\n"
            "I have the honour to transmit herewith the report.\n\nI have the honour to be, Sir,\n"
            "Your obedient Servant,\n\n(Signed) ERIC DRUMMOND,\nSecretary-General.\n\n"
            "To the Ministers for Foreign Affairs of the Members of the League.\n")
    facts = text_facts(text, resources)
    assert facts["sender"] == ["Eric Drummond"]
    assert facts["addressee"] == []
    assert facts["doc_type"] == "letter"


def test_bulgarian_told_from_russian() -> None:
    from tei.convert.text_language import language_of
    bulgarian = ("Днес бях приет от министъра. Той изрази задоволство от подготовката на "
                 "посещението и предложи разговорите да започнат в края на юни, като държи "
                 "на добросъседските отношения.")
    russian = ("Сегодня я был принят министром. Он выразил удовлетворение подготовкой визита "
               "и предложил начать переговоры в конце июня, объявив об этом.")
    assert language_of(bulgarian, "en") == "bg"
    assert language_of(russian, "en") == "ru"


def test_lithuanian_declension() -> None:
    from tei.convert.declension import declined
    assert {"Berlyne", "Berlyno"} <= set(declined("Berlynas", "lt"))
    assert {"Maskvoje", "Maskvos"} <= set(declined("Maskva", "lt"))
    assert "Urbšiui" in declined("Urbšys", "lt")
    assert "Vilniaus" in declined("Vilnius", "lt")
    assert "Vokietijos" in declined("Vokietija", "lt")
