# Checks: a plain weakref to a bound method dies at once (the bound method is a
# temporary object); weakref.WeakMethod tracks the instance and function instead.
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def on_click(self):
        return self.label + " clicked"


b = Button("OK")
plain = weakref.ref(b.on_click)
print("plain weakref to b.on_click is dead immediately:", plain() is None)
print("b.on_click is b.on_click:", b.on_click is b.on_click, "| ==:", b.on_click == b.on_click)

wm = weakref.WeakMethod(b.on_click)
method = wm()
print("WeakMethod returns a fresh bound method:", method())
del method
print("still alive while the instance lives:", wm() is not None)
notified = []
wm2 = weakref.WeakMethod(b.on_click, lambda ref: notified.append("instance gone"))
del b
print("after del b:", wm(), notified)

listeners = []
for label in ("A", "B"):
    btn = Button(label)
    listeners.append((btn, weakref.WeakMethod(btn.on_click)))
print("calls:", [ref()() for _, ref in listeners])
listeners.pop(0)
del btn
print("after dropping button A:", sorted(ref()() for _, ref in listeners if ref() is not None))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("WeakMethod(len) -> TypeError:", e)
