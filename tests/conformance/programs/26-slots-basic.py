# Checks: __slots__ classes have no per-instance __dict__, reject unknown attributes,
# and report unset slots with AttributeError; sizes are only compared.
import sys


class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


d = PointDict(1, 2)
s = PointSlots(1, 2)
print("dict-based has __dict__:", hasattr(d, "__dict__"), d.__dict__)
print("slots-based has __dict__:", hasattr(s, "__dict__"))
print("slot descriptors on the class:", type(PointSlots.__dict__["x"]).__name__)
print("slots instance is smaller than dict instance + its dict:",
      sys.getsizeof(s) < sys.getsizeof(d) + sys.getsizeof(d.__dict__))
print("can weakref a slots instance:", hasattr(s, "__weakref__"))

try:
    s.z = 3
except AttributeError as e:
    print("setting an unknown attribute:", e)
try:
    s.__dict__
except AttributeError as e:
    print("reading __dict__:", e)

empty = PointSlots.__new__(PointSlots)
try:
    empty.x
except AttributeError as e:
    print("reading an unset slot:", e)
empty.x = 10
del empty.x
try:
    del empty.x
except AttributeError as e:
    print("deleting an unset slot:", e)

d.z = 3
print("dict-based accepts new attributes:", sorted(vars(d)))
try:
    vars(s)
except TypeError as e:
    print("vars() of a slots instance:", e)
