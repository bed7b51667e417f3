# Checks: instance attributes, class attributes and bound methods are all strong references.
import sys


class Holder:
    pass


payload = object()
base = sys.getrefcount(payload)

h = Holder()
h.value = payload
print("stored as an instance attribute: +", sys.getrefcount(payload) - base)

Holder.shared = payload
print("plus a class attribute: +", sys.getrefcount(payload) - base)

del h.value
print("after del h.value: +", sys.getrefcount(payload) - base)
del Holder.shared
print("after del Holder.shared: +", sys.getrefcount(payload) - base)


class Speaker:
    def speak(self):
        return "hi"


s = Speaker()
s_base = sys.getrefcount(s)
bound = s.speak
print("a bound method references its instance: +", sys.getrefcount(s) - s_base)
print("bound.__self__ is s:", bound.__self__ is s)
del bound
print("after del bound: +", sys.getrefcount(s) - s_base)

h2 = Holder()
h2.me = h2
print("an object referring to itself counts that reference: +", sys.getrefcount(h2) - s_base)
del h2.me
print("after breaking the self-reference: +", sys.getrefcount(h2) - s_base)
