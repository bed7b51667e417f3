# Checks: PEP 442 - objects with __del__ in a reference cycle are collected: every
# finaliser runs once, then the cycle is freed; gc.garbage stays empty.
import gc

gc.collect()
gc.disable()
log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        log.append(self.name)
        # During finalisation the other members of the cycle are still intact.
        log.append(f"{self.name}.next is {self.next.name}")


a, b, c = Node("a"), Node("b"), Node("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("nothing finalised yet:", log)
found = gc.collect()
print("gc.collect() found:", found)
print("finalisers ran:", sorted(entry for entry in log if len(entry) == 1))
print("each saw an intact neighbour:", sorted(entry for entry in log if len(entry) > 1))
print("gc.garbage:", gc.garbage)
print("nothing left for a second pass:", gc.collect())

log.clear()
x = Node("x")
x.next = x
del x
gc.collect()
print("self-cycle finalised:", log)
gc.enable()
