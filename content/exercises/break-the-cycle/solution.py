import gc
import weakref

gc.disable()  # the collector is off: only reference counting frees objects here


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def close(self):
        """Break the cycles of this node and of every node under it."""
        for child in self.children:
            child.close()
        self.children.clear()
        self.parent = None


root = TreeNode("root")
for i in range(3):
    branch = TreeNode(f"branch-{i}", root)
    for j in range(3):
        leaf = TreeNode(f"leaf-{i}-{j}", branch)

root_ref = weakref.ref(root)
leaf_ref = weakref.ref(leaf)
root.close()
del root, branch, leaf
print("root freed:", root_ref() is None, "- last leaf freed:", leaf_ref() is None)
