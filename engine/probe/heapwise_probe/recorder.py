"""The recorder: one per traced run. It hooks line events of the program's own file (sys.monitoring
on 3.12+, sys.settrace on 3.11) and, at each, records the frames, the globals and the heap graph
reachable from them, the collector's events and memory; it writes the trace (schema.py) as JSON
lines to a file the engine reads after the run, without running Python.

Observing must not change what is observed:
- no reference to a program object is kept from one step to the next (records hold ids), so nothing
  lives longer than it would untraced;
- no learner code runs inside the probe (describe.py);
- the collector is paused while the probe works, and what the probe keeps between steps are strings
  in one dict, so the allocation count that triggers automatic collections is where the program left
  it;
- steps go to a file (Emscripten keeps file contents outside the interpreter's heap), so the trace
  itself is not traced memory.
"""

import sys
import time
import types

from . import captured
from .describe import EdgeReader, is_leaf, length, short_repr, size, type_name
from .garbage import cycle_candidates, find_alive, isolated
from .generations import Generations
from .memory import MemoryTimeline
from .refcounts import calibrate, is_immortal, raw_counts
from .schema import TRACE_SCHEMA_VERSION

from .sizes64 import size64

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


def _code_names(code, into):
    into.update(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            _code_names(constant, into)


class Recorder:
    def __init__(self, filename, trace_path, max_steps=DEFAULT_MAX_STEPS, program_uses_tracemalloc=False):
        self.filename = filename
        self.max_steps = max_steps
        self.steps = 0
        self.truncated = None
        self.notes = []
        self._fd = captured.os_open(trace_path, 0o1101, 0o600)  # O_WRONLY | O_CREAT | O_TRUNC
        self._offset = calibrate()
        self._records = {}  # id -> last JSON of the object (strings only: see the module docstring)
        self._garbage = set()
        self._fingerprints = {}  # id -> hash of what the last record was built from
        self._generations = Generations()
        self._edges = None
        self._memory = MemoryTimeline(program_uses_tracemalloc, filename)
        self._gc_started = 0.0
        # A collection ran since the last step: flagged garbage may have been freed.
        self._collected = False
        self._gc_callback = self._on_gc
        self._active = False
        # 3.11: ids of the frames whose f_locals the probe has read (each then keeps a snapshot).
        self._snapshot_frames = set()

    # -- hooks ---------------------------------------------------------------------------------

    def start(self):
        self._active = True
        captured.gc_callbacks.append(self._gc_callback)
        if _MONITORING:
            monitoring = captured.monitoring
            monitoring.use_tool_id(_TOOL, "heapwise")
            monitoring.register_callback(_TOOL, monitoring.events.LINE, self._on_line_event)
            monitoring.set_events(_TOOL, monitoring.events.LINE)
        else:
            captured.settrace(self._global_trace)

    def _stop_hooks(self):
        if not self._active:
            return
        self._active = False
        if _MONITORING:
            monitoring = captured.monitoring
            monitoring.set_events(_TOOL, 0)
            monitoring.register_callback(_TOOL, monitoring.events.LINE, None)
            monitoring.free_tool_id(_TOOL)
        else:
            captured.settrace(None)
        callbacks = captured.gc_callbacks
        for index, callback in enumerate(callbacks):
            if callback is self._gc_callback:
                del callbacks[index]
                break

    def _on_line_event(self, code, line):
        if code.co_filename != self.filename:
            return captured.monitoring.DISABLE
        self._step(captured.getframe(1), line)
        return None

    def _global_trace(self, frame, event, arg):
        return self._local_trace if frame.f_code.co_filename == self.filename else None

    def _local_trace(self, frame, event, arg):
        if not self._active:
            return None
        if event == "line":
            self._step(frame, frame.f_lineno)
        return self._local_trace

    def _on_gc(self, phase, info):
        if phase == "start":
            self._gc_started = time.perf_counter()
            return
        self._generations.stale = True
        self._collected = True
        self._write({
            "kind": "gc",
            "step": max(self.steps - 1, 0),
            "generation": info["generation"],
            "collected": info["collected"],
            "uncollectable": info["uncollectable"],
            "duration_ms": round((time.perf_counter() - self._gc_started) * 1000, 3),
        })

    # -- a step --------------------------------------------------------------------------------

    def _step(self, frame, line):
        if self.steps >= self.max_steps:
            self.truncated = {
                "max_steps": self.max_steps,
                "note": f"Recording stopped after {self.max_steps:,} steps; the program ran on to its end untraced.",
            }
            self._stop_hooks()
            return
        collecting = captured.gc_isenabled()
        captured.gc_disable()
        try:
            memory = self._memory.enter()
            self._record(frame, line, memory)
            self._memory.leave()
        finally:
            if collecting:
                captured.gc_enable()

    def _frames(self, frame):
        """The program's frames, outermost (its module) first."""
        frames = []
        while frame is not None:
            if frame.f_code.co_filename == self.filename:
                frames.append(frame)
            frame = frame.f_back
        frames.reverse()
        return frames

    def _locals(self, frame, snapshot_refs, counted_frames):
        if not frame.f_code.co_flags & CO_OPTIMIZED:
            return []
        view = frame.f_locals
        items = list(view.items())
        if _COUNT_LOCALS_SNAPSHOT:
            self._snapshot_frames.add(id(frame))
            counted_frames.add(id(frame))
            for _name, value in items:
                snapshot_refs[id(value)] = snapshot_refs.get(id(value), 0) + 1
        elif _CLEAR_LOCALS_SNAPSHOT and captured.getrefcount(view) <= 3:
            # Only the frame, `view` and the argument hold it: the program never took locals().
            dict.clear(view)
        return items

    def _record(self, frame, line, memory):
        frames = self._frames(frame)
        if self._edges is None:
            # Attribute names come from the program's code: the module's and all it contains.
            names = set()
            _code_names(frames[0].f_code, names)
            self._edges = EdgeReader(MAX_ITEMS, sorted(names))
        # Per object, the references 3.11's frame snapshots hold; the frames already counted.
        snapshot_refs = {}
        counted_frames = set()
        visible = {}
        queue = []

        def reach(obj):
            object_id = id(obj)
            if object_id not in visible:
                visible[object_id] = obj
                queue.append(obj)
            return object_id

        frame_records = []
        for each in frames:
            names = {name: reach(value) for name, value in self._locals(each, snapshot_refs, counted_frames)}
            frame_records.append({"function": each.f_code.co_name, "line": each.f_lineno, "locals": names})
        module_globals = frames[0].f_globals
        global_ids = {
            name: reach(value)
            for name, value in dict.items(module_globals)
            if isinstance(name, str) and not (name.startswith("__") and name.endswith("__"))
        }
        del each, frames, frame
        edges, extra = self._walk(visible, queue, reach)
        del queue
        if _COUNT_LOCALS_SNAPSHOT:
            self._count_parked_snapshots(visible, snapshot_refs, counted_frames)
        records = self._describe(visible, edges, extra, snapshot_refs)
        del visible
        detached = [object_id for object_id in self._records if object_id not in records and object_id not in self._garbage]
        self._collect_garbage(detached, records)
        changed = []
        for object_id, text in records.items():
            if self._records.get(object_id) != text:
                changed.append(text)
        removed = [object_id for object_id in self._records if object_id not in records]
        for object_id in removed:
            del self._records[object_id]
            self._fingerprints.pop(object_id, None)
            self._generations.forget(object_id)
        self._records.update(records)
        head = captured.json_dumps({
            "kind": "step", "index": self.steps, "line": line, "frames": frame_records, "globals": global_ids,
            "memory": memory,
        })
        self._write_text(head[:-1] + ',"heap":{"changed":[' + ",".join(changed) + '],"removed":' + captured.json_dumps(removed) + "}}")
        self.steps += 1

    def _count_parked_snapshots(self, visible, snapshot_refs, counted_frames):
        """3.11: the snapshot dicts of the program's frames that are off the stack but alive, in a
        traceback or a suspended generator, still hold references the untraced program would not
        have."""
        parked = []
        for obj in visible.values():
            if isinstance(obj, BaseException):
                traceback = obj.__traceback__
                while traceback is not None:
                    parked.append(traceback.tb_frame)
                    traceback = traceback.tb_next
            elif isinstance(obj, types.GeneratorType) and obj.gi_frame is not None:
                parked.append(obj.gi_frame)
        for frame in parked:
            if id(frame) in self._snapshot_frames and id(frame) not in counted_frames:
                counted_frames.add(id(frame))
                for value in frame.f_locals.values():
                    snapshot_refs[id(value)] = snapshot_refs.get(id(value), 0) + 1
        del parked

    def _walk(self, visible, queue, reach):
        """Breadth-first from the roots, at most MAX_OBJECTS objects; returns their edges and, per
        object, what the walk left out."""
        edges = {}
        extra = {}
        reader = self._edges
        position = 0
        while position < len(queue):
            obj = queue[position]
            position += 1
            object_id = id(obj)
            if is_leaf(obj):
                continue
            if len(visible) >= MAX_OBJECTS:
                extra[object_id] = {"unexpanded": True}
                continue
            out = []
            left_out = reader.edges(obj, lambda label, target, kind: out.append((label, reach(target), kind)))
            edges[object_id] = out
            if left_out:
                extra[object_id] = {"length": length(obj)}
        return edges, extra

    def _describe(self, visible, edges, extra, snapshot_refs):
        counts = raw_counts(visible)
        tracked = {object_id: obj for object_id, obj in visible.items() if captured.gc_is_tracked(obj)}
        generations = self._generations.resolve(tracked)
        del tracked
        records = {}
        fingerprints = self._fingerprints
        previous = self._records
        for object_id, obj in visible.items():
            raw = counts[object_id]
            object_edges = edges.get(object_id, [])
            # What can change about an object between steps; when none of it did, neither did its
            # record (repr, sizes), which is then reused instead of rebuilt and re-encoded. A hash
            # (an int) rather than the tuple itself: the probe keeps no containers between steps.
            fingerprint = hash((type(obj), raw, length(obj), tuple(object_edges), generations.get(object_id, -1), object_id in extra))
            if fingerprints.get(object_id) == fingerprint and object_id in previous:
                records[object_id] = previous[object_id]
                continue
            fingerprints[object_id] = fingerprint
            immortal = is_immortal(obj, raw)
            record = {
                "id": object_id,
                "type": type_name(type(obj)),
                "repr": short_repr(obj),
                "refcount": raw if immortal else raw - self._offset - snapshot_refs.get(object_id, 0),
                "size": size(obj),
                "size64": size64(obj),
                "tracked": object_id in generations,
                "generation": generations.get(object_id),
                "edges": object_edges,
            }
            if immortal:
                record["immortal"] = True
            record.update(extra.get(object_id, ()))
            records[object_id] = captured.json_dumps(record)
        return records

    def _collect_garbage(self, detached, records):
        """Flags newly detached cyclic isolates; after a collection, drops flagged ones that died."""
        # Their last records, read back from the JSON kept for diffing (the probe keeps no
        # containers between steps).
        last = {object_id: captured.json_loads(self._records[object_id]) for object_id in detached}
        candidates = cycle_candidates(set(detached), last)
        collected, self._collected = self._collected, False
        if not candidates and not (collected and self._garbage):
            for object_id in self._garbage:
                records[object_id] = self._records[object_id]
            return
        recheck = candidates | self._garbage
        last.update((object_id, captured.json_loads(self._records[object_id])) for object_id in self._garbage)
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
        edges = {}
        for object_id, obj in garbage.items():
            out = []
            self._edges.edges(obj, lambda label, target, kind: out.append((label, id(target), kind)))
            edges[object_id] = out
            del obj
        fresh = self._describe(garbage, edges, {}, {})
        for object_id, text in fresh.items():
            records[object_id] = text[:-1] + ',"unreachable":true}'
            # Should it be reached again, its record is rebuilt without the flag.
            del self._fingerprints[object_id]
        self._garbage = set(garbage)
        del garbage

    # -- output --------------------------------------------------------------------------------

    def _write(self, record):
        self._write_text(captured.json_dumps(record))

    def _write_text(self, text):
        data = (text + "\n").encode("utf-8")
        while data:
            written = captured.os_write(self._fd, data)
            data = data[written:]

    def finish(self):
        """Called after the program's module has run (before interpreter shutdown)."""
        self._stop_hooks()
        top_lines = self._memory.top_lines()
        self._write({
            "kind": "summary",
            "schema": TRACE_SCHEMA_VERSION,
            "python": "%d.%d.%d" % sys.version_info[:3],
            "pointer_size": captured.pointer_size,
            "steps": self.steps,
            "truncated": self.truncated,
            "memory_source": self._memory.reported_source(),
            "peak": self._memory.peak,
            "top_lines": top_lines,
            "notes": self.notes,
        })
        self._memory.stop()
        captured.os_close(self._fd)
