# Checks: local variables die when their function returns, unless something keeps the
# frame (or the objects) alive: a returned closure, a stored frame object, a generator.
import sys


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


def plain():
    m = Marker("plain local")
    print("  returning from plain()")


print("call plain():")
plain()
print("after plain()")


def leak_frame():
    m = Marker("frame local")
    return sys._getframe()


print("call leak_frame():")
frame = leak_frame()
print("the returned frame still holds:", sorted(frame.f_locals))
print("frame.clear() releases the locals:")
frame.clear()
print("locals after clear():", frame.f_locals)
del frame


def lazy():
    m = Marker("generator local")
    yield m.name
    yield "second"


print("generator keeps its frame's locals while suspended:")
g = lazy()
print("  first:", next(g))
print("  dropping the generator:")
del g
print("after del g")


def returns_local():
    m = Marker("returned")
    return m


print("a returned object outlives the frame:")
kept = returns_local()
print("  caller holds:", kept.name)
kept = None
print("end")
