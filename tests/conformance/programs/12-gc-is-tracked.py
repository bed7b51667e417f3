# Checks: gc.is_tracked - atomic objects are never tracked, containers are, and CPython
# untracks dicts/tuples that can never take part in a cycle.
import gc

gc.disable()  # keep automatic collections from untracking tuples at an unpredictable moment
print("int:", gc.is_tracked(42))
print("str:", gc.is_tracked("text"))
print("float:", gc.is_tracked(1.5))
print("None:", gc.is_tracked(None))
print("empty list:", gc.is_tracked([]))
print("list of ints:", gc.is_tracked([1, 2, 3]))
print("empty dict:", gc.is_tracked({}))
print("dict with atomic values:", gc.is_tracked({"a": 1}))
print("dict holding a list:", gc.is_tracked({"a": []}))
d = {"a": 1}
print("atomic dict before:", gc.is_tracked(d))
d["b"] = []
print("after storing a list in it:", gc.is_tracked(d))
print("set:", gc.is_tracked(set()))
print("function:", gc.is_tracked(lambda: None))


class Plain:
    pass


class Slotted:
    __slots__ = ()


print("instance of a class:", gc.is_tracked(Plain()))
print("instance of an empty-__slots__ class:", gc.is_tracked(Slotted()))

t = tuple([1, 2, 3])
print("fresh tuple of ints:", gc.is_tracked(t))
gc.collect()
print("same tuple after a collection:", gc.is_tracked(t))
t2 = tuple([1, []])
gc.collect()
print("tuple holding a list after a collection:", gc.is_tracked(t2))
gc.enable()
