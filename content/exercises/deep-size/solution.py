import sys


def deep_size(obj, seen=None):
    """The bytes obj takes together with everything it holds."""
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        for key, value in obj.items():
            size += deep_size(key, seen) + deep_size(value, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for item in obj:
            size += deep_size(item, seen)
    return size


# The checks use these two: leave them as they are.
def make_table(n):
    return {1000 + i: [i * 0.5, -i] for i in range(n)}


def table_size(n):
    return deep_size(make_table(n))


prices = {"apple": [1.25, 1.5], "pear": [0.75]}
print(sys.getsizeof(prices), deep_size(prices))
