# Checks: a generator's frame exists only while it can still run: gi_frame, gi_running,
# gi_suspended and inspect.getgeneratorstate through the generator's life.
import inspect


def countdown(n):
    print("  generator body starts")
    while n > 0:
        print("  inside: gi_running =", gen.gi_running, "state =", inspect.getgeneratorstate(gen))
        yield n
        n -= 1
    print("  generator body ends")


gen = countdown(2)
print("created:", inspect.getgeneratorstate(gen), "| has frame:", gen.gi_frame is not None)
print("frame line before start:", gen.gi_frame.f_lineno)
print("locals before start:", gen.gi_frame.f_locals)
print("next ->", next(gen))
print("suspended:", gen.gi_suspended, "| state:", inspect.getgeneratorstate(gen))
print("locals while suspended:", gen.gi_frame.f_locals)
print("next ->", next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")
print("finished:", inspect.getgeneratorstate(gen), "| gi_frame:", gen.gi_frame)
print("gi_code name:", gen.gi_code.co_name)


def echo():
    received = yield "ready"
    while True:
        received = yield "got " + repr(received)


e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("two"))
try:
    echo().send("too early")
except TypeError as exc:
    print("TypeError:", exc)


def returns_value():
    yield 1
    return "done"


g = returns_value()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("StopIteration.value:", stop.value)
