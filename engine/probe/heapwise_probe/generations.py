"""Which collector generation each object is in, as gc.get_objects(generation) reports it.

Listing a generation is cheap (a C loop), but turning it into a set of ids costs an int per object,
too much for every step inside WebAssembly. Objects only change generation when the collector runs
(the probe hears of it through gc.callbacks) or when they start being tracked, and a new object is
appended to the young generation: so a known object keeps its generation until a collection, and a
new one is looked for by identity (operator.is_ over the list, newest first), which allocates
nothing.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import operator
from itertools import repeat

from . import captured


class Generations:
    def __init__(self):
        self._known = {}  # id -> generation
        self.stale = False

    def forget(self, object_id):
        self._known.pop(object_id, None)

    def resolve(self, objects, tracked):
        """{id: generation} for the ids in `tracked`, of objects in `objects` (id -> object) that
        are alive and GC-tracked."""
        if self.stale:
            self._known.clear()
            self.stale = False
        known = self._known
        tracked = list(tracked)
        unknown = [object_id for object_id in tracked if object_id not in known]
        if unknown:
            # A generation's list holds every young object, `listed` among them: it is emptied
            # before it is dropped, or the cycle would keep this step's objects alive.
            listed = [None, None, None]
            try:
                for object_id in unknown:
                    obj = objects[object_id]
                    known[object_id] = 2  # tracked, yet in no list: being collected right now
                    for generation in (0, 1, 2):
                        if listed[generation] is None:
                            listed[generation] = captured.gc_get_objects(generation)
                        if any(map(operator.is_, reversed(listed[generation]), repeat(obj))):
                            known[object_id] = generation
                            break
                obj = None
            finally:
                for members in listed:
                    if members is not None:
                        members.clear()
                members = listed = None
        return dict(zip(tracked, map(known.__getitem__, tracked)))
