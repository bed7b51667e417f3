# Checks: close() throws GeneratorExit into a suspended generator so its finally/with
# cleanup runs; dropping the last reference does the same; a generator that yields in
# response to GeneratorExit makes close() raise RuntimeError.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  open", self.name)
        return self

    def __exit__(self, *exc):
        print("  close", self.name, "| exception:", exc[0].__name__ if exc[0] else None)
        return False


def reader(name):
    with Resource(name):
        try:
            yield 1
            yield 2
        finally:
            print("  finally in", name)


print("close() after one item:")
g = reader("a")
print("  got", next(g))
g.close()
print("  state after close:", g.gi_frame)
print("close() again is a no-op:", g.close())

print("drop the last reference:")
g = reader("b")
next(g)
g = None
print("  (cleanup happened before this line)")

print("close() on a generator that never started:")
g = reader("c")
g.close()
print("  nothing ran")

print("exhausted normally:")
for item in reader("d"):
    print("  item", item)


def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        print("  caught GeneratorExit, yielding anyway")
        yield "second"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
s = None


def swallow():
    try:
        yield
    except GeneratorExit:
        print("  GeneratorExit caught; returning normally is allowed")
        return


w = swallow()
next(w)
print("close() returned:", w.close())
