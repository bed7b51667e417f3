"""The recorder: one per traced run. It hooks line events of the program's own file (sys.monitoring
on 3.12+, sys.settrace on 3.11) and, at each, records the frames, the globals and the heap graph
reachable from them, the collector's events and memory; it writes the trace (schema.py) as JSON
lines to a file the engine reads after the run, without running Python.

Observing must not change what is observed:
- no reference to a program object is kept from one step to the next (records hold addresses), so nothing
  lives longer than it would untraced;
- no learner code runs inside the probe (describe.py);
- the collector is paused while the probe works, and what the probe keeps between steps are strings
  in one dict, so the allocation count that triggers automatic collections is where the program left
  it;
- steps go to a file (Emscripten keeps file contents outside the interpreter's heap), so the trace
  itself is not traced memory.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import sys
import time
import types

from . import captured, collector_count, line_tables
from .captured import address
from .describe import EdgeReader
from .garbage import cycle_candidates, find_alive, isolated
from .generations import Generations
from .memory import MemoryTimeline
from .heap import HeapGraph
from .refcounts import calibrate
from .schema import TRACE_SCHEMA_VERSION

DEFAULT_MAX_STEPS = 10_000
MAX_OBJECTS = 300
MAX_ITEMS = 20
CO_OPTIMIZED = 0x0001
_MONITORING = captured.monitoring is not None
# 3.12 keeps the dict that reading a function frame's f_locals creates; clearing it right after the
# read is safe because sys.monitoring (unlike sys.settrace on 3.11) never writes it back.
_CLEAR_LOCALS_SNAPSHOT = sys.version_info[:2] == (3, 12)
# On 3.11 the snapshot must stay (settrace writes it back into the frame after each event), so its
# references are counted and subtracted instead.
_COUNT_LOCALS_SNAPSHOT = sys.version_info[:2] == (3, 11)
_TOOL = 0  # sys.monitoring.DEBUGGER_ID
# Bound now: a program may reassign attributes of these modules.
_CodeType = types.CodeType
_GeneratorType = types.GeneratorType
_perf_counter = time.perf_counter
# Read through BaseException's own descriptor: a program's exception class may define
# __getattribute__.
_traceback_of = BaseException.__dict__["__traceback__"].__get__
_PYTHON = "%d.%d.%d" % sys.version_info[:3]
_NOTHING = frozenset()


def _code_names(code, into):
    into.update(code.co_names)
    for constant in code.co_consts:
        if issubclass(type(constant), _CodeType):
            _code_names(constant, into)


class Recorder:
    def __init__(self, filename, trace_path, max_steps=DEFAULT_MAX_STEPS, program_uses_tracemalloc=False, memory=True, max_seconds=float("inf"), time_check=None, lines=None, memory_summary=True):
        """`max_seconds`: the time recording may take, past which the program runs on untraced;
        `time_check`: called at each line, before it is recorded, to enforce the program's time limit;
        `lines`: the only lines whose steps are recorded (a grader reading marked lines), or None
        for every line. Recording a step is what costs: the other lines cost a module line a scan of
        its globals for classes (class_globals) and a function's line nothing after its first run;
        `memory_summary`: whether the summary lists the lines holding the most memory and the small
        blocks (pymalloc's view), read from a tracemalloc snapshot of every live block, which for a
        program of 100,000 objects takes longer than the program (a grader reads neither)."""
        self.filename = filename
        self._lines = lines
        self._memory_summary = memory_summary
        # Whether memory's starting point (the program's first line) is taken.
        self._memory_started = False
        self.max_steps = max_steps
        self.max_seconds = max_seconds
        self._time_check = time_check
        self._recorded = 0.0
        self._step_started = None
        self.steps = 0
        self.truncated = None
        self.notes = []
        self._fd = captured.os_open(trace_path, 0o1101, 0o600)  # O_WRONLY | O_CREAT | O_TRUNC
        self._offset = calibrate()
        self._garbage = set()
        self._generations = Generations()
        self._heap = None
        self._memory = MemoryTimeline(program_uses_tracemalloc, filename, memory)
        self._gc_started = 0.0
        # A collection ran since the last step: flagged garbage may have been freed.
        self._collected = False
        self._gc_callback = self._on_gc
        self._active = False
        # key of a class -> the module global it was first seen bound to: the grader finds a
        # class's instances by it even if the program renames the class.
        self.class_globals = {}
        # The step from which the collector's allocation count could not be put back (collector_count.py).
        self._count_drifts_from = None
        # 3.11: ids of the frames whose f_locals the probe has read (each then keeps a snapshot).
        self._snapshot_frames = set()

    # -- hooks ---------------------------------------------------------------------------------

    def start(self):
        self._active = True
        captured.gc_callbacks.append(self._gc_callback)
        if _MONITORING:
            captured.monitoring_use_tool_id(_TOOL, "heapwise")
            captured.monitoring_register_callback(_TOOL, captured.monitoring_line_event, self._on_line_event)
            captured.monitoring_set_events(_TOOL, captured.monitoring_line_event)
        else:
            captured.settrace(self._global_trace)

    def _stop_hooks(self):
        if not self._active:
            return
        self._active = False
        if _MONITORING:
            captured.monitoring_set_events(_TOOL, 0)
            captured.monitoring_register_callback(_TOOL, captured.monitoring_line_event, None)
            captured.monitoring_free_tool_id(_TOOL)
        else:
            captured.settrace(None)
        callbacks = captured.gc_callbacks
        for index, callback in enumerate(callbacks):
            if callback is self._gc_callback:
                del callbacks[index]
                break

    # The entry points: the program's frames call them. They keep their line tables, and an
    # exception from inside (a time limit expiring mid-step) goes on from their frame, without the
    # frames inside, which have none (line_tables.py): raised again with no traceback, the same
    # exception starts a new one here.

    @line_tables.kept
    def _on_line_event(self, code, line):
        if code.co_filename != self.filename:
            return captured.monitoring_disable
        lines = self._lines
        if lines is not None and line not in lines:
            if code.co_flags & CO_OPTIMIZED:
                # A function's line (classes are bound at module level): off for good at this place.
                return captured.monitoring_disable
            self._module_line(captured.getframe(1))
            return None
        try:
            self._step(captured.getframe(1), line)
        except BaseException as exc:
            raise exc.with_traceback(None)
        return None

    @line_tables.kept
    def _global_trace(self, frame, event, arg):
        return self._local_trace if frame.f_code.co_filename == self.filename else None

    @line_tables.kept
    def _local_trace(self, frame, event, arg):
        if not self._active:
            return None
        if event == "line":
            lines = self._lines
            if lines is not None and frame.f_lineno not in lines:
                if not frame.f_code.co_flags & CO_OPTIMIZED:
                    self._module_line(frame)
                return self._local_trace
            try:
                self._step(frame, frame.f_lineno)
            except BaseException as exc:
                raise exc.with_traceback(None)
        return self._local_trace

    @line_tables.kept
    def _on_gc(self, phase, info):
        # A gc callback cannot raise: CPython would print "Exception ignored in: <bound method
        # Recorder._on_gc ...>" with the probe's frame and drop the exception. A time limit that
        # expires here reaches the program anyway: its host signals a traced run again every 100 ms
        # past the limit (engine/runtime/run-limits.ts).
        try:
            self._record_gc(phase, info)
        except BaseException:  # noqa: BLE001
            return

    def _record_gc(self, phase, info):
        if phase == "start":
            self._gc_started = _perf_counter()
            return
        self._generations.collected(info["generation"])
        self._collected = True
        count = collector_count.count()
        self._write({
            "kind": "gc",
            "step": max(self.steps - 1, 0),
            "generation": info["generation"],
            "collected": info["collected"],
            "uncollectable": info["uncollectable"],
            "duration_ms": round((_perf_counter() - self._gc_started) * 1000, 3),
        })
        collector_count.settle(count)

    def _module_line(self, frame):
        """A module-level line that is not recorded (a program's first line is one)."""
        if not self._memory_started:
            # Memory is counted from the program's first line, recorded or not (memory.py).
            self._memory_started = True
            self._memory.enter()
            self._memory.leave()
        self._note_classes(frame)

    def _note_classes(self, frame):
        """At a line that is not recorded: the classes the module's globals hold, as a step notes
        them. Recording time too (a module-level loop pays it at every line), within the same budget."""
        if not self._active:
            return
        started = _perf_counter()
        if self._recorded >= self.max_seconds:
            self.truncated = self._truncation()
            self._stop_hooks()
            return
        for name, value in dict.items(frame.f_globals):
            if type(name) is str and issubclass(type(value), type) and not (name.startswith("__") and name.endswith("__")):
                object_key = captured.key(value)
                if object_key not in self.class_globals:
                    before = self._memory.traced_now()
                    self.class_globals[object_key] = captured.copy_of(name)
                    self._memory.probe_allocated(self._memory.traced_now() - before)
        value = None
        self._recorded += _perf_counter() - started

    # -- a step --------------------------------------------------------------------------------

    def _step(self, frame, line):
        started = _perf_counter()
        if self._time_check is not None:
            # The program's own time, this step's recording left out; it may raise TimeoutError.
            self._time_check()
        # All of it is recording time, stopping at the cap included.
        self._step_started = started
        try:
            if self.steps >= self.max_steps or self._recorded >= self.max_seconds:
                count = collector_count.count()
                self.truncated = self._truncation()
                self._stop_hooks()
                collector_count.settle(count)
            else:
                self._record_step(frame, line)
        finally:
            self._recorded += _perf_counter() - started
            self._step_started = None

    def _record_step(self, frame, line):
        collecting = captured.gc_isenabled()
        captured.gc_disable()
        count = collector_count.count()
        self._memory_started = True
        try:
            self._record(frame, line, self._memory.enter())
            self._memory.leave()
        finally:
            # Last, once all the step's temporaries are freed.
            if not collector_count.settle(count) and self._count_drifts_from is None:
                self._count_drifts_from = self.steps
            if collecting:
                captured.gc_enable()

    def _truncation(self):
        if self.steps >= self.max_steps:
            return {
                "max_steps": self.max_steps,
                "note": f"Recording stopped after {self.max_steps:,} steps; the program ran on to its end untraced.",
            }
        return {
            "max_steps": None,
            "note": (
                f"Recording stopped after {self.steps:,} steps, which took {self.max_seconds:g} s to record (Heapwise's "
                "limit for recording a run); the program ran on untraced."
            ),
        }

    def recording_seconds(self):
        """The time spent recording so far, the step in progress included: a traced run's time limit
        is the program's own time (the sandbox subtracts this)."""
        started = self._step_started
        return self._recorded + (_perf_counter() - started if started is not None else 0.0)

    def _frames(self, frame):
        """(frame, its code) of the program's frames, outermost (its module) first. Each frame's
        f_code is read once: reading it raises an audit event, which runs the sandbox's hook."""
        frames = []
        while frame is not None:
            code = frame.f_code
            if code.co_filename == self.filename:
                frames.append((frame, code))
            frame = frame.f_back
        frames.reverse()
        return frames

    def _locals(self, frame, code, snapshot_refs, counted_frames):
        if not code.co_flags & CO_OPTIMIZED:
            return []
        view = frame.f_locals
        items = list(view.items())
        if _COUNT_LOCALS_SNAPSHOT:
            self._snapshot_frames.add(captured.key(frame))
            counted_frames.add(captured.key(frame))
            for _name, value in items:
                snapshot_refs[captured.key(value)] = snapshot_refs.get(captured.key(value), 0) + 1
        elif _CLEAR_LOCALS_SNAPSHOT and captured.getrefcount(view) <= 3:
            # Only the frame, `view` and the argument hold it: the program never took locals().
            dict.clear(view)
        return items

    def _record(self, frame, line, memory):
        frames = self._frames(frame)
        if self._heap is None:
            # Attribute names come from the program's code: the module's and all it contains.
            names = set()
            _code_names(frames[0][1], names)
            self._heap = HeapGraph(EdgeReader(MAX_ITEMS, sorted(map(captured.copy_of, names))), self._offset, self._generations, MAX_OBJECTS)
        heap = self._heap
        # Per object, the references 3.11's frame snapshots hold; the frames already counted.
        snapshot_refs = {}
        counted_frames = set()
        visible = {}
        queue = []

        def reach(obj):
            object_id = captured.key(obj)
            if object_id not in visible:
                visible[object_id] = obj
                queue.append(object_id)
            return object_id

        frame_records = []
        for each, code in frames:
            names = {name: address(reach(value)) for name, value in self._locals(each, code, snapshot_refs, counted_frames)}
            frame_records.append({"function": code.co_name, "line": each.f_lineno, "locals": names})
        module_globals = frames[0][0].f_globals
        global_ids = {}
        for name, value in dict.items(module_globals):
            if type(name) is not str or (name.startswith("__") and name.endswith("__")):
                continue
            object_key = reach(value)
            global_ids[name] = address(object_key)
            if issubclass(type(value), type) and object_key not in self.class_globals:
                self.class_globals[object_key] = captured.copy_of(name)
        value = None
        del each, code, frames, frame, module_globals
        shapes, expanded = heap.walk(visible, queue)
        del queue
        if _COUNT_LOCALS_SNAPSHOT:
            self._count_parked_snapshots(visible, snapshot_refs, counted_frames)
        changed = heap.describe(visible, shapes, expanded, snapshot_refs)
        # Every visible object has a record now: none is gone if there are no more records.
        gone = heap.records.keys() - visible.keys() if len(heap.records) > len(visible) else _NOTHING
        del visible, shapes, expanded
        changed.extend(self._collect_garbage(gone - self._garbage))
        removed = sorted(gone - self._garbage)
        for object_id in removed:
            heap.forget(object_id)
            self._generations.forget(object_id)
        dumps = captured.json_dumps
        self._write_text(
            '{"kind":"step","index":%d,"line":%d,"frames":%s,"globals":%s,"memory":%s,"heap":{"changed":[%s],"removed":%s}}'
            % (self.steps, line, dumps(frame_records), dumps(global_ids), dumps(memory), ",".join(changed), dumps(list(map(address, removed))))
        )
        self.steps += 1

    def _count_parked_snapshots(self, visible, snapshot_refs, counted_frames):
        """3.11: the snapshot dicts of the program's frames that are off the stack but alive, in a
        traceback or a suspended generator, still hold references the untraced program would not
        have."""
        parked = []
        for obj in visible.values():
            if issubclass(type(obj), BaseException):
                traceback = _traceback_of(obj)
                while traceback is not None:
                    parked.append(traceback.tb_frame)
                    traceback = traceback.tb_next
            elif issubclass(type(obj), _GeneratorType) and obj.gi_frame is not None:
                parked.append(obj.gi_frame)
        for frame in parked:
            if captured.key(frame) in self._snapshot_frames and captured.key(frame) not in counted_frames:
                counted_frames.add(captured.key(frame))
                for value in frame.f_locals.values():
                    snapshot_refs[captured.key(value)] = snapshot_refs.get(captured.key(value), 0) + 1
        del parked

    def _collect_garbage(self, detached):
        """Flags newly detached cyclic isolates; after a collection, drops flagged ones that died.
        Returns the records that changed."""
        if not detached and not (self._collected and self._garbage):
            self._collected = False
            return []
        records = self._heap.records
        # Their last records, read back from the JSON kept for diffing (the probe keeps no
        # containers between steps).
        last = {object_id: captured.json_loads(records[object_id]) for object_id in detached}
        candidates = cycle_candidates(detached, last)
        collected, self._collected = self._collected, False
        if not candidates and not (collected and self._garbage):
            return []
        recheck = candidates | self._garbage
        last.update((object_id, captured.json_loads(records[object_id])) for object_id in self._garbage)
        type_names = {object_id: last[object_id]["type"] for object_id in recheck}
        # Without a collection since they were last seen, objects are still in the generation they
        # were in; listing the oldest generation (most of the interpreter) is needed only after one.
        if collected:
            generations = (0, 1, 2)
        else:
            generations = sorted({last[object_id]["generation"] for object_id in recheck} - {None})
        found = find_alive(recheck, generations, type_names)
        garbage = {object_id: found[object_id] for object_id in isolated(found, self._offset)} if found else {}
        del found
        changed = self._heap.describe_detached(garbage)
        self._garbage = set(garbage)
        del garbage
        return changed

    # -- output --------------------------------------------------------------------------------

    def _write(self, record):
        self._write_text(captured.json_dumps(record))

    def _write_text(self, text):
        data = (text + "\n").encode("utf-8")
        while data:
            written = captured.os_write(self._fd, data)
            data = data[written:]

    def finish(self):
        """Called after the program's module has run (before interpreter shutdown). Its time is
        recording time too: reading tracemalloc's snapshot can take longer than the program ran."""
        started = self._step_started = _perf_counter()
        try:
            self._finish()
        finally:
            self._recorded += _perf_counter() - started
            self._step_started = None

    def _finish(self):
        self._stop_hooks()
        # The peak of what ran since the last step: the last line, or everything past the step cap.
        self._memory.enter()
        top_lines, small_blocks = self._memory.final() if self._memory_summary else ([], [])
        if self._count_drifts_from is not None:
            self.notes.append(
                f"From step {self._count_drifts_from:,} on, gc.get_count() reads higher than untraced: the probe's own "
                "objects count as allocations, and automatic collections may come earlier."
            )
        if self._heap is not None and self._heap.capped:
            self.notes.append(
                f"Some steps reach more than {MAX_OBJECTS} objects: the heap graph follows references breadth first from "
                f"the names until {MAX_OBJECTS} are reached, and marks the objects whose references it did not follow as unexpanded."
            )
        self._write({
            "kind": "summary",
            "schema": TRACE_SCHEMA_VERSION,
            "python": _PYTHON,
            "pointer_size": captured.pointer_size,
            "steps": self.steps,
            "truncated": self.truncated,
            "memory_source": self._memory.reported_source(),
            "peak": self._memory.peak,
            "top_lines": top_lines,
            "small_blocks": small_blocks,
            "notes": self.notes,
        })
        self._memory.stop()
        captured.os_close(self._fd)
