# Checks: WeakKeyDictionary attaches data to objects without keeping them alive;
# WeakSet forgets members that die.
import weakref


class Widget:
    def __init__(self, name):
        self.name = name


notes = weakref.WeakKeyDictionary()
w1 = Widget("button")
w2 = Widget("slider")
notes[w1] = "clicked twice"
notes[w2] = "never used"
print("entries:", len(notes))
print("note for w1:", notes[w1])
del w1
print("entries after del w1:", len(notes))
print("remaining keys:", [w.name for w in notes.keys()])

live = weakref.WeakSet()
pool = [Widget("a"), Widget("b"), Widget("c")]
for w in pool:
    live.add(w)
print("WeakSet size:", len(live))
print("members:", sorted(w.name for w in live))
pool.pop()
del w
print("after dropping one:", sorted(w.name for w in live))
pool.clear()
print("after dropping all:", len(live))
print("w2 in notes:", w2 in notes)
del w2
print("notes now:", len(notes))
