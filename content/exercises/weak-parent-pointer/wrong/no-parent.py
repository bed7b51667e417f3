# fails: example, hidden-paths, prints-the-path
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        return self.name


def path_of(names):
    """Builds the chain names[0] -> names[1] -> ... and returns the last node's path."""
    node = None
    for name in names:
        node = Node(name, node)
    return node.path()


root = Node("home")
leaf = Node("notes.txt", Node("ada", root))
print(leaf.path())
leaf_ref = weakref.ref(leaf)
del root, leaf
