# fails: reports
import gc

closed = []  # what the finalizers closed, for the report below


class Connection:
    def __init__(self, name):
        self.name = name
        self.peer = None


a, b = Connection("a"), Connection("b")
a.peer, b.peer = b, a
del a, b

print("freed:", gc.collect())
print("closed:", sorted(closed))
