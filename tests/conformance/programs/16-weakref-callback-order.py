# Checks: when an object dies, its weak references are cleared and their callbacks run
# immediately, newest callback first; a callback-less ref is cleared too.
import weakref


class Thing:
    pass


log = []


def make_callback(label):
    def callback(ref):
        log.append((label, ref() is None))

    return callback


t = Thing()
plain = weakref.ref(t)
first = weakref.ref(t, make_callback("first"))
second = weakref.ref(t, make_callback("second"))
third = weakref.ref(t, make_callback("third"))
print("before del:", log)
del t
print("after del:", log)
print("plain ref cleared:", plain() is None)

log.clear()
t = Thing()
kept = weakref.ref(t, make_callback("kept"))
dropped = weakref.ref(t, make_callback("dropped"))
del dropped  # a ref that itself dies first never calls back
del t
print("only the surviving ref called back:", log)

log.clear()
items = [Thing() for _ in range(3)]
refs = [weakref.ref(obj, make_callback(i)) for i, obj in enumerate(items)]
items.clear()  # the list drops its items last-to-first
print("list.clear() callback order:", [label for label, _ in log])
