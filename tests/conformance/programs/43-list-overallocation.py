# Checks: list.append over-allocates. The sizes in bytes depend on the pointer width,
# but the list lengths at which the allocation grows, and the capacities, do not.
import sys


def capacity(lst):
    pointer = sys.getsizeof([None, None]) - sys.getsizeof([None])
    return (sys.getsizeof(lst) - sys.getsizeof([])) // pointer


lst = []
growth_points = []
last = capacity(lst)
for i in range(100):
    lst.append(i)
    cap = capacity(lst)
    if cap != last:
        growth_points.append((len(lst), cap))
        last = cap
print("append: (length that triggered growth, new capacity):")
print(growth_points)
print("list literal [1, 2, 3, 4, 5] capacity:", capacity([1, 2, 3, 4, 5]))
print("list(range(10)) capacity:", capacity(list(range(10))))
print("[0] * 10 capacity:", capacity([0] * 10))
print("comprehension of 10 capacity:", capacity([i for i in range(10)]))
shrink = list(range(100))
before = capacity(shrink)
del shrink[10:]
print("deleting 90 items shrinks the allocation:", capacity(shrink) < before, capacity(shrink))
shrink.clear()
print("clear() frees the item array:", capacity(shrink))
