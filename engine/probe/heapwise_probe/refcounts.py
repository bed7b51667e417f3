"""Exact reference counts: what `sys.getrefcount(obj)` would report at this point of the program if
the probe were not there, minus the argument's own reference (the number of references the
program's objects hold).

Measuring adds references of its own: the probe's table of the objects it walked, the temporary
argument, and (3.11 only) the snapshot dict CPython keeps on a function frame once its f_locals has
been read. The first two are the same for every object, so they are measured once, by calibration on
an object whose true count is known by construction; the third is counted per object.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import sys

from . import captured

# Every object whose count is at least this large is immortal (3.12+ on 32-bit: 0x3FFFFFFF or
# 0x70000000; 64-bit values are larger still): no program holds a billion references.
_IMMORTAL_FLOOR = (1 << 30) - 1
_HAS_IMMORTALS = sys.version_info >= (3, 12)


def raw_counts(objects):
    """sys.getrefcount of each value of `objects` (key -> object), in its order, through one fixed
    code path."""
    return list(map(captured.getrefcount, objects.values()))


def calibrate():
    """The references raw_counts itself adds to an object held once in its table."""
    holder = [object()]
    table = {0: holder[0]}
    # The object's one true reference is `holder`'s.
    return raw_counts(table)[0] - 1


def is_immortal(obj, raw):
    if captured.is_immortal is not None:
        return captured.is_immortal(obj)
    return _HAS_IMMORTALS and raw >= _IMMORTAL_FLOOR
