class Node:
    def __init__(self, name):
        self.name = name
        self.children = []  # refcount: self


root = Node("root")  # refcount: Node
child = Node("child")  # refcount: root
root.children.append(child)  # refcount: child
registry = {id(root): root, id(child): child}  # refcount: root, child
del registry[id(child)]  # refcount: child, registry
