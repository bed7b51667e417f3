# fails: example, hidden-pairs, prints-twenty
import gc


class Node:
    def __init__(self):
        self.partner = None


class Watcher:
    """Adds up what the collector reports freeing while it is in gc.callbacks."""

    def __init__(self):
        self.collected = 0

    def __call__(self, phase, info):
        if phase == "stop":
            self.collected += 1


def pairs_freed(n):
    gc.collect()  # start from a heap with no garbage in it
    watcher = Watcher()
    gc.callbacks.append(watcher)
    for _ in range(n):
        a, b = Node(), Node()
        a.partner, b.partner = b, a
    a = b = None
    gc.collect()
    gc.callbacks.remove(watcher)
    return watcher.collected


print(pairs_freed(10))
