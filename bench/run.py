"""Run every benchmark (convert, decode, validate, render, hostile input) and print their
numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Run each benchmark in its own process with this command's arguments."""
    for script in ("convert.py", "decode.py", "validate.py", "render.py", "hostile.py"):
        print(f"== bench/{script}", flush=True)
        subprocess.run([sys.executable, str(HERE / script), *sys.argv[1:]], check=True)


if __name__ == "__main__":
    main()
