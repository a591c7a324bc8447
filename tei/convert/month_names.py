"""The English month names as one regex alternation, for the read stage's layout regexes
(the `months` pattern table, with other languages and abbreviations, serves the recognisers)."""

MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November"
               "|December")
