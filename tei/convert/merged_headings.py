"""A printed or archival heading that a copy ran together into one line, set apart again
into the lines it was printed as (repost78).

E-book copies (Kindle, EPUB readers), blog block quotes and word-processor exports often join
a heading's lines with spaces. Two forms are read, each only when its own words show it:

- an edition's document number, the parties' heading and the telegram's number line
  (`No. 41 Sir D. Kelly (Moscow) to Mr. Eden (Received 4 March, 10.15 a.m.) No. 198
  Telegraphic [NS 1022/14] Immediate. Confidential MOSCOW, 3 March 1952, 7.40 p.m.`):
  parted after the leading number and before `No. N Telegraphic`;
- a Soviet cipher telegram's form (`CIPHERED TELEGRAM No. 20117 From HAVANA Special No. 1
  TOP SECRET Making copies is prohibited`): parted before `From`, `Special No.`, the
  classification and the copying ban, only when one of the form's own marks is there (a
  title line `CIPHERED TELEGRAM No. 1187 FROM GROMYKO (NEW YORK) TO MOLOTOV, ...` stays one);
- (repost80) the Foreign Relations editors' heading with its dateline and receipt run on
  (`The Ambassador in China (Gauss) to the Secretary of State Chungking, May 9, 1944—3 p.m.
  [Received May 10—6:40 a.m.] 817. Military ...`): parted before the place-date line, the
  bracketed receipt and what follows it, only when a name in brackets and ` to ` show the
  editors' parties heading and a month-day-year date follows it;
- (repost80) a Foreign Office print's telegram heading run on (`Sir W. Hayter to Foreign
  Office. No. 1562. Moscow, 2nd November, 1956. D. 7.14 p.m. 2nd November, 1956. R. 8.05
  p.m. 2nd November, 1956.`): parted before `No. N.`, the place-date and the `D.`/`R.`
  times, only when the parties line opens with the envoy's style and a `D.` or `R.` time
  follows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tei.convert.month_names import MONTH_NAMES
from tei.convert.read import Line
from tei.convert.run_in_heads import run_in_parts

# a quick anchored test: only lines that open like one of the forms are looked at
_OPENS = re.compile(r"^(?:No\.\s*+\d|The\s[A-Z]|(?:Sir|Mr\.?|Lord)\s[A-Z]|(?:UNCLASSIFIED|LIMITED"
                    r"\sOFFICIAL\sUSE|CONFIDENTIAL|SECRET|TOP\sSECRET)\s"
                    r"|(?:\d{1,4}\.\s)?[A-Z][a-z]+\sFrom\s"
                    r"|(?:CIPHER(?:ED)?|CODED|Ciphered|Cipher)\s++TELEGRAM"
                    r"|(?:Ciphered|Cipher)\s++[Tt]elegram|CIPHERGRAM|Ciphergram)")
# an edition's heading: its number, the parties (a title or initial, ` to `), the number line
_EDITION = re.compile(r"^(?P<no>No\.\s*+\d{1,4}\.?)\s++(?P<parties>(?:Sir|Mr\.?|Mrs\.?|Lord|"
                      r"Viscount|Earl|Marquess|M\.|Count|Baron|General|Field|Admiral|Dr\.?|"
                      r"Prince|Herr|Signor|[A-Z]\.)\s[^\n]{3,160}?\sto\s[^\n]{3,160}?)"
                      r"(?:\s++(?P<tel>No\.\s*+\d[\w/-]*+\s++(?:(?:Saving|Priority|Immediate|"
                      r"Emergency)\.?\s++)?Telegraphic\b[^\n]*+))?$")
# the words of a Soviet cipher form's heading that open a line of their own
_CIPHER_WORDS = (r"Special\s++No\.|Making\s++copies|Copying\s++(?:is\s++)?prohibited"
                 r"|(?:TOP\s++)?SECRET\b|Top\s++[Ss]ecret\b|Strictly\s++[Ss]ecret\b"
                 r"|Series\s++[\"“]?[A-Z]\b|SERIES\s")
_CIPHER_MARK = re.compile(rf"\s(?:{_CIPHER_WORDS})")
_CIPHER_CUTS = re.compile(r"(?<!\s)\s++(?=(?:From|FROM)\s++[A-Z][A-Za-z'’-]++(?:\s|$)"
                          rf"|{_CIPHER_WORDS})")
_CIPHER_HEAD = re.compile(r"^(?:(?:CIPHER(?:ED)?|CODED|Ciphered|Cipher)\s++[Tt][Ee][Ll][Ee][Gg]"
                          r"[Rr][Aa][Mm]|CIPHERGRAM|Ciphergram)\s++(?:No\.?|Nº|#)\s*+\S+\s")
_MONTHS = f"(?:{MONTH_NAMES})"
# a place of one word, or of two whose first is one of the common first words of a city's name
_FIRST_WORDS = (r"(?:New|San|Santa|Buenos|Rio|Hong|Addis|Tel|Kuala|Port|Saint|St\.|La|El|Le|Mexico"
                r"|Panama|Guatemala|São|Sao|Cape|Ciudad|Santo|Salt)")
_PLACE = rf"(?:{_FIRST_WORDS}\s)?[A-Z][\w'’.-]++"
_TIME = r"(?:\d{1,2}(?:[.:]\d\d)?\s*+[ap]\.\s?m\.|noon|midnight)"
_FRUS = re.compile(r"^(?P<parties>(?:The|(?:\d{1,4}\.\s)?[A-Z][a-z]+\sFrom)\s[^\n]{3,300})\s++"
                   r"(?P<dateline>" + _PLACE + r",\s++" + _MONTHS + r"\s\d{1,2},\s\d{4}"
                   r"(?:\s*+[—–-]{1,2}\s*+" + _TIME + r"|,\s++" + _TIME + r")?\.?)"
                   r"(?:\s++(?P<received>\[Received[^\[\]\n]{1,60}\]\.?))?"
                   r"(?:\s++(?P<rest>\d{1,5}\.\s[^\n]*+))?$")
_PLACE_FIRST = re.compile(rf"\s({_FIRST_WORDS})$")
# (repost80) the later volumes' heading by form and offices (`29. Telegram From the Embassy in
# the Soviet Union to the Department of State`), no holder's name in brackets
_FORM_FROM = re.compile(r"^(?:\d{1,4}\.\s)?(?:Telegram|Airgram|Memorandum|Letter|Despatch|Dispatch"
                        r"|Message|Cable|Circular\sTelegram|Backchannel\sMessage)\sFrom\s")
_FO_PRINT = re.compile(r"^(?:Sir|Mr\.?|Lord)\s[^\n]{3,80}?\sto\s[^\n]{3,80}?\.\s++No\.\s*+\d")
_FO_CUTS = re.compile(r"(?<=\.)\s++(?=No\.\s*+\d|[DR]\.\s++\d{1,2}[.:]\d\d\b|" + _PLACE
                      + r",\s++\d{1,2}(?:st|nd|rd|th)?\s" + _MONTHS + r")")
# (repost80) a State Department cable's heading run on (`CONFIDENTIAL IMMEDIATE BELGRADE 4117
# FM AMEMBASSY BELGRADE TO SECSTATE WASHDC IMMEDIATE 22 AUG 68`): parted before `FM`, `TO`,
# `INFO` and a closing day-month-year date
_US_CABLE = re.compile(r"^(?:UNCLASSIFIED|LIMITED\sOFFICIAL\sUSE|CONFIDENTIAL|SECRET|TOP\sSECRET)"
                       r"\s(?:[A-Z0-9 ]{0,60}?\s)?FM\s[A-Z][A-Z .]{2,60}?"
                       r"\sTO\s[A-Z][A-Z0-9 ./]{2,120}$")
_US_CUTS = re.compile(r"(?<!\s)\s++(?=(?:FM|TO|INFO)\s[A-Z]|\d{1,2}\s(?:JAN|FEB|MAR|APR|MAY|JUN"
                      r"|JUL|AUG|SEP|OCT|NOV|DEC)\s(?:19)?\d\d$)")


def _parts(text: str) -> list[str]:
    """The heading lines `text` was run together from (just `text` when it is not one)."""
    edition = _EDITION.match(text)
    if edition and (edition["tel"] or re.search(r"\((?=Received\b)[^()]*+\)$", edition["parties"])):
        return [part for part in (edition["no"], edition["parties"], edition["tel"]) if part]
    form = _FORM_FROM.match(text)
    frus = _FRUS.match(text) if ((text.startswith("The") and "(" in text) or form) \
        and " to " in text else None
    if frus and " to " in frus["parties"] and (
            form or re.search(r"\([A-Z][^()]{1,60}\)", frus["parties"])):
        parties, dateline = frus["parties"], frus["dateline"]
        first = _PLACE_FIRST.search(parties)  # `... Secretary of State New` / `York, ...`
        if first:
            parties, dateline = parties[:first.start()], f"{first[1]} {dateline}"
        return [part for part in (parties, dateline, frus["received"], frus["rest"]) if part]
    if _FO_PRINT.match(text) and re.search(r"\s[DR]\.\s++\d{1,2}[.:]\d\d\b", text):
        parts = [part for part in _FO_CUTS.split(text) if part]
        return [parts[0].removesuffix("."), *parts[1:]]  # the parties as a parties line
    if _US_CABLE.match(text):
        return [part for part in _US_CUTS.split(text) if part]
    if _CIPHER_HEAD.match(text) and _CIPHER_MARK.search(text) and " to " not in text \
            and not re.search(r"\bTO\s[A-Z]", text):
        return [part for part in _CIPHER_CUTS.split(text) if part]
    return [text]


def split_merged_headings(lines: list[Line]) -> list[Line]:
    """The lines with each merged heading set apart into its printed lines."""
    out: list[Line] = []
    for line in lines:
        parts = _parts(line.text) if _OPENS.match(line.text) else run_in_parts(line.text)
        if len(parts) == 1:
            out.append(line)
            continue
        out.append(replace(line, text=parts[0]))
        out.extend(Line(line.no, part) for part in parts[1:])
    return out
