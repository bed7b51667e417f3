# fails: no-connection-left
import gc

closed = []  # what the finalizers closed, for the report below


class Connection:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        closed.append(self.name)


gc.set_debug(gc.DEBUG_SAVEALL)  # keep what the collector finds, to look at it
a, b = Connection("a"), Connection("b")
a.peer, b.peer = b, a
del a, b

print("freed:", gc.collect())
print("closed:", sorted(closed))
