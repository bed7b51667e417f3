# fails: example, hidden-paths
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = None if parent is None else weakref.ref(parent)
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return None if self._parent is None else self._parent()

    def path(self):
        names = []
        node = self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return "/".join(reversed(names))


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
