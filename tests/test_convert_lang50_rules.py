"""Rules of lang50 (documents of Japanese, Chinese, Korean, Brazilian, Portuguese, Spanish,
Mexican, Argentine and Indian archives, in their language or in translation).

- The Gaimushō's telegram form in two columns run together on one line: the minister on the
  left, the envoy at his post on the right, `宛` marking the addressee
  (`松岡外務大臣 在独来栖大使宛`), or neither marked, the minister first (the envoy's
  telegram to him); the form's boxes (`起草`, `発電` with the day and hour sent, `主管`), the
  sending post alone with `発` (`東京発`); `電信案` (letter-spaced) names the form.
- A katakana name glued to a katakana particle (`ルーズベルトハ`, `本使ハウェルズ次官ニ`) is a
  whole word (`cjk_names`); CJK place and person forms in the register (`米國`, `獨逸`,
  `臺灣`, `顧維鈞`, `蔣中正`, `ヒトラー` ...).
- A CJK day with its year alone on a heading line is the dateline, no circulation stamp's box.
- Academia Historica's item title `X電Y...` names sender and addressee (`title-shapes`); its
  labels (`典藏號` the shelfmark, `日期`, `語文`, `全宗名`, `卷名`) and the portal's name.
- The Itamaraty form's unlabelled lines: the sending mission after `DA`/`DE` (`DA LEGAÇÃO EM
  TÓQUIO`: the place), `EM 8.XII.1941`, `RECEBIDO EM 9.XII.1941, ÀS 7,45`, and the receipt's
  hour alone (`Recebido às 23 h. 40`), of the day sent (`action_dates`: the Iberian clock).
- A heading line's words are counted without its dashes (`Arquivo Histórico do Itamaraty —
  Telegramas expedidos — Washington — 1942` stands in the heading).
- Routing lines opening a message: `Para o Embaixador Carlos Martins.`, `Para el señor
  Secretario Padilla.` (the addressee) and the Indian `Panikkar to Bajpai.` (sender and
  addressee).
- Archive furniture over a form's heading: the Acervo Histórico Diplomático's `Expediente
  III-2458-14 (...)` and an Indian `File No. 7(14)-CJK/50` (shelfmarks), `Fondo:` lines,
  Abhilekh Patal's record fields; a Hindi letterhead (`विदेश मंत्रालय`) is the document's.
- Portuguese function words that a short telegram keeps (`hoje`, `às`, `lhe`) and `õ`.
- A body of some twenty ideographs is Chinese (`min-letters` 20, not 40).
- A Spanish or Portuguese cable's form line with its classification before the number
  (`CABLE SECRETO No. 412`); `Cancillería`, `SECRELAC`, `Embajada` ... are offices, no person.
- JACAR's English interface: `Ref. B02030531200` (the shelfmark), `Holding institution`,
  `Hierarchy`, `Number of images`; its telegram in Japanese under the English fields is the
  document (no viewer's interface: `furniture._cable_in_script`), and a Japanese sending
  line's rest after its day is no page title (`titles._SENDING_REST`).
"""

from __future__ import annotations

import pytest

from tests.cases import text_facts, text_xml


@pytest.mark.parametrize(("line", "groups"), [
    ("松岡外務大臣 在独来栖大使宛", {"sender": "松岡", "addressee": "来栖"}),
    ("東郷外務大臣　　　　野村大使", {"addressee": "東郷", "sender": "野村"}),
    ("発電　昭和十五年九月十日後六時〇分", {"sent": "昭和十五年九月十日後六時〇分"}),
    ("東京発", {"place": "東京"}),
    ("DA LEGAÇÃO EM TÓQUIO", {"place": "TÓQUIO"}),
    ("EM 8.XII.1941", {"sent": "8.XII.1941"}),
    ("RECEBIDO EM 9.XII.1941, ÀS 7,45", {"received": "9.XII.1941, ÀS 7,45"}),
    ("1942 — N.º 45 — Recebido às 20 h.", {"telegram": "45", "received": "às 20 h."})])
def test_heading_rows(line: str, groups: dict[str, str], resources) -> None:
    resources.patterns.forget()
    found = resources.patterns.match("heading", " ".join(line.split()))
    assert found is not None
    assert {k: v for k, v in found[1].groupdict().items() if v and k != "label"} == groups


_GAIMUSHO = ("外務省記録　日独伊三国条約関係一件\n\n電　信　案\n"
             "　　　　　　　　　　　　主管　欧亜局第一課\n"
             "昭和十五年九月十日　　　　　　　　起草　昭和十五年九月十日\n"
             "　　　　　　　　　　　　発電　昭和十五年九月十日後六時〇分\n\n"
             "松岡外務大臣　　　　　　　　　　　在独来栖大使宛\n"
             "　　　　　　　　　　　　東京発\n\n第四一二號（大至急、極秘）\n\n"
             "「スターマー」公使ハ本大臣ト會見セリ獨逸ハ米國ヲ牽制スル役割ヲ期待スト語レリ\n")


def test_gaimusho_two_columns(resources) -> None:
    facts = text_facts(_GAIMUSHO, resources)
    assert facts["sender"] == ["Yosuke Matsuoka"] and facts["addressee"] == ["Saburo Kurusu"]
    assert (facts["date"], facts["place_of_origin"]) == ("1940-09-10", "Tokyo")
    assert (facts["doc_type"], facts["telegram_number"]) == ("telegram", "412")


def test_katakana_names_glued_to_particles(resources) -> None:
    found = resources.register.find("本使ハウェルズ次官ニ會見セリ。"
                                    "ヒトラーハ不在ナリ「フラスク」ヲ見タ")
    assert [m.form for m in found] == ["ウェルズ", "ヒトラー"]


def test_a_cjk_day_with_its_year_is_the_dateline(resources) -> None:
    facts = text_facts("外交部來電\n第214號\n1950年6月28日\n\n美方已同意派艦協防。\n", resources)
    assert facts["date"] == "1950-06-28"


def test_academia_historica_title(resources) -> None:
    facts = text_facts("國史館檔案史料文物查詢系統\n典藏號：002-080106-00034-003\n"
                       "件名：顧維鈞電蔣中正報告與艾奇遜會談經過\n日期：1950/01/06\n語文：中文\n\n"
                       "蔣總統鈞鑒：本日晤艾奇遜國務卿，談臺灣問題。職顧維鈞叩。\n", resources)
    assert facts["sender"] == ["Wellington Koo"] and facts["addressee"] == ["Chiang Kai-shek"]
    assert (facts["archive_idno"], facts["date"]) == ("002-080106-00034-003", "1950-01-06")


def test_itamaraty_hour_of_receipt_alone(resources) -> None:
    facts = text_facts("ARQUIVO HISTÓRICO DO ITAMARATY\nLondres — Telegramas recebidos — 1943\n\n"
                       "DE LONDRES\nEM 3.IV.1943\n1943 — N.º 12 — Recebido às 22 h. 15\n\n"
                       "Falei hoje com o Primeiro Ministro sobre a questão das bases.\n\n"
                       "MUNIZ DE ARAGÃO\n", resources)
    assert (facts["date"], facts["date_received"]) == ("1943-04-03", "1943-04-03T22:15")
    assert (facts["place_of_origin"], facts["telegram_number"]) == ("London", "12")


def test_dashed_series_line_stands_in_the_heading(resources) -> None:
    facts = text_facts("MINISTÉRIO DAS RELAÇÕES EXTERIORES\n"
                       "Arquivo Histórico do Itamaraty — Telegramas expedidos — Lima — 1942\n\n"
                       "TELEGRAMA EXPEDIDO\nÀ Embaixada em Lima\nN.º 14\n"
                       "Rio de Janeiro, 3 de fevereiro de 1942, 20 h.\n\n"
                       "Para o Embaixador Carlos Martins. Queira Vossa Excelência informar o "
                       "Governo peruano.\n\nOSWALDO ARANHA\n", resources)
    assert (facts["date"], facts["telegram_number"]) == ("1942-02-03", "14")
    assert facts["sender"] == ["Oswaldo Aranha"] and facts["addressee"] == ["Carlos Martins"]


def test_indian_routing_and_file_number(resources) -> None:
    text = ("विदेश मंत्रालय\nMINISTRY OF EXTERNAL AFFAIRS\nFile No. 7(14)-CJK/50\n\n"
            "CYPHER TELEGRAM\nFrom : Indembassy, Peking\nTo : Foreign, New Delhi\nNo. 402\n"
            "Dated the 26th October, 1950.\n\nPanikkar to Bajpai. Saw Vice Foreign Minister "
            "this evening about Tibet.\n\nPANIKKAR\n")
    facts = text_facts(text, resources)
    assert facts["addressee"] == ["Girija Shankar Bajpai"]
    assert facts["archive_idno"] == "7(14)-CJK/50"
    assert "विदेश मंत्रालय" in text_xml(text, resources)  # the Hindi letterhead is kept


def test_mexican_expediente_and_para_el_senor(resources) -> None:
    facts = text_facts("SECRETARÍA DE RELACIONES EXTERIORES\nAcervo Histórico Diplomático\n"
                       "Fondo: Embajada de México en los Estados Unidos de América\n"
                       "Expediente III-2458-14 (1a. parte), foja 112\n\n"
                       "CABLEGRAMA CIFRADO RECIBIDO\nNúmero: 312\nProcedencia: Washington, D.C.\n"
                       "Fecha: 4 de junio de 1942.\n\nPara el señor Secretario Padilla. Esta "
                       "mañana el Secretario de Estado me habló del convenio.\n\n"
                       "CASTILLO NÁJERA.\n", resources)
    assert (facts["archive_idno"], facts["telegram_number"]) == ("III-2458-14", "312")
    assert facts["addressee"] == ["Ezequiel Padilla"] and facts["date"] == "1942-06-04"


def test_short_portuguese_telegram_language(resources) -> None:
    from tei.convert.text_language import language_of
    assert language_of("Chanceler informou-me hoje que o Governo decidiu romper relações com "
                       "o Eixo. Pediu-me transmitir ao Ministro o seu agradecimento.", "en") == "pt"


_JACAR_EN = ("Japan Center for Asian Historical Records\nReference code: B02030531200\n"
             "Ref. B02030531200\n"
             "Title: From Ambassador Oshima in Berlin to Foreign Minister Matsuoka, No. 301\n"
             "Holding institution: Diplomatic Archives of the Ministry of Foreign Affairs of "
             "Japan\n"
             "Hierarchy: Ministry of Foreign Affairs > Political > Japan-Germany relations\n"
             "Language: Japanese\nNumber of images: 3\n\n"
             "昭和十六年四月四日後發　伯林\n本　省　　四月五日前着\n\n"
             "松岡外務大臣　　　　　　　　大島大使\n\n第三〇一號（館長符號扱）\n\n"
             "本日「リッベントロップ」外相ト會談ス\n")


def test_jacar_english_page_keeps_its_japanese_telegram(resources) -> None:
    facts = text_facts(_JACAR_EN, resources)
    assert facts["title"].startswith("From Ambassador Oshima in Berlin")
    assert (facts["date"], facts["telegram_number"]) == ("1941-04-04", "301")
    assert facts["sender"] == ["Hiroshi Oshima"] and facts["addressee"] == ["Yosuke Matsuoka"]
    assert "リッベントロップ" in text_xml(_JACAR_EN, resources)


def test_a_short_chinese_body_is_chinese(resources) -> None:
    text = ("外交部\n來電\n第二一四號\n發電地點：華盛頓\n發電日期：中華民國三十九年六月二十八日\n\n"
            "部長鈞鑒：密。美總統杜魯門本日宣布第七艦隊協防臺灣。職顧維鈞叩。儉。\n")
    facts = text_facts(text, resources)
    assert (facts["date"], facts["place_of_origin"]) == ("1950-06-28", "Washington")
    assert '<text xml:lang="zh">' in text_xml(text, resources)


def test_argentine_cable_secreto_to_the_cancilleria(resources) -> None:
    facts = text_facts("CABLE SECRETO No. 77\nRoma, 2 de mayo de 1949.\nPara: Cancillería\n\n"
                       "El Conde Sforza me recibió hoy y me habló del tratado.\n\nARCE\n",
                       resources)
    assert (facts["telegram_number"], facts["date"]) == ("77", "1949-05-02")
    assert facts["addressee"] == []
