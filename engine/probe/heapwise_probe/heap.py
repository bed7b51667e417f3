"""The heap graph of one step, rebuilt only where it changed.

CPython tells nobody what a line changed (there is no write barrier to listen to), so every step
visits every reachable object. The visit is kept to what decides whether an object changed: its
refcount, its generation and its shape (its type, size, length and the identities of what it
references, read through the builtin types' own methods). Only an object whose shape changed has
the costly parts of its record rebuilt (repr, sizes, labelled edges); one whose count or
generation alone changed has its record re-assembled around the kept static part; an unchanged one
costs a comparison, done for all of them at once with map(). Every allocation the probe makes is
also one tracemalloc records, and every audited call runs the sandbox's audit hook, so the visit
makes as few of either as it can.

Objects are known by their key (captured.key, not id(), which is audited) and written with their
address, the id() the program sees. Between steps only ints and strings are kept (see recorder.py):
hashes of shapes and states, and the JSON texts of records. Not tuples: a tuple is tracked by the
collector, and each kept one would move the allocation count that triggers the program's automatic
collections. A hash is 32 bits in WebAssembly, so a record is left stale only if what it was built
from changed and the hashes collide too.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import operator
from itertools import compress, filterfalse, repeat

from . import captured
from .captured import address, address_of, key
from .describe import ATOM, ATOM_TYPES, INSTANCE, LEAF, EdgeReader, PerType, short_repr, size, size_overridden, type_name
from .refcounts import is_immortal, raw_counts
from .sizes64 import size64


# The generation in the state of an object the collector does not track.
_UNTRACKED = 3
# How the walk reads objects of a class (HeapGraph.walk).
_ATOMS, _LEAVES, _CONTAINERS, _INSTANCES, _OTHERS = range(5)
_EXACT_CONTAINERS = (list, tuple, set, frozenset)
_ATOM_TYPES = frozenset(ATOM_TYPES)
_SEQUENCE_TYPES = (list, tuple)


class HeapGraph:
    def __init__(self, reader: EdgeReader, offset, generations, max_objects):
        self._reader = reader
        self._offset = offset
        self._generations = generations
        self._max_objects = max_objects
        self._index_labels = [f"[{index}]" for index in range(reader.max_items)]
        self._class_info = PerType(self._class_info_of)
        # Whether some step reached max_objects and left objects unexpanded.
        self.capped = False
        self.records = {}  # key -> JSON text of the object's last record
        self._shapes = {}  # key -> hash of what the record's static part was built from
        self._statics = {}  # key -> the static part's JSON (inside the braces)
        self._states = {}  # key -> hash of (shape, refcount, generation): the whole record

    def forget(self, object_id):
        self.records.pop(object_id, None)
        self._shapes.pop(object_id, None)
        self._statics.pop(object_id, None)
        self._states.pop(object_id, None)

    def walk(self, visible, queue):
        """Breadth first from the roots already in `visible` (key -> object) and `queue` (their
        keys), expanding objects while fewer than max_objects are reached. Returns the shape hash
        of every object reached and the keys of those expanded.

        This loop runs for every object at every step, so the common objects are read inline:
        atoms (their shapes in bulk at the end), builtin containers of at most max_items items and
        instances of classes without __slots__, whose gc.get_referents are exactly what describe.py
        shows as their edges (an instance's: but for its class)."""
        # Class -> _class_info, for this step only (the classes stay alive through it). Keyed by
        # the class itself when its metaclass is type, whose hash is the pointer's and runs no
        # Python code; else by its key.
        classes = {}
        shapes = {}
        expanded = set()
        targets_of = self._reader.targets
        get_referents = captured.gc_get_referents
        class_info = self._class_info
        limit = self._max_objects
        max_items = self._reader.max_items
        # Atoms are put in `visible` but not in the queue (there is nothing to expand); their
        # shapes are computed in bulk at the end.
        for object_id in queue:  # grows while it is read
            obj = visible[object_id]
            cls = type(obj)
            by = cls if type(cls) is type else key(cls)
            info = classes.get(by)
            if info is None:
                info = classes[by] = class_info(cls)
            group = info[1]
            if group == _LEAVES:
                shapes[object_id] = hash((info[3], short_repr(obj)))
                continue
            if group == _ATOMS:  # a root
                continue
            if len(visible) >= limit:
                shapes[object_id] = hash((info[3], "unexpanded"))
                self.capped = True
                continue
            expanded.add(object_id)
            # An instance's edges leave its class out (describe.py).
            instance = group == _INSTANCES
            if instance:
                targets = get_referents(obj)
                # An instance's size is its class's (its __dict__, if any, is an object of its own).
                detail = None
            elif group == _CONTAINERS and len(obj) <= max_items:
                # Iterating a builtin container runs no learner code (and, unlike
                # gc.get_referents, raises no audit event). The size tells a list that grew its
                # storage; a tuple's follows from its length.
                targets = list(obj)
                detail = info[4](obj) if info[4] is not None else None
            else:
                targets, detail = targets_of(obj, info[0])
                detail = (None if info[2] else captured.getsizeof(obj), detail)
            target_ids = tuple(map(key, targets))
            for target_id, target in zip(target_ids, targets):
                if target_id not in visible and not (instance and issubclass(type(target), type)):
                    visible[target_id] = target
                    if type(target) not in _ATOM_TYPES:
                        queue.append(target_id)
            shapes[object_id] = hash((info[3], detail, target_ids))
        obj = cls = targets = target = None
        # Immutable and referencing nothing: an atom's value is its shape (an address reused by
        # another int must not keep the old one's repr).
        atoms = list(filterfalse(shapes.__contains__, visible))
        values = list(map(visible.__getitem__, atoms))
        shapes.update(zip(atoms, map(hash, zip(map(key, map(type, values)), values))))
        return shapes, expanded

    def _class_info_of(self, cls):
        """(kind, group, whether it overrides __sizeof__ in Python, its key, the builtin __sizeof__
        of an exact mutable container) of a class."""
        kind = self._reader.kind_of(cls)
        sizeof = None
        if kind is ATOM:
            group = _ATOMS
        elif kind is LEAF:
            group = _LEAVES
        elif cls in _EXACT_CONTAINERS:
            group = _CONTAINERS
            sizeof = None if cls is tuple else cls.__sizeof__
        elif kind is INSTANCE:
            group = _INSTANCES
        else:
            group = _OTHERS
        return kind, group, size_overridden(cls), key(cls), sizeof

    def describe(self, visible, shapes, expanded, snapshot_refs):
        """Brings `records` up to date for every visible object; returns the texts that changed."""
        ids = list(visible)
        raw = raw_counts(visible)
        if snapshot_refs:
            raw = [count - snapshot_refs.get(object_id, 0) for object_id, count in zip(ids, raw)]
        generations = self._generations.resolve(visible, compress(ids, map(captured.gc_is_tracked, visible.values())))
        states = list(map(hash, zip(map(shapes.__getitem__, ids), raw, map(generations.get, ids, repeat(_UNTRACKED)))))
        differs = list(map(operator.ne, map(self._states.get, ids), states))
        self._states.update(compress(zip(ids, states), differs))
        changed = []
        for object_id, count in compress(zip(ids, raw), differs):
            obj = visible[object_id]
            shape = shapes[object_id]
            if self._shapes.get(object_id) != shape:
                self._shapes[object_id] = shape
                self._statics[object_id] = self._static(obj, object_id in expanded)
            text = self._text(object_id, obj, count, generations.get(object_id), self._statics[object_id])
            del obj
            self.records[object_id] = text
            changed.append(text)
        return changed

    def _text(self, object_id, obj, raw, generation, static, flags=""):
        """A record's JSON: its count and generation around its static part (see _static)."""
        if is_immortal(obj, raw):
            head = '{"id":%d,"refcount":%d,"immortal":true,' % (address(object_id), raw)
        else:
            head = '{"id":%d,"refcount":%d,' % (address(object_id), raw - self._offset)
        if generation is None:
            tail = '"tracked":false,"generation":null,'
        else:
            tail = '"tracked":true,"generation":%d,' % generation
        return head + tail + static + flags + "}"

    def _static(self, obj, was_expanded):
        """What the record says beyond refcount and generation, as JSON without its braces."""
        cls = type(obj)
        fields = {"type": type_name(cls), "repr": short_repr(obj), "size": size(obj), "size64": size64(obj)}
        if not was_expanded:
            kind = self._reader.kind_of(cls)
            fields["edges"] = []
            if kind is not ATOM and kind is not LEAF:
                fields["unexpanded"] = True
        else:
            fields["edges"] = self.labelled_edges(obj)
            length = self._reader.left_out(obj)
            if length is not None:
                fields["length"] = length
        return captured.json_dumps(fields)[1:-1]

    def labelled_edges(self, obj):
        """[(label, target address, kind)] of the object's references."""
        if type(obj) in _SEQUENCE_TYPES:
            # Most rebuilt records are lists; their labels are their indexes.
            return list(zip(self._index_labels, map(address_of, obj[: self._reader.max_items]), repeat("ref")))
        out = []
        self._reader.edges(obj, lambda label, target, kind: out.append((label, address_of(target), kind)))
        return out

    def describe_detached(self, objects):
        """Records, flagged unreachable, of objects outside the reachable graph (garbage waiting
        for the collector), built whole; returns those that changed. Should such an object be
        reached again, its next record is rebuilt."""
        counts = raw_counts(objects)
        generations = self._generations.resolve(objects, objects)
        changed = []
        for (object_id, obj), count in zip(objects.items(), counts):
            text = self._text(object_id, obj, count, generations.get(object_id), self._static(obj, True), ',"unreachable":true')
            self._shapes.pop(object_id, None)
            self._states.pop(object_id, None)
            if self.records.get(object_id) != text:
                self.records[object_id] = text
                changed.append(text)
        return changed
