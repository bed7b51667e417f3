# Checks: a closure keeps captured objects alive as long as the closure exists; loop
# closures share one cell (late binding) unless a default argument snapshots the value.
import weakref


class Big:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("  Big", self.label, "freed")


def make_reader():
    data = Big("captured")

    def read():
        return data.label

    return read


reader = make_reader()
print("make_reader() returned; data is still alive:", reader())
print("del reader:")
del reader
print("after del reader")

funcs = [lambda: i for i in range(3)]
print("late binding:", [f() for f in funcs])
print("all share one cell:", funcs[0].__closure__[0] is funcs[2].__closure__[0])
funcs = [lambda i=i: i for i in range(3)]
print("default-argument snapshot:", [f() for f in funcs])
print("no closure needed then:", funcs[0].__closure__)


def make_pair():
    shared = Big("shared")
    return (lambda: shared.label), (lambda: shared.label.upper())


a, b = make_pair()
probe = weakref.ref(a.__closure__[0].cell_contents)
print("two closures, one object:", a(), b())
del a
print("after del a, still alive:", probe() is not None)
print("del b:")
del b
print("alive:", probe() is not None)
