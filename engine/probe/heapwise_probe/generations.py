"""Which collector generation each object is in, as gc.get_objects(generation) reports it.

Listing a generation is cheap (a C loop), but turning it into a set of ids costs an int per object,
too much for every step inside WebAssembly. Objects only change generation when the collector runs
or when they start being tracked, and a new object is appended to the young generation: so a known
object keeps its generation until a collection, and a new one is looked for by identity
(operator.is_ over the list, newest first), which allocates nothing.

Only the young lists are searched. The oldest generation holds most of the interpreter (15,000 to
20,000 objects here): a tracked object found in neither of the others is in it. A collection moves
its survivors on as CPython does (the probe hears of each through gc.callbacks): on 3.11 to 3.13,
collecting generation g moves the survivors of generations 0 to g into g + 1 (the oldest stays);
on 3.14 the young survivors go to the old space, which gc.get_objects reports as generation 2
(its generation 1 is always empty).
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import operator
import sys
from itertools import filterfalse, repeat

from . import captured

OLDEST = 2
_INCREMENTAL = sys.version_info >= (3, 14)
# The lists searched for a new object, youngest first.
_SEARCHED = (0,) if _INCREMENTAL else (0, 1)


class Generations:
    def __init__(self):
        self._known = {}  # key -> generation

    def forget(self, object_id):
        self._known.pop(object_id, None)

    def collected(self, generation):
        """A collection of `generation` has ended: its survivors, and the younger ones', moved on."""
        target = OLDEST if _INCREMENTAL else min(generation + 1, OLDEST)
        known = self._known
        moved = [object_id for object_id, known_in in known.items() if known_in <= generation and known_in < target]
        known.update(zip(moved, repeat(target)))

    def resolve(self, objects, tracked):
        """{key: generation} for the keys in `tracked`, of objects in `objects` (key -> object) that
        are alive and GC-tracked."""
        known = self._known
        tracked = list(tracked)
        unknown = list(filterfalse(known.__contains__, tracked))
        if unknown:
            # A generation's list holds every young object, `listed` among them: it is emptied
            # before it is dropped, or the cycle would keep this step's objects alive.
            listed = {}
            try:
                for object_id in unknown:
                    obj = objects[object_id]
                    known[object_id] = OLDEST
                    for generation in _SEARCHED:
                        if generation not in listed:
                            listed[generation] = captured.gc_get_objects(generation)
                        if any(map(operator.is_, reversed(listed[generation]), repeat(obj))):
                            known[object_id] = generation
                            break
                obj = None
            finally:
                for members in listed.values():
                    members.clear()
                members = listed = None
        return dict(zip(tracked, map(known.__getitem__, tracked)))
