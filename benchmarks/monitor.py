"""CPU seconds, RSS and PSS of a process tree (the worker and its pool processes), sampled.

Memory is counted two ways. *RSS* summed over the tree counts a page shared by several
processes once per process (the model's pages, shared by a forkserver and its children, count
twice or three times). *PSS* (proportional set size, ``Pss`` in ``/proc/PID/smaps_rollup``)
divides each page by the number of processes mapping it, so the tree's PSS sum is what the
tree really occupies: what a container's memory limit would count. Both are recorded per
process too (peak over the run, by role: ``main``, ``forkserver``, ``pool``, ...).
"""

from __future__ import annotations

import bisect
import threading
import time
from dataclasses import dataclass, field

import psutil


def pss_bytes(pid: int) -> int | None:
    """The process's PSS in bytes, from /proc/PID/smaps_rollup (None if unreadable)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def role(p: psutil.Process, root_pid: int) -> str:
    """What a process of the tree is: main (the root), forkserver, resource_tracker, pool, child."""
    if p.pid == root_pid:
        return "main"
    try:
        cmd = " ".join(p.cmdline())
    except psutil.Error:
        return "child"
    if "multiprocessing.forkserver" in cmd:
        # The pool processes are forked by the forkserver and keep its command line.
        try:
            parent = " ".join(psutil.Process(p.ppid()).cmdline())
        except psutil.Error:
            parent = ""
        return "pool" if "multiprocessing.forkserver" in parent else "forkserver"
    if "resource_tracker" in cmd:
        return "resource_tracker"
    if "spawn_main" in cmd or "multiprocessing" in cmd:
        return "pool"
    try:
        parent = p.ppid()
    except psutil.Error:
        parent = -1
    return "pool" if parent != root_pid else "child"  # forked by the forkserver: a pool process


@dataclass
class ProcPeak:
    role: str
    pid: int
    rss: int = 0
    pss: int = 0


@dataclass
class Sample:
    t: float
    cpu: float
    rss: int
    pss: int | None
    cpu_by_role: dict[str, float] = field(default_factory=dict)


@dataclass
class TreeMonitor:
    """Samples (wall time, CPU seconds user+sys, RSS, PSS) of a process and all its descendants.

    PSS is read every ``pss_every`` samples (walking the page tables of a large process takes a
    few milliseconds); RSS and CPU on every sample.
    """

    pid: int
    interval: float = 0.1
    pss_every: int = 3
    samples: list[Sample] = field(default_factory=list)
    procs: dict[tuple[int, float], ProcPeak] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root = psutil.Process(self.pid)
        self._cpu: dict[tuple[int, float], float] = {}  # (pid, create_time) -> last CPU seconds seen
        self._roles: dict[tuple[int, float], str] = {}
        self._n = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> TreeMonitor:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        with_pss = self._n % self.pss_every == 0
        self._n += 1
        rss = 0
        pss = 0
        seen: set[tuple[int, float]] = set()
        for p in procs:
            try:
                with p.oneshot():
                    t = p.cpu_times()
                    key = (p.pid, p.create_time())
                    self._cpu[key] = t.user + t.system
                    r = p.memory_info().rss
            except psutil.Error:
                continue
            rss += r
            seen.add(key)
            if key not in self._roles:
                self._roles[key] = role(p, self.pid)
            peak = self.procs.setdefault(key, ProcPeak(self._roles[key], p.pid))
            peak.rss = max(peak.rss, r)
            if with_pss:
                s = pss_bytes(p.pid)
                if s is not None:
                    pss += s
                    peak.pss = max(peak.pss, s)
        by_role: dict[str, float] = {}
        for key, cpu in self._cpu.items():  # processes gone keep their last CPU seconds
            r = self._roles.get(key, "child")
            by_role[r] = by_role.get(r, 0.0) + cpu
        self.samples.append(
            Sample(time.time(), sum(self._cpu.values()), rss, pss if with_pss else None, by_role)
        )

    @property
    def peak_rss(self) -> int:
        return max((s.rss for s in self.samples), default=0)

    @property
    def peak_pss(self) -> int:
        return max((s.pss for s in self.samples if s.pss is not None), default=0)

    def per_process(self) -> list[dict[str, object]]:
        """Peak RSS and PSS (MB) of every process seen, the root first, then by role."""
        order = {"main": 0, "forkserver": 1, "pool": 2, "resource_tracker": 3, "child": 4}
        rows = sorted(self.procs.values(), key=lambda p: (order.get(p.role, 9), p.pid))
        return [
            {"role": p.role, "pid": p.pid, "rss_mb": round(p.rss / 1e6, 1), "pss_mb": round(p.pss / 1e6, 1)}
            for p in rows
        ]

    def cpu_at(self, t: float) -> float:
        """CPU seconds of the tree at wall time t, interpolated between samples."""
        if not self.samples:
            return 0.0
        times = [s.t for s in self.samples]
        i = bisect.bisect_left(times, t)
        if i <= 0:
            return self.samples[0].cpu
        if i >= len(self.samples):
            return self.samples[-1].cpu
        a, b = self.samples[i - 1], self.samples[i]
        return a.cpu if b.t == a.t else a.cpu + (b.cpu - a.cpu) * (t - a.t) / (b.t - a.t)

    def cpu_between(self, a: float, b: float) -> float:
        return max(0.0, self.cpu_at(b) - self.cpu_at(a))

    def cpu_by_role_between(self, a: float, b: float) -> dict[str, float]:
        """CPU seconds per role (main, pool, forkserver, ...) between wall times a and b (nearest samples)."""
        if not self.samples:
            return {}
        times = [s.t for s in self.samples]

        def at(t: float) -> dict[str, float]:
            i = min(max(bisect.bisect_left(times, t), 0), len(self.samples) - 1)
            return self.samples[i].cpu_by_role

        x, y = at(a), at(b)
        return {r: max(0.0, y.get(r, 0.0) - x.get(r, 0.0)) for r in y}
