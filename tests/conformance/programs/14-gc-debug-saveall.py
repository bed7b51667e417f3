# Checks: gc.set_debug(gc.DEBUG_SAVEALL) keeps unreachable objects in gc.garbage
# instead of freeing them.
import gc

gc.collect()
gc.disable()
print("debug flags at start:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("DEBUG_SAVEALL set:", gc.get_debug() == gc.DEBUG_SAVEALL)


class Node:
    def __init__(self, name):
        self.name = name


a = Node("a")
b = Node("b")
a.other, b.other = b, a
lst = [1, 2]
lst.append(lst)
del a, b, lst
print("collect found:", gc.collect())
print("garbage types:", sorted(type(o).__name__ for o in gc.garbage))
print("node names:", sorted(o.name for o in gc.garbage if isinstance(o, Node)))
gc.set_debug(0)
gc.garbage.clear()
print("garbage cleared:", gc.garbage)
# gc.garbage held the only references; clearing it leaves the same cycles as garbage again.
print("next collect found:", gc.collect())
print("debug flags now:", gc.get_debug())
gc.enable()
