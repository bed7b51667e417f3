"""The collector's allocation count, kept where the program left it (3.14).

CPython counts allocations of the objects its collector tracks (gc.get_count()[0]) and starts an
automatic collection when the count passes the threshold. The probe makes such objects while it
records a step and keeps a few: measured on 3.14, the count was one higher after almost every step,
so a traced program saw gc.get_count() run ahead and its collections come early. After each step,
and after the recorder is made, the count is put back where it was, by freeing tokens made before
any program ran (each free counts one down) or making new ones (each counts one up). With this a
traced program's gc.get_count() equals the untraced program's at every line (tests/trace), but
for two per collection: CPython makes an info dict and an argument tuple for the probe's gc callback
after the collection has reset the count, which an untraced program without callbacks never has.

3.11 to 3.13 count differently: frame objects the probe makes the interpreter create are counted
down when the program's function returns, and the probe's temporaries refill CPython's free lists,
whose objects the program then reuses uncounted. Putting the count back after each step made it
drift below the untraced count there, so on those versions it is left as it is (it reads higher).
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import sys

from . import captured

COMPENSATES = sys.version_info >= (3, 14)
# One token per step was used (measured), and the default step cap is 10,000.
RESERVE = 12_000 if COMPENSATES else 0


class _Token:
    # Tracked by the collector (it has a slot) and freed through its deallocator (no free list).
    __slots__ = ("_",)


# Made at import, before the interpreter's baseline memory is taken: untraced runs have it too.
_reserve = [_Token() for _ in range(RESERVE)]


def count():
    return captured.gc_get_count()[0]


def settle(before):
    """Frees or makes tokens until the count is `before` again. Returns False if the reserve ran out."""
    if not COMPENSATES:
        return True
    delta = count() - before
    while delta > 0 and _reserve:
        del _reserve[max(len(_reserve) - delta, 0):]
        delta = count() - before
    while delta < 0:
        _reserve.append(_Token())
        delta += 1
    return delta == 0
