/** The program the visualizer opens with when no link brings one: a cycle that only the collector can free. */
export const CYCLE_EXAMPLE = `import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a   # a cycle: each keeps the other alive

del a, b      # no name reaches them, yet they live on
found = gc.collect()
print("the collector freed", found, "objects")
`;
