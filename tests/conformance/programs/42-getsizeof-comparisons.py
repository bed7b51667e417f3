# Checks: sys.getsizeof as relative facts only. Absolute sizes differ between 64-bit
# CPython and 32-bit WebAssembly, but these comparisons and differences hold on both.
import sys


class WithDict:
    def __init__(self):
        self.a = 1
        self.b = 2


class WithSlots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


print("slots instance < dict-based instance + its __dict__:",
      sys.getsizeof(WithSlots()) < sys.getsizeof(WithDict()) + sys.getsizeof(WithDict().__dict__))
print("bytes grow one byte per byte:", sys.getsizeof(b"abcd") - sys.getsizeof(b""))
print("ASCII str grows one byte per char:", sys.getsizeof("abcd") - sys.getsizeof(""))
ascii_size = sys.getsizeof("aaaa")
latin_size = sys.getsizeof("\u00e9" * 4)
bmp_size = sys.getsizeof("\u20ac" * 4)
astral_size = sys.getsizeof("\U0001f600" * 4)
print("wider characters cost more:", ascii_size < latin_size < bmp_size < astral_size)
print("euro sign string: 2 bytes per char:", sys.getsizeof("\u20ac" * 10) - sys.getsizeof("\u20ac" * 5) == 10)
print("emoji string: 4 bytes per char:", sys.getsizeof("\U0001f600" * 10) - sys.getsizeof("\U0001f600" * 5) == 20)

pointer = sys.getsizeof([None, None]) - sys.getsizeof([None])
print("a list slot is one pointer wide (4 or 8 bytes):", pointer in (4, 8))
print("a tuple slot is one pointer too:", sys.getsizeof((1, 2, 3)) - sys.getsizeof((1, 2)) == pointer)
print("getsizeof is shallow: list of big strings = list of small ones:",
      sys.getsizeof(["x" * 1000]) == sys.getsizeof(["x"]))
print("empty dict < dict with one key:", sys.getsizeof({}) < sys.getsizeof({"k": 1}))
print("range is constant-size:", sys.getsizeof(range(10)) == sys.getsizeof(range(10**9)))
print("int grows with magnitude:", sys.getsizeof(1) < sys.getsizeof(2**100) < sys.getsizeof(2**1000))
print("0 is not larger than 1:", sys.getsizeof(0) <= sys.getsizeof(1))
gen_size = sys.getsizeof(x for x in range(10**6))
list_size = sys.getsizeof([x for x in range(1000)])
print("a generator is smaller than a 1000-item list:", gen_size < list_size)


class Sized:
    def __sizeof__(self):
        return 1000


class Broken:
    def __sizeof__(self):
        raise TypeError("no size")


print("__sizeof__ is used, plus the GC header:", sys.getsizeof(Sized()) > 1000)
print("the default is returned when __sizeof__ fails:", sys.getsizeof(Broken(), -1))
try:
    sys.getsizeof(Broken())
except TypeError as e:
    print("without a default the error propagates:", e)
