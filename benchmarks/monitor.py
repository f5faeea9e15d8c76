"""Peak RSS and CPU seconds of a process tree (the worker and its pool processes), sampled."""

from __future__ import annotations

import bisect
import threading
import time

import psutil


class TreeMonitor:
    """Samples (wall time, CPU seconds user+sys, RSS) of a process and all its descendants."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.samples: list[tuple[float, float, int]] = []
        self._cpu: dict[tuple[int, float], float] = {}  # (pid, create_time) -> last CPU seconds seen
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
        rss = 0
        for p in procs:
            try:
                with p.oneshot():
                    t = p.cpu_times()
                    key = (p.pid, p.create_time())
                    self._cpu[key] = t.user + t.system
                    rss += p.memory_info().rss
            except psutil.Error:
                continue
        self.samples.append((time.time(), sum(self._cpu.values()), rss))

    @property
    def peak_rss(self) -> int:
        return max((s[2] for s in self.samples), default=0)

    def cpu_at(self, t: float) -> float:
        """CPU seconds of the tree at wall time t, interpolated between samples."""
        if not self.samples:
            return 0.0
        times = [s[0] for s in self.samples]
        i = bisect.bisect_left(times, t)
        if i <= 0:
            return self.samples[0][1]
        if i >= len(self.samples):
            return self.samples[-1][1]
        (t0, c0, _), (t1, c1, _) = self.samples[i - 1], self.samples[i]
        return c0 if t1 == t0 else c0 + (c1 - c0) * (t - t0) / (t1 - t0)

    def cpu_between(self, a: float, b: float) -> float:
        return max(0.0, self.cpu_at(b) - self.cpu_at(a))
