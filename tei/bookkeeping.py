"""The build's bookkeeping files: one JSON object per file, `{"environment": ..., KEY: {...}}`,
read only when written in the same environment (else empty: everything is redone) and
written compact and sorted (the same run writes the same bytes), atomically without fsync
(they can be regenerated)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tei.xmlio import atomic_write


def load_records(file: Path, environment: str, key: str) -> dict[str, Any]:
    """The records under `key` if `file` was written in `environment`, else none."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if data.get("environment") != environment:
            return {}
        records = data[key]
    except (OSError, ValueError, KeyError, AttributeError):
        return {}
    return records if isinstance(records, dict) else {}


def save_records(file: Path, environment: str, key: str, records: dict[str, Any]) -> None:
    """Write `records` under `key` with the environment they hold for."""
    text = json.dumps({"environment": environment, key: records},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    atomic_write(file, (text + "\n").encode("utf-8"), durable=False)
