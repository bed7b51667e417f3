# Checks: PEP 442 - an object resurrected by its __del__ stays alive, and __del__ is
# never called a second time for the same object.
import gc

graveyard = []


class Phoenix:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Phoenix.calls += 1
        print("__del__ call", Phoenix.calls, "for", self.name)
        graveyard.append(self)


p = Phoenix("bird")
del p
print("resurrected objects:", [x.name for x in graveyard])
revived = graveyard.pop()
print("it still works:", revived.name)
del revived
print("__del__ calls after the second death:", Phoenix.calls)
print("graveyard is empty:", graveyard == [])


class Cyclic:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("__del__ for cyclic", self.name)
        graveyard.append(self)


gc.collect()
gc.disable()
c = Cyclic("loop")
del c
print("collect #1 found:", gc.collect())
print("resurrected:", [x.name for x in graveyard])
graveyard.clear()
print("collect #2 found:", gc.collect())
gc.enable()
