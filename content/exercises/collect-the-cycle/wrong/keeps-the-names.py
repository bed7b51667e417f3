# fails: frees-the-cycle, no-node-left, reports
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
found = gc.collect()
print(found >= 2)
