"""memory_profiler's ``@profile`` line-by-line table, measured with tracemalloc.

Learner code writes ``from memory_profiler import profile`` exactly as with the real package
(memory_profiler 0.61). The real one reads the process RSS through psutil, which has no meaning
inside WebAssembly, so this table's memory column is tracemalloc's traced Python allocations, and a
line above the header says so. Everything else follows memory_profiler 0.61: the layout, the
column widths and number formats, which line each measurement is charged to, how Increment and
Occurrences add up over repeated executions, and that code objects nested in the function
(generator expressions, lambdas, inner functions, comprehensions before 3.12) count towards the
lines they sit on.

Importing this module only defines names: nothing is traced, started or registered until a
decorated function is called, and all of it is undone when that call ends, however it ends.
"""

import functools as _functools
import inspect as _inspect
import linecache as _linecache
import sys as _sys
import tracemalloc as _tracemalloc
import warnings as _warnings
from bisect import bisect_right as _bisect_right

__all__ = ["profile"]

# Bound now, so that learner code that patches tracemalloc or sys after importing this module
# cannot change the figures or the tracing machinery.
_get_traced_memory = _tracemalloc.get_traced_memory
_tracemalloc_is_tracing = _tracemalloc.is_tracing
_tracemalloc_start = _tracemalloc.start
_tracemalloc_stop = _tracemalloc.stop
_gettrace = _sys.gettrace
_settrace = _sys.settrace
_getframe = _sys._getframe
_monitoring = getattr(_sys, "monitoring", None)

_MIB = 1024 * 1024
_TEMPLATE = "{0:>6} {1:>12} {2:>12}  {3:>10}   {4:<}"
_NOTE = ("Mem usage: Python allocations traced by tracemalloc, not the process RSS "
         "(psutil cannot measure inside WebAssembly)")


def _nested_codes(code):
    """The function's code object and every code object compiled inside it."""
    found = [code]
    for const in code.co_consts:
        if _inspect.iscode(const):
            found.extend(_nested_codes(const))
    return found


class _LineMap:
    """Byte offset -> line number of one code object, for telling same-line backward jumps."""

    def __init__(self, code):
        self.starts = []
        self.lines = []
        for start, _end, line in code.co_lines():
            self.starts.append(start)
            self.lines.append(line)

    def line_at(self, offset):
        index = _bisect_right(self.starts, offset) - 1
        return self.lines[index] if index >= 0 else None


class _Table:
    """The measurements of one profiled call (with every nested or recursive call inside it).

    The bookkeeping is memory_profiler 0.61's ``LineProfiler.trace_memory_usage`` and
    ``CodeMap.trace``: on entering a frame its current line is pushed; on each line event the
    memory is charged to the line that was current until then (so the memory at the first line
    event lands on the ``def`` line, or on the decorator line above it); on leaving the frame it is
    charged to the last line. For every line the table keeps (Increment, Mem usage, Occurrences):
    Increment adds up, over the line's executions, the memory measured after it minus the highest
    Mem usage of the line charged before it; Mem usage is the highest memory measured after it.
    """

    def __init__(self, code, filename, linenos, source_lines):
        self.code = code
        self.codes = _nested_codes(code)
        self.line_maps = {c: _LineMap(c) for c in self.codes}
        self.filename = filename
        self.linenos = linenos
        self.source_lines = source_lines
        self.measures = {}
        self.displaced = {}  # code object -> the table it belonged to before this call began
        self.frames = []  # [code, current line] of each frame being run, innermost last
        self.prev_lineno = None

    def enter(self, code, lineno):
        self.frames.append([code, lineno])

    def line(self, code, lineno, memory):
        frames = self.frames
        # Events that do not belong to the frame on top (one whose entry never reached this table,
        # say while learner code had swapped sys.settrace's function) are dropped rather than
        # charged to another frame's line.
        if frames and frames[-1][0] is code:
            top = frames[-1]
            self._charge(top[1], memory)
            top[1] = lineno

    def leave(self, code, memory):
        frames = self.frames
        if frames and frames[-1][0] is code:
            self._charge(frames.pop()[1], memory)

    def _charge(self, lineno, memory):
        measures = self.measures
        before = measures.get(lineno)
        previous_line = measures.get(self.prev_lineno) if self.prev_lineno else None
        previous_line_memory = previous_line[1] if previous_line else 0
        if before is None:
            measures[lineno] = (memory - previous_line_memory, memory, 1)
        else:
            measures[lineno] = (before[0] + memory - previous_line_memory,
                                max(memory, before[1]), before[2] + 1)
        self.prev_lineno = lineno

    def write(self, stream, precision):
        """Print the table the way memory_profiler's ``show_results`` does, plus the note line."""
        if not self.measures:
            return  # as memory_profiler: a call that ran none of its lines prints nothing
        header = _TEMPLATE.format("Line #", "Mem usage", "Increment", "Occurrences", "Line Contents")
        number = "{0:" + "{0}.{1}f".format(precision + 4, precision) + "} MiB"
        out = ["Filename: " + self.filename + "\n\n", _NOTE + "\n", header + "\n", "=" * len(header) + "\n"]
        for lineno in self.linenos:
            measure = self.measures.get(lineno)
            if measure:
                increment, usage, occurrences = measure
                row = _TEMPLATE.format(lineno, number.format(usage / _MIB),
                                       number.format(increment / _MIB), occurrences,
                                       self.source_lines[lineno - 1])
            else:
                row = _TEMPLATE.format(lineno, "", "", "", self.source_lines[lineno - 1])
            # The last line of a file may lack its newline; the row must still end.
            out.append(row if row.endswith("\n") else row + "\n")
        out.append("\n\n")
        stream.write("".join(out))


def _new_table(code):
    """A table for one call of ``code``, or None (with memory_profiler's message) without source."""
    filename = code.co_filename
    if filename.endswith((".pyc", ".pyo")):
        filename = filename[:-1]
    try:
        sub_lines, start_line = _inspect.getsourcelines(code)
    except (OSError, TypeError):
        print("ERROR: Could not find file " + filename)
        return None
    return _Table(code, filename, range(start_line, start_line + len(sub_lines)),
                  _linecache.getlines(filename))


class _Session:
    """The line-event hook and tracemalloc, shared by every profiled call running at the moment.

    Profiled functions may call each other, so the hook is installed when the first profiled call
    starts and removed when the last one ends; ``tables`` maps each code object being profiled to
    its table. On 3.12+ the hook is sys.monitoring under PROFILER_ID (Heapwise's own tracer holds
    DEBUGGER_ID), with the line events enabled only on the profiled code objects. Where there is
    no sys.monitoring (3.11), or PROFILER_ID is taken (cProfile uses it from 3.12 on), the hook is
    sys.settrace, chained to the trace function already installed, which keeps receiving every
    event it would have received without this module.
    """

    def __init__(self):
        self.tables = {}
        self.active = 0
        self.tool = None
        self.previous_trace = None
        self.started_tracemalloc = False
        # One bound method, so that sys.gettrace() can be compared with it by identity.
        self.trace = self._global_trace

    def begin(self, table):
        if self.active == 0:
            self.started_tracemalloc = not _tracemalloc_is_tracing()
            if self.started_tracemalloc:
                _tracemalloc_start()
            self.tool = _claim_profiler_id()
            if self.tool is None:
                self.previous_trace = _gettrace()
                _settrace(self.trace)
        self.active += 1
        for code in table.codes:
            # A profiled function defined inside another one is also a nested code object of the
            # outer table: its own table takes its lines over for the call, then hands them back.
            table.displaced[code] = self.tables.get(code)
            self.tables[code] = table
            if self.tool is not None:
                _monitoring.set_local_events(self.tool, code, _LOCAL_EVENTS)

    def end(self, table):
        for code in table.codes:
            outer = table.displaced[code]
            if outer is not None:
                self.tables[code] = outer
            else:
                del self.tables[code]
                if self.tool is not None:
                    _monitoring.set_local_events(self.tool, code, 0)
        self.active -= 1
        if self.active == 0:
            if self.tool is not None:
                _release_profiler_id(self.tool)
                self.tool = None
            elif _gettrace() is self.trace:
                # Restored only if still ours: had the program installed a tracer of its own
                # meanwhile, putting back the older one would silently drop the program's.
                _settrace(self.previous_trace)
            self.previous_trace = None
            if self.started_tracemalloc and _tracemalloc_is_tracing():
                _tracemalloc_stop()
            self.started_tracemalloc = False

    # --- sys.settrace hook -------------------------------------------------------------------

    def _global_trace(self, frame, event, arg):
        previous = self.previous_trace
        chained = previous(frame, event, arg) if previous is not None else None
        table = self.tables.get(frame.f_code)
        if table is None:
            # Not profiled: the frame gets exactly the local tracer the other tracer chose.
            return chained
        table.enter(frame.f_code, frame.f_lineno)
        return _chained_local(table, chained)

    # --- sys.monitoring hook -----------------------------------------------------------------

    def _on_start(self, code, offset):
        table = self.tables.get(code)
        if table is not None:
            table.enter(code, code.co_firstlineno)

    def _on_resume(self, code, offset, exception=None):
        # A resumed generator (or one entered by throw()) carries on from the line it stopped at,
        # which only its frame knows: sys.settrace reports that frame's f_lineno as well.
        table = self.tables.get(code)
        if table is not None:
            table.enter(code, _getframe(1).f_lineno)

    def _on_line(self, code, lineno):
        memory = _get_traced_memory()[0]
        table = self.tables.get(code)
        if table is not None:
            table.line(code, lineno, memory)

    def _on_jump(self, code, source, destination):
        # sys.settrace (which memory_profiler counts with) reports a line event on every
        # backward jump, also one that stays on the same line, as in `for x in xs: total += x`;
        # sys.monitoring's LINE does not, so those jumps are counted here. Whether a jump is one of
        # them never changes, so the others are switched off for good.
        memory = _get_traced_memory()[0]
        table = self.tables.get(code)
        if table is None:
            return None
        line_map = table.line_maps[code]
        lineno = line_map.line_at(destination)
        if destination > source or lineno is None or lineno != line_map.line_at(source):
            return _monitoring.DISABLE
        table.line(code, lineno, memory)
        return None

    def _on_leave(self, code, offset, value):
        memory = _get_traced_memory()[0]
        table = self.tables.get(code)
        if table is not None:
            table.leave(code, memory)


def _chained_local(table, chained):
    """The local tracer of a profiled frame: records the event, then hands it on."""
    def local(frame, event, arg):
        nonlocal chained
        if event == "line":
            table.line(frame.f_code, frame.f_lineno, _get_traced_memory()[0])
        elif event == "return":
            table.leave(frame.f_code, _get_traced_memory()[0])
        if chained is not None:
            # As CPython does with f_trace: a new local tracer replaces the old one, None keeps it.
            handed_over = chained(frame, event, arg)
            if handed_over is not None:
                chained = handed_over
        return local
    return local


_session = _Session()

if _monitoring is not None:
    _EVENTS = _monitoring.events
    _LOCAL_EVENTS = (_EVENTS.PY_START | _EVENTS.PY_RESUME | _EVENTS.LINE | _EVENTS.JUMP
                     | _EVENTS.PY_RETURN | _EVENTS.PY_YIELD)
    # An exception leaving the frame, and throw() into a generator, cannot be enabled per code
    # object; they are enabled globally while a profiled call runs, and filtered by code object.
    _GLOBAL_EVENTS = _EVENTS.PY_UNWIND | _EVENTS.PY_THROW
    _CALLBACKS = (
        (_EVENTS.PY_START, _session._on_start),
        (_EVENTS.PY_RESUME, _session._on_resume),
        (_EVENTS.PY_THROW, _session._on_resume),
        (_EVENTS.LINE, _session._on_line),
        (_EVENTS.JUMP, _session._on_jump),
        (_EVENTS.PY_RETURN, _session._on_leave),
        (_EVENTS.PY_YIELD, _session._on_leave),
        (_EVENTS.PY_UNWIND, _session._on_leave),
    )


def _claim_profiler_id():
    """PROFILER_ID with the callbacks registered, or None where sys.settrace must do instead."""
    if _monitoring is None:
        return None
    tool = _monitoring.PROFILER_ID
    try:
        _monitoring.use_tool_id(tool, "memory_profiler")
    except ValueError:
        return None  # in use, by cProfile for one
    for event, callback in _CALLBACKS:
        _monitoring.register_callback(tool, event, callback)
    _monitoring.set_events(tool, _GLOBAL_EVENTS)
    return tool


def _release_profiler_id(tool):
    # Undone piece by piece: free_tool_id clears events and callbacks itself only from 3.14 on.
    _monitoring.set_events(tool, 0)
    for event, _callback in _CALLBACKS:
        _monitoring.register_callback(tool, event, None)
    _monitoring.free_tool_id(tool)


def profile(func=None, stream=None, precision=1, backend="psutil"):
    """Decorator that prints a line-by-line memory table each time the function returns.

    Used as ``@profile``, ``@profile(precision=2, stream=f)`` or ``profile(func, ...)``, like
    memory_profiler's. ``backend`` is accepted for code written for memory_profiler and has no
    effect: the measurement is always tracemalloc's. One table is printed per outermost call:
    recursive calls are counted in the table of the call that started them. The table is also
    printed when the call ends with an exception, before the exception propagates.
    """
    if func is None:
        return lambda f: profile(f, stream=stream, precision=precision, backend=backend)
    code = getattr(func, "__code__", None)
    if code is None:
        _warnings.warn("Could not extract a code object for the object %r" % (func,))
        return func
    precision = int(precision)

    @_functools.wraps(func)
    def wrapper(*args, **kwargs):
        running = _session.tables.get(code)
        if running is not None and running.code is code:
            return func(*args, **kwargs)  # a recursive call, already in the outer call's table
        table = _new_table(code)
        if table is None:
            return func(*args, **kwargs)
        _session.begin(table)
        try:
            return func(*args, **kwargs)
        finally:
            _session.end(table)
            table.write(stream if stream is not None else _sys.stdout, precision)

    return wrapper
