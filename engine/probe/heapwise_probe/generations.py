"""Which collector generation each object is in, as gc.get_objects(generation) reports it.

Listing a generation is cheap (a C loop) but turning it into a set of ids costs about 0.3 ms per
thousand objects inside WebAssembly, too much for every step. Objects only change generation when
the collector runs (the probe hears of it through gc.callbacks) or when they start being tracked, and
a new object is appended to the young generation: so a known object keeps its generation until a
collection, and a new one is looked up in the young generation's newest entries first.
"""

from . import captured

_TAIL = 256


class Generations:
    def __init__(self):
        self._known = {}  # id -> generation
        self.stale = False

    def forget(self, object_id):
        self._known.pop(object_id, None)

    def resolve(self, tracked):
        """{id: generation} for `tracked` (id -> object, all GC-tracked and alive)."""
        if self.stale:
            self._known.clear()
            self.stale = False
        unknown = [object_id for object_id in tracked if object_id not in self._known]
        if unknown:
            young = captured.gc_get_objects(0)
            tail = set(map(id, young[-_TAIL:]))
            rest = [object_id for object_id in unknown if object_id not in tail]
            for object_id in unknown:
                if object_id in tail:
                    self._known[object_id] = 0
            if rest:
                everything_young = set(map(id, young))
                middle = set(map(id, captured.gc_get_objects(1)))
                for object_id in rest:
                    self._known[object_id] = 0 if object_id in everything_young else 1 if object_id in middle else 2
            del young
        return {object_id: self._known[object_id] for object_id in tracked}
