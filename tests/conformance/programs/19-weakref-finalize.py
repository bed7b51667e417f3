# Checks: weakref.finalize runs its callback once, when the object dies or when called
# explicitly; detach() and peek() inspect or cancel it.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def release(name, reason="collected"):
    print("release", name, "-", reason)
    return "released " + name


r1 = Resource("r1")
f1 = weakref.finalize(r1, release, "r1")
print("alive before del:", f1.alive)
del r1
print("alive after del:", f1.alive)
print("calling a dead finalizer returns:", f1())

r2 = Resource("r2")
f2 = weakref.finalize(r2, release, "r2", reason="explicit call")
print("explicit call returns:", f2())
print("alive after the call:", f2.alive)
print("second call returns:", f2())
del r2
print("nothing more happens when r2 dies")

r3 = Resource("r3")
f3 = weakref.finalize(r3, release, "r3")
obj, func, args, kwargs = f3.peek()
print("peek:", obj.name, func.__name__, args, kwargs)
del obj
detached = f3.detach()
print("detach() returned the object:", detached[0] is r3)
print("alive after detach:", f3.alive)
del r3, detached
print("no callback after detach")

r4 = Resource("r4")
weakref.finalize(r4, release, "r4", reason="finalizer not stored anywhere")
print("the finalize object is kept alive internally; deleting r4:")
del r4

tmp = Resource("tmp")
fin = weakref.finalize(tmp, release, "tmp")
print("atexit flag defaults to:", fin.atexit)
fin.atexit = False
print("after setting it to False:", fin.atexit)
del tmp
print("a dead finalizer reports atexit:", fin.atexit)
try:
    weakref.finalize(7, print)
except TypeError as e:
    print("finalize on an int -> TypeError:", e)
