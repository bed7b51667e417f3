# Checks: generator.throw() raises inside the paused frame; a generator caught in a
# reference cycle is finalised (finally runs) by the cyclic garbage collector.
import gc
import weakref


def worker():
    total = 0
    while True:
        try:
            value = yield total
            total += value
        except ValueError as e:
            print("  worker handled ValueError:", e)
            total = 0


w = worker()
next(w)
print("send 5 ->", w.send(5))
print("send 7 ->", w.send(7))
print("throw ValueError ->", w.throw(ValueError("reset")))
print("send 1 ->", w.send(1))
try:
    w.throw(KeyError("boom"))
except KeyError as e:
    print("unhandled KeyError propagates out:", e)
print("generator is closed now:", w.gi_frame is None)

gc.collect()
gc.disable()


class Holder:
    pass


def cyclic(holder):
    try:
        yield "running"
    finally:
        print("  finally of the cyclic generator")


h = Holder()
h.gen = cyclic(h)  # the generator's frame refers to h, and h refers to the generator
print(next(h.gen))
probe = weakref.ref(h)
del h
print("after del h: the cycle keeps the generator suspended")
print("gc.collect() ->")
found = gc.collect()
# Closing the generator cleared its frame, which broke the cycle: both objects were then
# freed by plain reference counting, so the collector itself reports them as not found.
print("gc.collect() returned:", found)
print("holder freed:", probe() is None)
gc.enable()
