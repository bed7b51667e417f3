# Checks: weakref.ref does not keep its referent alive; calling a dead ref returns None;
# the callback receives the dead ref; some built-in types cannot be weakly referenced.
import sys
import weakref


class Thing:
    def __init__(self, name):
        self.name = name


t = Thing("t")
before = sys.getrefcount(t)
r = weakref.ref(t)
print("refcount unchanged by a weak ref:", sys.getrefcount(t) == before)
print("r() is t:", r() is t)
print("getweakrefcount:", weakref.getweakrefcount(t))
print("same ref object reused when there is no callback:", weakref.ref(t) is r)


def gone(ref):
    print("callback: ref is r2:", ref is r2, "- ref() now returns", ref())


r2 = weakref.ref(t, gone)
print("getweakrefcount with a callback ref:", weakref.getweakrefcount(t))
print("deleting the only strong reference")
del t
print("r() after del:", r())

for value in (42, "text", (1, 2), [1], {}, None):
    try:
        weakref.ref(value)
        print(type(value).__name__, "-> weak reference allowed")
    except TypeError as e:
        print(type(value).__name__, "-> TypeError:", e)


class MyList(list):
    pass


print("a list subclass can be weakly referenced:", weakref.ref(MyList()) is not None)
p = Thing("proxied")
proxy = weakref.proxy(p)
print("proxy attribute:", proxy.name)
del p
try:
    proxy.name
except ReferenceError as e:
    print("ReferenceError:", e)
