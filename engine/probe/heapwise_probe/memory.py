"""Memory over time from tracemalloc, without the probe's own allocations.

If the program uses tracemalloc itself, the probe only reads it (and never resets its peak), so the
program sees what it would see untraced. Otherwise the probe starts it for the run. What the probe
keeps between steps (its tables) is traced too: the growth of traced memory while the probe works
is accounted as its overhead and subtracted from what the program is shown to use.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

from . import captured

# obmalloc's SMALL_REQUEST_THRESHOLD (3.8+): larger requests go to the system allocator.
SMALL_REQUEST = 512


class MemoryTimeline:
    def __init__(self, program_uses_tracemalloc, filename, enabled=True):
        """`enabled`: whether the probe starts tracemalloc when the program does not use it."""
        self.filename = filename
        self.source = "program" if program_uses_tracemalloc else "probe" if enabled else "none"
        if self.source == "probe":
            captured.tm_start()
        self._overhead = 0
        self._entered = 0
        self._started = False
        self.peak = 0

    def _tracing(self):
        return captured.tm_is_tracing()

    def reported_source(self):
        """Whose figures the trace holds: "none" when the program was left to trace and is not
        tracing at its end."""
        return self.source if self.source == "probe" or self._tracing() else "none"

    def enter(self):
        """At the start of a step: the program's memory before the line runs, and the peak while
        the previous line ran."""
        if not self._tracing():
            return None
        current, peak = captured.tm_get_traced_memory()
        if not self._started and self.source == "probe":
            # What was allocated before the first line (compiling the program, the probe itself)
            # is not the program's, as for a program whose first line is tracemalloc.start().
            self._started = True
            self._overhead = current
            peak = current
        self._entered = current
        own = current - self._overhead
        if self.source == "probe":
            line_peak = peak - self._overhead
            self.peak = max(self.peak, line_peak, own)
        else:
            self.peak = max(self.peak, own)
        return {"current": own, "peak": self.peak}

    def traced_now(self):
        """Traced memory now (0 when nothing traces): around the probe's own allocations between steps."""
        return captured.tm_get_traced_memory()[0] if self._tracing() else 0

    def probe_allocated(self, size):
        """The probe kept `size` more bytes outside a step (recorder._note_classes): not the program's."""
        self._overhead += size

    def leave(self):
        if not self._tracing():
            return
        current, _ = captured.tm_get_traced_memory()
        self._overhead += current - self._entered
        if self.source == "probe":
            captured.tm_reset_peak()

    def final(self, limit=10):
        """At the end of the run, from the program's live traced blocks: the lines that hold the
        most memory, and [size, count] of the blocks of at most SMALL_REQUEST bytes."""
        if not self._tracing():
            return [], []
        snapshot = captured.tm_take_snapshot().filter_traces([captured.tm_filter(True, self.filename)])
        top_lines = [
            {"line": stat.traceback[0].lineno, "size": stat.size, "count": stat.count}
            for stat in snapshot.statistics("lineno")[:limit]
        ]
        sizes = {}
        for trace in snapshot.traces:
            if trace.size <= SMALL_REQUEST:
                sizes[trace.size] = sizes.get(trace.size, 0) + 1
        return top_lines, sorted(sizes.items())

    def stop(self):
        if self.source == "probe" and self._tracing():
            captured.tm_stop()
