"""The probe's own functions, left without line tables, so that tracemalloc records their
allocations in constant time.

While tracemalloc traces, every allocation records the line that made it, and CPython finds a
line by scanning the code object's location table from its first instruction to the current one.
The probe allocates hundreds of times a step, in long functions: measured in Pyodide 3.14, one
allocation 300 lines into a function cost 5.6 µs instead of 0.5 µs near its start, and the 1,206-step
benchmark ran 1.6 times slower with memory over time than it does with the tables gone. A code
object with an empty table answers at once (no line). The probe's allocations are not the
program's (memory.py subtracts them), so nothing shown to a learner changes.

What is lost is the line numbers in a traceback of the probe's own frames, which learners never
see: the sandbox leaves the probe's frames out of every traceback it shows.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import sys
import types

_NO_LINES = b""


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


def strip(package):
    """Empties the line tables of every function of the imported modules of `package`. Functions
    share code objects with the closures they make later, so those are covered too."""
    for name, module in list(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for function in _functions_of(module):
                function.__code__ = _unlined(function.__code__)
