# fails: frees-the-pair, reports
import gc

closed = []  # what the finalizers closed, for the report below


class Connection:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        closed.append(self.name)


a, b = Connection("a"), Connection("b")
a.peer, b.peer = b, a
a.peer = None
del a, b

print("freed:", gc.collect())
print("closed:", sorted(closed))
