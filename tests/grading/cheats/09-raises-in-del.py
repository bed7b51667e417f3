# exercise: collect-the-cycle
# targets: frees-the-cycle, no-node-left
# cheat: a __del__ that raises and resurrects, hoping to break the grader's collection
import gc

keep = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        keep.append(self)
        raise RuntimeError("not today")


a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(True)
