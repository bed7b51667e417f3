# fails: example, hidden-nested, hidden-shared, hidden-table
import sys


def deep_size(obj):
    """The bytes obj takes together with everything it holds."""
    # For now only the object itself: what it holds is left out.
    return sys.getsizeof(obj)


# The checks use these two: leave them as they are.
def make_table(n):
    return {1000 + i: [i * 0.5, -i] for i in range(n)}


def table_size(n):
    return deep_size(make_table(n))


prices = {"apple": [1.25, 1.5], "pear": [0.75]}
print(sys.getsizeof(prices), deep_size(prices))
