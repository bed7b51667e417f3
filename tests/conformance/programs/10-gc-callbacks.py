# Checks: gc.callbacks receive ("start", info) and ("stop", info) around a collection;
# the info dict reports generation, collected and uncollectable.
import gc

events = []


def on_gc(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.collect()
gc.disable()
gc.callbacks.append(on_gc)


class Node:
    pass


for size in (2, 3):
    nodes = [Node() for _ in range(size)]
    for i, n in enumerate(nodes):
        n.next = nodes[(i + 1) % size]
    del nodes, n

gc.collect()
gc.collect(0)
gc.callbacks.remove(on_gc)
gc.collect()
for event in events:
    print(event)
print("keys seen by a callback:")
seen = []
gc.callbacks.append(lambda phase, info: seen.append(sorted(info)))
gc.collect()
gc.callbacks.clear()
print(seen[0])
print("callbacks after clear():", gc.callbacks)
gc.enable()
