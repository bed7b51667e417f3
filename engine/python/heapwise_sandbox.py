"""Heapwise's sandbox inside Pyodide: locks the interpreter down and runs one learner program the way
`python3 FILE` would.

Importing this module does nothing. The engine calls install() once, before it takes the baseline
snapshot of the interpreter's memory; then, for each run on an interpreter restored to that baseline,
prepare(), CPython's PyRun_FileExFlags on the program's file, and finish(). File paths, signal
numbers and prepare()'s argument come from the worker contract (engine/contract/worker-contract.json),
which the engine's TypeScript reads too.

The blocks here are defence in depth: a determined program can walk the object graph back to
Pyodide's JavaScript bridge, so on the server the wall that holds is the worker process (no network,
empty environment, Node's permission model). In the browser the program runs in the learner's own tab.
"""

import atexit
import builtins
import gc
import io
import json
import os
import signal
import sys
import time
import types
from importlib.machinery import SourceFileLoader

# Modules that lead from Python to the JavaScript host, to native code or out of the machine.
BLOCKED_MODULES = frozenset({
    "js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "pyodide_kernel", "micropip",
    "ctypes", "_ctypes", "subprocess", "_posixsubprocess", "multiprocessing", "_multiprocessing",
})

# Audit events that would run host commands or open connections, whatever route reached them.
BLOCKED_EVENTS = {
    "os.system": "os.system",
    "os.exec": "os.exec*",
    "os.posix_spawn": "os.posix_spawn",
    "os.spawn": "os.spawn*",
    "os.fork": "os.fork",
    "os.forkpty": "os.forkpty",
    "os.kill": "os.kill",
    "os.killpg": "os.killpg",
    "subprocess.Popen": "subprocess",
    "ctypes.dlopen": "ctypes",
    "ctypes.dlsym": "ctypes",
    "ctypes.dlsym/handle": "ctypes",
    "ctypes.cdata": "ctypes",
    "socket.__new__": "socket",
    "socket.connect": "socket",
    "socket.bind": "socket",
    "socket.getaddrinfo": "socket",
    "socket.sendto": "socket",
    "webbrowser.open": "webbrowser",
}

NOT_AVAILABLE = "is not available in Heapwise: programs run in a sandbox without access to the host"

# Deeper Python recursion than this overflows the worker's native stack on some versions, which kills
# the interpreter instead of raising RecursionError; sys.setrecursionlimit is clamped to it.
MAX_RECURSION_LIMIT = 4000
DEFAULT_RECURSION_LIMIT = 1000

# Imported once before the baseline snapshot, so a run that uses them does not pay for unzipping and
# compiling them from the standard library archive (measured: tens of ms per module per run).
PRELOADED_MODULES = (
    "abc", "array", "bisect", "collections", "contextlib", "copy", "dataclasses", "enum", "functools",
    "heapq", "inspect", "itertools", "json", "math", "operator", "random", "re", "statistics", "string",
    "textwrap", "time", "traceback", "tracemalloc", "typing", "weakref",
)

# Beside this module in Pyodide's file system (the contract's sandboxDir, where the engine loads it
# from): the probe package, and lib/, which holds modules programs may import (memory_profiler,
# computed from tracemalloc).
_SANDBOX_DIR = os.path.dirname(__file__)
LIBRARY_DIR = os.path.join(_SANDBOX_DIR, "lib")
_PROBE_DIR = os.path.join(_SANDBOX_DIR, "heapwise_probe") + os.sep

# The worker contract's "files" and "signals" (engine/contract/worker-contract.ts), and the Python
# types of prepare()'s keys. install() reads them once, before any learner code runs: a program that
# rewrote the contract file would change nothing, since these values live in the interpreter's
# memory, which is restored after every run.
_files = {}
_signals = {}
_prepare_types = {}
# A "float" may arrive as an int: Pyodide converts a whole JavaScript number to int. bool is not
# accepted as a number (the types are compared exactly).
_PYTHON_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}

_SANDBOX_FILE = __file__
# A traced run's time limit is the program's own time (engine/runtime/run-limits.ts): "started" is
# when the program started, "recorded_s" the recording time of a recorder that has finished, and
# "timed_out" whether the TimeoutError was raised.
_limits = {"timeout_s": 0.0, "max_output_bytes": 0, "traced": False, "started": 0.0, "recorded_s": 0.0, "timed_out": False}
# Bound now: a program may replace time.perf_counter.
_perf_counter = time.perf_counter


class OutputLimitExceeded(Exception):
    """Raised inside the program when it has written more output than the run allows."""


OutputLimitExceeded.__module__ = "builtins"


class _BlockedImports:
    """A meta path finder that refuses the blocked modules before any other finder sees them."""

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED_MODULES:
            raise ImportError(f"module '{name}' {NOT_AVAILABLE}", name=name)
        return None


def _audit(event, args):
    if event == "import" and args and str(args[0]).partition(".")[0] in BLOCKED_MODULES:
        raise ImportError(f"module '{args[0]}' {NOT_AVAILABLE}")
    what = BLOCKED_EVENTS.get(event)
    if what is not None:
        raise PermissionError(f"{what} {NOT_AVAILABLE}")


def _refuse(name, why=NOT_AVAILABLE):
    def refused(*args, **kwargs):
        raise PermissionError(f"{name} {why}")
    refused.__name__ = name.rpartition(".")[2]
    return refused


def _clamped_setrecursionlimit(limit, _set=sys.setrecursionlimit):
    if not isinstance(limit, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(limit).__name__)
    _set(min(limit, MAX_RECURSION_LIMIT))


def _program_seconds():
    """The program's own time so far: the time since it started, less the probe's recording."""
    recorder = _current.get("recorder")
    recorded = recorder.recording_seconds() if recorder is not None else _limits["recorded_s"]
    return _perf_counter() - _limits["started"] - recorded


def _time_limit_error():
    _limits["timed_out"] = True
    return TimeoutError(f"the program ran longer than {_limits['timeout_s']:g} s (Heapwise's time limit)")


def _check_program_time():
    """Raises the time limit's TimeoutError once the program's own time has passed it, and only
    once. The recorder calls it before it records a line: the limit holds at the first line past it."""
    if not _limits["timed_out"] and _program_seconds() >= _limits["timeout_s"]:
        raise _time_limit_error()


def _on_timeout(signum, frame):
    if not _limits["traced"]:
        raise _time_limit_error()
    # A traced run is signalled again and again once its wall time passes the limit: a signal that
    # comes before the program's own time is up, or after the error was raised, is let pass.
    _check_program_time()


def _on_output_limit(signum, frame):
    raise OutputLimitExceeded(
        f"the program wrote more than {_limits['max_output_bytes']:,} bytes of output (Heapwise's output limit)"
    )


# The probe's entry points, kept here once install() has taken its modules out of sys.modules.
_probe = {}
# sys.monitoring's tool id the recorder uses (DEBUGGER_ID).
_PROBE_TOOL = 0


def _guard_probe_hooks():
    """The program may use sys.monitoring with any tool id but the probe's: through that one it
    could read the recorder back (register_callback returns the callback it replaces) or stop it.
    On 3.11, sys.gettrace() would hand out the recorder's trace function."""
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is not None:
        def guarded(function):
            def checked(tool_id, *args):
                if tool_id == _PROBE_TOOL:
                    raise ValueError(f"tool {_PROBE_TOOL} is Heapwise's tracer and cannot be used by programs")
                return function(tool_id, *args)
            checked.__name__ = function.__name__
            return checked
        for name in ("register_callback", "set_events", "set_local_events", "free_tool_id", "clear_tool_id", "use_tool_id", "get_events", "get_local_events", "get_tool"):
            if hasattr(monitoring, name):
                setattr(monitoring, name, guarded(getattr(monitoring, name)))
    else:
        real_gettrace = sys.gettrace

        def gettrace():
            function = real_gettrace()
            return None if getattr(function, "__module__", "").startswith("heapwise_probe") else function
        sys.gettrace = gettrace


_GRADED_MEMORY = "is not available in a graded run: Heapwise measures the program's memory with tracemalloc"


def _guard_tracemalloc():
    import tracemalloc

    for name in ("stop", "clear_traces", "reset_peak"):
        setattr(tracemalloc, name, _refuse(f"tracemalloc.{name}()", _GRADED_MEMORY))


def _read_contract(path):
    """Keeps what this module needs of the worker contract the engine wrote at `path`."""
    with open(path, encoding="utf-8") as file:
        contract = json.load(file)
    _files.update(contract["files"])
    _signals.update(contract["signals"])
    for type_name, keys in contract["prepare"].items():
        _prepare_types.update(dict.fromkeys(keys, _PYTHON_TYPES[type_name]))


def _check(arguments):
    """Raises a TypeError that names what is wrong unless prepare()'s argument is what the worker
    contract defines: a dict with its keys exactly, each value of its Python type."""
    if type(arguments) is not dict:
        raise TypeError(f"prepare() takes a dict, not {type(arguments).__name__}")
    missing = sorted(_prepare_types.keys() - arguments.keys())
    extra = sorted(arguments.keys() - _prepare_types.keys())
    if missing or extra:
        raise TypeError(f"prepare()'s argument does not match the worker contract: missing {missing}, not in the contract {extra}")
    for key, types_allowed in _prepare_types.items():
        if type(arguments[key]) not in types_allowed:
            expected = " or ".join(allowed.__name__ for allowed in types_allowed)
            raise TypeError(f"prepare()'s {key!r} must be {expected}, not {type(arguments[key]).__name__}")


def install(contract_path):
    """Locks the interpreter down. Called once, before the baseline snapshot is taken, with the path
    of the worker contract the engine wrote."""
    _read_contract(contract_path)
    for name in list(sys.modules):
        if name.partition(".")[0] in BLOCKED_MODULES:
            del sys.modules[name]
    # Pyodide's own finder would import JavaScript modules by name; only the standard finders stay.
    sys.meta_path[:] = [_BlockedImports()] + [
        finder for finder in sys.meta_path if type(finder).__name__ not in ("JsFinder", "_JsFinder")
    ]
    sys.addaudithook(_audit)
    for name in ("system", "popen", "fork", "forkpty", "kill", "killpg", "execv", "execve", "spawnv", "posix_spawn"):
        if hasattr(os, name):
            setattr(os, name, _refuse(f"os.{name}"))
    for name in PRELOADED_MODULES:
        __import__(name)
    # The probe is imported now, while the baseline is being made, so a traced run pays nothing for
    # it; it lives outside sys.path.
    sys.path.insert(0, _SANDBOX_DIR)
    try:
        from heapwise_probe import captured, collector_count, inspection, line_tables, recorder
    finally:
        sys.path.remove(_SANDBOX_DIR)
    _probe.update(captured=captured, answer=inspection.answer, Recorder=recorder.Recorder, collector_count=collector_count)
    # The grader's questions run the program's functions under inspection's frames.
    line_tables.strip("heapwise_probe", keep=(inspection,))
    # Out of the program's reach by import: what its code could otherwise patch or read is the
    # probe's state and the grader's questions.
    for name in list(sys.modules):
        if name == __name__ or name.partition(".")[0] == "heapwise_probe":
            del sys.modules[name]
    _guard_probe_hooks()
    sys.path.append(LIBRARY_DIR)
    sys.setrecursionlimit = _clamped_setrecursionlimit
    # Stop is Ctrl-C's KeyboardInterrupt: CPython's own SIGINT handler, installed for the contract's number.
    signal.signal(_signals["stop"], signal.default_int_handler)
    signal.signal(_signals["timeout"], _on_timeout)
    signal.signal(_signals["outputLimit"], _on_output_limit)
    # A module that nothing keeps (out of sys.modules, named only by these locals) is a cycle with
    # its functions: the collection below must find it, or every run would start with it pending.
    del captured, collector_count, inspection, line_tables, recorder
    gc.collect()


def _without_sandbox_frames(tb):
    """The traceback from the learner's point of view: the frames of this module and of the probe
    are left out (a time limit may expire while the probe records a step)."""
    frames = []
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        # On 3.11 an exception raised in the trace function adds the traced frame's entry once
        # more: shown once, as the untraced program's.
        repeated = frames and frames[-1].tb_frame is tb.tb_frame and frames[-1].tb_lineno == tb.tb_lineno
        if filename != _SANDBOX_FILE and not filename.startswith(_PROBE_DIR) and not repeated:
            frames.append(tb)
        tb = tb.tb_next
    rebuilt = None
    for entry in reversed(frames):
        rebuilt = types.TracebackType(rebuilt, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    return rebuilt


def _format_uncaught(exc):
    """The text CPython's default hook writes to stderr for an uncaught exception."""
    # 3.11's display reads exc.__traceback__ rather than the argument, so the exception carries the
    # learner's view of the traceback itself.
    tb = _without_sandbox_frames(exc.__traceback__)
    exc.__traceback__ = tb
    captured = io.StringIO()
    stderr, sys.stderr = sys.stderr, captured
    try:
        try:
            sys.excepthook(type(exc), exc, tb)
        except BaseException:
            sys.__excepthook__(type(exc), exc, tb)
    finally:
        sys.stderr = stderr
    return captured.getvalue()


def _exit_status(exc):
    """What `python3 FILE` exits with and writes for SystemExit, as Py_HandleSystemExit decides."""
    code = exc.code
    if code is None:
        return 0, ""
    if issubclass(type(code), int):  # PyLong_Check: the type, never code.__class__
        return code & 0xFF, ""
    return 1, f"{code}\n"


def _qualified_name(cls):
    module = cls.__module__
    return cls.__qualname__ if module in ("builtins", "__main__") else f"{module}.{cls.__qualname__}"


def _clear_main(module):
    """Interpreter shutdown for __main__: names set to None in _PyModule_ClearDict's order, so that
    objects still bound at the end are finalized (and their __del__ runs) as in `python3 FILE`."""
    namespace = module.__dict__
    for key in list(namespace):
        if issubclass(type(key), str) and str.startswith(key, "_") and not str.startswith(key, "__"):
            namespace[key] = None
    for key in list(namespace):
        if issubclass(type(key), str) and str.__ne__(key, "__builtins__"):
            namespace[key] = None


_current = {}


def _uses_tracemalloc(program_path):
    """Whether the program may use tracemalloc itself (directly or through memory_profiler): then
    the probe leaves tracemalloc to it and only reads it."""
    with open(program_path, "rb") as program:
        source = program.read()
    return b"tracemalloc" in source or b"memory_profiler" in source


def prepare(arguments):
    """Gets a run ready and returns the address of the new __main__ module's namespace, with what the
    collector had collected before the program. `arguments` is a dict with the worker contract's keys.

    The engine then runs the file through CPython's own PyRun_FileExFlags, as `python3 FILE` does:
    no frame of this module sits below the program's, the file's syntax tree stays alive while it
    runs, a SyntaxError is reported as for a script, so recursion depth, refcounts of literals,
    tracebacks and tracemalloc's stacks are those of python3. (Measured against native 3.11: exec()
    called from JavaScript is one recursion level short and misses the tree's references.)

    With max_steps > 0 the run is traced: the probe's recorder starts last, so that nothing of
    this function is recorded. In a graded run whose memory is measured, tracemalloc is the
    probe's, and the program may not stop it, clear it or reset its peak (it would hide memory);
    the interpreter's memory is restored after the run, and these wrappers with it."""
    _check(arguments)
    filename, max_steps = arguments["filename"], arguments["max_steps"]
    _limits.update(
        timeout_s=arguments["timeout_s"], max_output_bytes=arguments["max_output_bytes"], traced=max_steps > 0, recorded_s=0.0, timed_out=False
    )
    sys.setrecursionlimit(DEFAULT_RECURSION_LIMIT)
    # The restored memory holds the same generator state every run; reseed it from os.urandom as a
    # new process would.
    sys.modules["random"].seed()
    # What CPython's start-up puts in __main__ for `python3 FILE`.
    main = types.ModuleType("__main__")
    main.__builtins__ = builtins
    main.__annotations__ = {}
    main.__file__ = filename
    main.__cached__ = None
    main.__loader__ = SourceFileLoader("__main__", filename)
    sys.modules["__main__"] = main
    sys.argv[:] = [filename]
    sys.stdin = io.StringIO(arguments["stdin"])
    _current.clear()
    # The interpreter's own start-up code holds one more reference to __main__.
    _current["main"] = main
    # What the collector had collected before the program, for the grader's "collected" answers.
    collected = sum(generation["collected"] for generation in gc.get_stats())
    if max_steps > 0:
        # The recorder's own objects must not move the collector's allocation count either.
        count = _probe["collector_count"].count()
        graded_memory = arguments["graded"] and arguments["trace_memory"]
        program_traces_memory = _uses_tracemalloc(arguments["program_path"]) and not graded_memory
        if graded_memory:
            _guard_tracemalloc()
        recorder = _probe["Recorder"](
            filename,
            _files["trace"],
            max_steps,
            program_traces_memory,
            arguments["trace_memory"],
            arguments["recording_budget_s"],
            _check_program_time,
            _recorded_lines(arguments["record_lines"]),
            not arguments["graded"],
        )
        _current["recorder"] = recorder
        recorder.start()
        _probe["collector_count"].settle(count)
    _limits["started"] = _perf_counter()
    return id(main.__dict__), collected


def _recorded_lines(text):
    """prepare()'s "record_lines": None for every line, else the set of line numbers."""
    if text == "*":
        return None
    return frozenset(int(line) for line in text.split(",") if line)


def _finish_recording():
    """Finishes the recorder, which stays registered meanwhile: finishing is recording time too."""
    recorder = _current.get("recorder")
    if recorder is not None:
        try:
            recorder.finish()
        finally:
            _limits["recorded_s"] = recorder.recording_seconds()
            del _current["recorder"]
    return recorder


def stop_trace():
    """Ends the recording before the grader's questions are asked (their code is not the program's)."""
    recorder = _finish_recording()
    if recorder is not None:
        _current["class_globals"] = recorder.class_globals


def ask():
    """Answers the question the engine wrote to the contract's question file (one at a time, after
    the program's module ran, before finish()) in its answer file. Output written meanwhile is not the program's:
    it goes nowhere. Files and JSON go through the probe's captured functions: the program may have
    replaced open, json or io to change the question."""
    captured, answer = _probe["captured"], _probe["answer"]
    question = captured.json_loads(captured.read_text(_files["question"]))
    captured.os_unlink(_files["question"])
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = captured.StringIO()
    try:
        reply = answer(question, _current["main"].__dict__, _current.get("class_globals", {}))
    except BaseException as exc:  # noqa: BLE001 (the learner's code may raise anything, even SystemExit)
        reply = {"error": f"{type(exc).__name__}"}
    finally:
        sys.stdout, sys.stderr = stdout, stderr
    del question
    descriptor = captured.os_open(_files["answer"], 0o1101, 0o600)
    captured.os_write(descriptor, captured.json_dumps(reply).encode("utf-8"))
    captured.os_close(descriptor)


def finish(failed):
    """Reports how the program ended and shuts it down as interpreter exit would. The traceback goes
    to stderr; (exit_code, exception_type, exception_message) goes to the contract's outcome file as JSON, which the
    engine reads without running any more Python (see engine/runtime/bridge-tripwire.ts)."""
    # The engine stores the exception PyRun_FileExFlags left behind in sys.last_value.
    exc = sys.last_value if failed else None
    _finish_recording()
    main = _current.pop("main")
    _current.clear()
    exit_code, exc_type, exc_message = 0, None, None
    # By the exception's real type, as CPython matches it: isinstance would read exc.__class__,
    # which runs the program's __getattribute__.
    if issubclass(type(exc), SystemExit):
        exit_code, message = _exit_status(exc)
        sys.stderr.write(message)
    elif exc is not None:
        exit_code = 130 if issubclass(type(exc), KeyboardInterrupt) else 1
        exc_type, exc_message = _qualified_name(type(exc)), str(exc)
        sys.stderr.write(_format_uncaught(exc))
    for name in ("last_exc", "last_type", "last_value", "last_traceback"):
        if hasattr(sys, name):
            delattr(sys, name)
    del exc
    try:
        atexit._run_exitfuncs()
        del sys.modules["__main__"]
        _clear_main(main)
        del main
        gc.collect()
    except BaseException as exc:
        sys.stderr.write(_format_uncaught(exc))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    with open(_files["outcome"], "w", encoding="utf-8") as outcome:
        json.dump([exit_code, exc_type, exc_message], outcome)


# The namespace in which the engine runs `finish(...)`, `stop_trace()` and `ask()` through
# PyRun_StringFlags.
RUNNER_NAMESPACE = {"__builtins__": builtins, "finish": finish, "stop_trace": stop_trace, "ask": ask}
