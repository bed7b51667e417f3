# Objects made between collections of each generation; at the end the program looks each one up in
# gc.get_objects(generation) itself, with the collector off so that nothing moves meanwhile.
import gc
import json
import operator
from itertools import repeat

gc.disable()


class Node:
    def __init__(self, name):
        self.name = name


def generation_of(obj):
    for generation in range(3):
        # map() rather than a generator: no line event per object when traced.
        if any(map(operator.is_, gc.get_objects(generation), repeat(obj))):
            return generation
    return None


old = [Node("old") for _ in range(3)]
gc.collect(0)
middle = {"key": [1, 2]}
gc.collect(1)
young = [Node("young")]
gc.collect(0)
newest = (Node("newest"), [])
found = {name: generation_of(globals()[name]) for name in ("old", "middle", "young", "newest")}
print(json.dumps(found, sort_keys=True))
