"""CPU time of a command and every process it starts (pool workers included), sampled from
/proc: on a shared machine wall time says more about the neighbours than about the code."""

from __future__ import annotations

import os
import resource
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")
_POLL = 0.01


@dataclass(frozen=True)
class Usage:
    """Wall seconds, CPU seconds of the whole process tree, CPU of its busiest process."""

    wall: float
    cpu: float
    busiest: float


def _stat(pid: int) -> tuple[int, float] | None:
    """Parent pid and CPU seconds (user + system) of a live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS


def _tree(root: int) -> dict[int, float]:
    """CPU seconds of `root` and each of its live descendants."""
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (found := _stat(int(entry))):
            table[int(entry)] = found
    tree = {root: table[root][1]} if root in table else {}
    frontier = {root}
    while frontier:
        frontier = {pid for pid, (parent, _) in table.items() if parent in frontier}
        tree.update({pid: table[pid][1] for pid in frontier})
    return tree


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[Usage, str]:
    """Run `command` to the end; its usage and its standard output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True)
    seen: dict[int, float] = {}
    while process.poll() is None:
        seen.update(_tree(process.pid))
        time.sleep(_POLL)
    output = process.stdout.read() if process.stdout else ""
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # The kernel counts the command and the processes it waited for exactly; pool workers
    # started through a fork server are not waited for by the command: only sampling sees
    # them (missing at most their last 10 ms).
    cpu = max(waited, sum(seen.values()))
    return Usage(wall, cpu, max([*seen.values(), 0.0]) if seen else waited), output
