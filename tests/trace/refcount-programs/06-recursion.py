def depth(node, level):
    if node is None:
        return level
    return depth(node[1], level + 1)  # refcount: node


chain = None
for _ in range(4):
    chain = (object(), chain)
print(depth(chain, 0))  # refcount: chain
