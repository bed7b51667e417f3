# Checks: sys.getrefcount on a fresh object as names are bound and unbound.
# getrefcount() reports one extra reference: its own argument.
import sys

x = object()
print("fresh object, one name:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
z = y
print("after z = y:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
z = None
print("after z = None:", sys.getrefcount(x))
print("x is still usable:", type(x).__name__)


def count_inside():
    local = object()
    first = sys.getrefcount(local)
    alias = local
    second = sys.getrefcount(local)
    del alias
    third = sys.getrefcount(local)
    return first, second, third


print("inside a function:", count_inside())
