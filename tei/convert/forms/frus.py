"""Telegrams as the Foreign Relations of the United States prints them.

The page reader `pages/frus.py` peels off the source note, the editors' heading and the
notes; what stays of the form is the dateline (`Chungking, December 7, 1945—11 a.m.`) and
the editors' bracketed receipt line (`[Received December 7—7:58 a.m.]`), which is this
form's row.
"""

from __future__ import annotations

from tei.convert.forms import Form

FORM = Form("frus", "FRUS telegram", "telegram")
