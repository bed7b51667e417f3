# Checks: how __slots__ interacts with inheritance, __weakref__ and class attributes.
import weakref


class Base:
    __slots__ = ("a",)


class NoSlotsChild(Base):
    pass


class SlotsChild(Base):
    __slots__ = ("b",)


class WithWeakref:
    __slots__ = ("v", "__weakref__")


class Base2:
    __slots__ = ("c",)


n = NoSlotsChild()
n.a = 1
n.anything = 2
print("subclass without __slots__ gets a __dict__:", n.__dict__)

s = SlotsChild()
s.a, s.b = 1, 2
print("subclass with __slots__:", s.a, s.b, hasattr(s, "__dict__"))
print("SlotsChild.__slots__ only lists its own:", SlotsChild.__slots__)

try:
    weakref.ref(Base())
except TypeError as e:
    print("weakref to a slots object without __weakref__:", e)
w = WithWeakref()
print("with a __weakref__ slot:", weakref.ref(w)() is w)

try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("slot conflicting with a class attribute:", e)

try:
    class Both(Base, Base2):
        pass
except TypeError as e:
    print("two bases with non-empty slots:", e)



class Hybrid:
    __slots__ = ("fixed", "__dict__")


h = Hybrid()
h.fixed = 1
h.extra = 2
print("'__dict__' in __slots__ re-enables dynamic attributes:", h.__dict__)


class Tagged:
    __slots__ = "single"


print("a string __slots__ means one slot:", Tagged.__slots__, hasattr(Tagged, "single"))
