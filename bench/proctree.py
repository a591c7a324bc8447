"""CPU time of a command and every process it starts (pool workers included), sampled from
/proc: on a shared machine wall time says more about the neighbours than about the code."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")
_POLL = 0.01
_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Usage:
    """Wall seconds, CPU seconds of the whole process tree, CPU of its busiest process, the
    peak of the tree's summed resident memory and that of the command's own process alone
    (bytes, as sampled)."""

    wall: float
    cpu: float
    busiest: float
    peak_rss: int = 0
    root_peak_rss: int = 0


def _stat(pid: int) -> tuple[int, float, int] | None:
    """Parent pid, CPU seconds (user + system) and resident bytes of a live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS, int(fields[21]) * _PAGE


def _tree(root: int) -> dict[int, tuple[float, int]]:
    """CPU seconds and resident bytes of `root` and each of its live descendants."""
    table = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (found := _stat(int(entry))):
            table[int(entry)] = found
    tree = {root: table[root][1:]} if root in table else {}
    frontier = {root}
    while frontier:
        frontier = {pid for pid, (parent, _, _) in table.items() if parent in frontier}
        tree.update({pid: table[pid][1:] for pid in frontier})
    return tree


def measure(command: list[str], env: dict[str, str] | None = None,
            cwd: Path | None = None, check: bool = False) -> tuple[Usage, str]:
    """Run `command` (in `cwd`) to the end; its usage and its standard output. With `check`,
    a command that fails stops the benchmark with the end of its standard error (a failed
    run's figures measure nothing)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    seen: dict[int, float] = {}
    peak = root_peak = 0
    # A file, not a pipe: a pipe left unread would stall a talkative command.
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env, cwd=cwd)
        while process.poll() is None:
            tree = _tree(process.pid)
            seen.update({pid: cpu for pid, (cpu, _) in tree.items()})
            peak = max(peak, sum(rss for _, rss in tree.values()))
            root_peak = max(root_peak, tree.get(process.pid, (0.0, 0))[1])
            time.sleep(_POLL)
        stdout.seek(0)
        output = stdout.read().decode("utf-8", errors="replace")
        if check and process.returncode:
            stderr.seek(0)
            said = stderr.read().decode("utf-8", errors="replace").splitlines()[-5:]
            sys.exit(f"{' '.join(command)}: exit {process.returncode}\n" + "\n".join(said))
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # The kernel counts the command and the processes it waited for exactly; pool workers
    # started through a fork server are not waited for by the command: only sampling sees
    # them (missing at most their last 10 ms).
    cpu = max(waited, sum(seen.values()))
    busiest = max([*seen.values(), 0.0]) if seen else waited
    return Usage(wall, cpu, busiest, peak, root_peak), output
