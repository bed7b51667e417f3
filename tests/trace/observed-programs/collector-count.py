# Prints the collector's allocation count at every iteration: functions, containers, strings, instances.
import gc
class Node:
    def __init__(self, value, link):
        self.value = value
        self.link = link
def build(n):
    out = []
    for k in range(n):
        out.append((k, str(k)))
    return out
head = None
ring = [None] * 16
index = {}
counts = []
for i in range(60):
    head = Node(i, head if i % 16 else None)
    ring[i % 16] = head
    index[i % 7] = [head, build(i % 4)]
    counts.append(gc.get_count()[0])
print(counts[::5], gc.get_stats()[0]["collections"], gc.get_stats()[1]["collections"])
