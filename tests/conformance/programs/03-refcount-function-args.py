# Checks: passing an object to a function adds references for the duration of the call
# (the caller's evaluation stack plus the callee's parameter), which vanish afterwards.
import sys

thing = object()
outside = sys.getrefcount(thing)
print("at module level:", outside)


def one(arg):
    return sys.getrefcount(arg)


def two(arg):
    return one(arg)


def keeps(arg, store):
    store.append(arg)
    return sys.getrefcount(arg)


print("inside one(): +", one(thing) - outside)
print("inside two() -> one(): +", two(thing) - outside)
print("after the calls: +", sys.getrefcount(thing) - outside)

stash = []
print("inside keeps(): +", keeps(thing, stash) - outside)
print("after keeps() returned, kept by the list: +", sys.getrefcount(thing) - outside)
stash.clear()
print("after stash.clear(): +", sys.getrefcount(thing) - outside)


def default_holder(arg=thing):
    return arg


print("a default argument holds a reference: +", sys.getrefcount(thing) - outside)
del default_holder
print("after deleting the function: +", sys.getrefcount(thing) - outside)

result = (lambda *args: sys.getrefcount(args[0]))(thing)
print("through *args: +", result - outside)
