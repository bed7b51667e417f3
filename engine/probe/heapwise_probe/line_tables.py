"""The probe's own functions, left without line tables, so that tracemalloc records their
allocations in constant time.

While tracemalloc traces, every allocation records the line that made it, and CPython finds a
line by scanning the code object's location table from its first instruction to the current one.
The probe allocates hundreds of times a step, in long functions: measured in Pyodide 3.14, one
allocation 300 lines into a function cost 11.6 µs instead of 0.9 µs with an empty table, and the
1,206-step benchmark ran 1.8 times slower with memory over time than it does with the tables gone.
(A valid table of "no location" entries, one byte per 8 instructions, is still scanned: with it
the benchmark ran 1.4 times slower than with none.) The probe's allocations are not the program's
(memory.py subtracts them), so nothing shown to a learner changes.

A frame without a table has no line, and Python's traceback module cannot format one (it stops
with RuntimeError). So no such frame may reach the program:
- the probe's entry points (the line, trace and gc callbacks) keep their tables (`kept`) and let
  an exception raised inside them (a time limit that expires while the probe records a step) go on
  from their own frame, without the frames inside;
- modules under which learner code runs (the grader's questions call the program's functions) are
  left as they are.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import sys
import types

_NO_LINES = b""
# Code objects of the entry points, which keep their tables.
_kept = set()


def kept(function):
    """Marks an entry point: its line table stays."""
    _kept.add(function.__code__)
    return function


def _unlined(code):
    """`code`, and the code objects it holds (nested functions, lambdas), without line tables."""
    consts = tuple(_unlined(const) if type(const) is types.CodeType else const for const in code.co_consts)
    return code.replace(co_linetable=_NO_LINES, co_consts=consts)


def _functions_of(module):
    """The functions defined in a module, and those of the classes it defines."""
    name = module.__name__
    pending = list(vars(module).values())
    seen = set()
    while pending:
        value = pending.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if type(value) is types.FunctionType and value.__module__ == name:
            yield value
        elif issubclass(type(value), type) and value.__module__ == name:
            pending.extend(vars(value).values())
        elif type(value) in (staticmethod, classmethod):
            pending.append(value.__func__)
        elif type(value) is property:
            pending.extend((value.fget, value.fset, value.fdel))


def strip(package, keep=()):
    """Empties the line tables of the functions of the imported modules of `package`, but for
    the modules in `keep` and the entry points. Functions share code objects with the closures
    they make later, so those are covered too."""
    kept_modules = {module.__name__ for module in keep}
    for name, module in list(sys.modules.items()):
        if (name == package or name.startswith(package + ".")) and name not in kept_modules:
            for function in _functions_of(module):
                if function.__code__ not in _kept:
                    function.__code__ = _unlined(function.__code__)
