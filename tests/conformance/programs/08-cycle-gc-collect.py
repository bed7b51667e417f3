# Checks: reference cycles survive `del` and are reclaimed only by the cyclic garbage
# collector; gc.collect() returns the number of unreachable objects it found.
import gc
import weakref

gc.collect()  # start from a clean heap: whatever start-up left behind is not ours to count
gc.disable()  # no automatic collection may run in the middle of the experiment


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
watch = weakref.ref(a)
del a, b
print("after del, the cycle is still alive:", watch() is not None)
print("gc.collect() found:", gc.collect())
print("after collect, alive:", watch() is not None)
print("a second collect finds:", gc.collect())

ring = [Node(str(i)) for i in range(5)]
for i, node in enumerate(ring):
    node.partner = ring[(i + 1) % 5]
watch = weakref.ref(ring[0])
del ring, node
print("ring of 5 nodes, collect found:", gc.collect())
print("ring alive:", watch() is not None)

lst = []
lst.append(lst)
del lst
print("a list containing itself, collect found:", gc.collect())

d = {}
d["self"] = d
d["list"] = [d]
del d
print("dict <-> list cycle, collect found:", gc.collect())

n = Node("with dict")
n.__dict__  # touching __dict__ materialises a real dict object for the instance
n.partner = n
del n
print("instance with a materialised __dict__, collect found:", gc.collect())
gc.enable()
