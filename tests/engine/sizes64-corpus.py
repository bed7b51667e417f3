"""Objects whose sys.getsizeof on 64-bit CPython sizes64.size64 must reproduce from a 32-bit build.

It defines CORPUS, (label, object) pairs that size64 covers, and NOT_DERIVED, objects it must
answer None for (types it does not cover, states two layouts would explain). Objects are built by
statements (appends, deletions, dict growth, instances), so their capacities and tables are the
ones real programs leave behind. Everything stays referenced until it is measured.

Run as a script, `python3 sizes64-corpus.py DIR_OF_SIZES64`, it prints one JSON object: the
interpreter's version and pointer size, [label, sys.getsizeof, size64] for each CORPUS entry and
[label, size64] for each NOT_DERIVED one. tests/engine/sizes64*.test.ts run this same file under
native 64-bit python3 and inside Pyodide, so both measure objects built by the same statements.
"""

import abc
import collections
import dataclasses
import gc
import json
import struct
import sys
import types

CORPUS = []
NOT_DERIVED = []


def add(label, obj):
    CORPUS.append((label, obj))


# --- int and bool: 30-bit digits, the sign in ob_size (3.11) or lv_tag (3.12+) -------------------
for label, value in [
    ("int 0", 0), ("int 1", 1), ("int -1", -1), ("int 255", 255), ("int 2**30-1", 2**30 - 1),
    ("int 2**30", 2**30), ("int -(2**30)", -(2**30)), ("int 2**60", 2**60), ("int 2**64", 2**64),
    ("int -(2**100)", -(2**100)), ("int 10**100", 10**100), ("int 1 << 1000", 1 << 1000),
    ("int from str", int("9" * 50)), ("int 2**100 - 2**100", 2**100 - 2**100),
    ("bool True", True), ("bool False", False),
]:
    add(label, value)

# --- float, complex ------------------------------------------------------------------------
add("float 0.0", 0.0)
add("float 1.5", 1.5)
add("float inf", float("inf"))
add("complex 1j", 1j)
add("complex (1+2j)", complex(1, 2))

# --- str: every kind, and the UTF-8 cache ---------------------------------------------------
add("str empty", "")
add("str ascii 1", "a")
add("str ascii 11", "hello world")
add("str ascii 1000", "x" * 1000)
add("str interned", sys.intern("".join(["inter", "ned_name"])))
add("str latin-1 1", "é")
add("str latin-1 cafe", "".join(["caf", "é"]))
add("str latin-1 50", "naïve" * 10)
add("str ucs2 1", "\u0100")
add("str ucs2 kanji", "".join(["日本", "語"]))
add("str ucs4 emoji", "\U0001F600")
add("str ucs4 mixed", "".join(["a", "\U0001F600", "é"]))
add("str lone surrogate", "".join(["x", "\ud800"]))
cached_latin1 = "".join(["h", "é", "llo"])
type(cached_latin1, (), {})  # type() asks for the name's UTF-8 form, which the str then caches
add("str latin-1 with utf-8 cache", cached_latin1)
cached_ucs2 = "".join(["Ωm", "ega"])
type(cached_ucs2, (), {})
add("str ucs2 with utf-8 cache", cached_ucs2)
cached_ucs4 = "".join(["\U0001F40D", "py"])
type(cached_ucs4, (), {})
add("str ucs4 with utf-8 cache", cached_ucs4)

# --- bytes, bytearray ----------------------------------------------------------------------
add("bytes empty", b"")
add("bytes 3", b"abc")
add("bytes 1000", bytes(1000))
add("bytearray empty", bytearray())
add("bytearray 3", bytearray(b"abc"))
add("bytearray(100)", bytearray(100))
grown_bytes = bytearray()
for i in range(37):
    grown_bytes.append(i)
add("bytearray appended 37", grown_bytes)
cut_bytes = bytearray(b"x" * 200)
del cut_bytes[:150]
add("bytearray after del [:150]", cut_bytes)

# --- tuple ---------------------------------------------------------------------------------
add("tuple empty", ())
add("tuple 1", (1,))
add("tuple 2 nested", ((1, 2), (3, 4)))
add("tuple 100", tuple(range(100)))
add("tuple divmod", divmod(17, 5))

# --- list: the capacity left by how it was built -------------------------------------------
add("list empty", [])
add("list literal 3", [1, 2, 3])
add("list [0]*10", [0] * 10)
add("list(range(17))", list(range(17)))
appended = []
for i in range(50):
    appended.append(i)
add("list appended 50", appended)
popped = list(range(100))
for _ in range(90):
    popped.pop()
add("list 100 popped to 10", popped)
cleared = list(range(30))
cleared.clear()
add("list cleared", cleared)
add("list comprehension 20", [i * i for i in range(20)])
extended = [1]
extended.extend(range(100))
add("list extended", extended)
inserted = []
for i in range(9):
    inserted.insert(0, i)
add("list inserted 9", inserted)
repeated = [1, 2]
repeated *= 7
add("list *= 7", repeated)

# --- dict: table sizes, kinds, deletions ----------------------------------------------------
add("dict empty", {})
add("dict 1 str key", {"a": 1})
add("dict 1 int key", {1: 2})
add("dict 5 str keys", dict(a=1, b=2, c=3, d=4, e=5))
add("dict 6 str keys", dict(a=1, b=2, c=3, d=4, e=5, f=6))
add("dict.fromkeys(range(6))", dict.fromkeys(range(6)))
add("dict.fromkeys(range(100))", dict.fromkeys(range(100)))
grown = {}
for i in range(1000):
    grown[i] = i
add("dict grown to 1000", grown)
halved = {}
for i in range(1000):
    halved[str(i)] = i
for i in range(500):
    del halved[str(i)]
add("dict 1000 str keys, 500 deleted", halved)
emptied = dict.fromkeys("abcdefghijklmnopqrst")
for key in "abcdefghijklmnopqrst":
    del emptied[key]
add("dict of 20 emptied by del", emptied)
reset = dict.fromkeys(range(50))
reset.clear()
add("dict cleared", reset)
general_str = {"a": 1, 2: 2}
del general_str[2]
add("dict general table with only str keys", general_str)
add("dict comprehension 300", {i: str(i) for i in range(300)})
add("dict merged", {**{"x": 1}, **{"y": 2, "z": 3}})
big_keys = {}
for i in range(40000):
    big_keys[i] = None
add("dict 40000 keys (2-byte indices)", big_keys)


# --- instances and their __dict__: split tables, managed dicts, inline values ----------------
class Empty:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("x", "y", "z")


class SlottedChild(Slotted):
    __slots__ = ("w",)


class PlainChildOfSlotted(Slotted):
    pass


class WithDictSlot:
    __slots__ = ("a", "__dict__")


class WithWeakrefSlot:
    __slots__ = ("__weakref__",)


class NoSlots:
    __slots__ = ()


class Both(Point, Empty):
    pass


class Abstract(abc.ABC):
    pass


@dataclasses.dataclass
class Record:
    name: str
    score: int


class Many:
    pass


class Twelve:
    pass


add("instance Empty", Empty())
point = Point(1, 2)
add("instance Point", point)
add("instance Point.__dict__", point.__dict__)
add("instance Slotted", Slotted())
add("instance SlottedChild", SlottedChild())
add("instance PlainChildOfSlotted", PlainChildOfSlotted())
with_dict = WithDictSlot()
with_dict.b = 1
add("instance WithDictSlot", with_dict)
add("instance WithDictSlot.__dict__", with_dict.__dict__)
add("instance WithWeakrefSlot", WithWeakrefSlot())
add("instance NoSlots", NoSlots())
add("instance Both (multiple inheritance)", Both(3, 4))
add("instance Abstract (abc.ABC)", Abstract())
record = Record("ada", 3)
add("instance dataclass", record)
add("instance dataclass __dict__", record.__dict__)
reordered = Point(5, 6)
del reordered.x
reordered.x = 7  # keys in another order than the class's shared keys
add("instance __dict__ in another order", reordered.__dict__)
deleted = Point(8, 9)
del deleted.y
add("instance __dict__ after del attr", deleted.__dict__)
many = Many()
for i in range(40):
    setattr(many, "attr%d" % i, i)  # more than a split table holds: a combined table
add("instance __dict__ with 40 attributes", many.__dict__)
add("instance with 40 attributes", many)
odd_key = Point(1, 1)
odd_key.__dict__[1] = "int key"  # a non-str key: the table becomes general
add("instance __dict__ with an int key", odd_key.__dict__)
add("instance __dict__ copy", point.__dict__.copy())
# Each new instance takes one slot from its class's shared keys (init_inline_values), so the 13th
# Twelve's __dict__ has the same 32-bit size as a combined {"a": 1}: told apart without guessing.
twelve = [Twelve() for _ in range(13)]
twelve[-1].a = 1
add("instance __dict__ sized like {'a': 1}", twelve[-1].__dict__)
add("copy of that __dict__ (split, values not embedded)", twelve[-1].__dict__.copy())


def orphan_dict():
    class Gone:
        pass

    gone = Gone()
    gone.a = 1
    gone.b = 2
    return gone.__dict__


# The class and its instance die: the split table keeps the last reference to the shared keys,
# which sys.getsizeof then counts too.
orphan = orphan_dict()
gc.collect()
add("orphaned split __dict__", orphan)

# --- set, frozenset, range, singletons -------------------------------------------------------
add("set empty", set())
add("set 1", {1})
add("set 4 (smalltable)", {1, 2, 3, 4})
add("set(range(5))", set(range(5)))
add("set(range(100))", set(range(100)))
shrunk = set(range(100))
for i in range(90):
    shrunk.discard(i)
add("set 100 discarded to 10", shrunk)
added_set = set()
for i in range(33):
    added_set.add(str(i))
add("set added 33 str", added_set)
add("frozenset empty", frozenset())
add("frozenset(range(3))", frozenset(range(3)))
add("frozenset(range(50))", frozenset(range(50)))
add("range(10)", range(10))
add("range(-5, 5, 2)", range(-5, 5, 2))
add("range(10**30)", range(10**30))
add("None", None)
add("Ellipsis", ...)
add("NotImplemented", NotImplemented)
add("object()", object())


# --- what size64 must not derive -------------------------------------------------------------
class OwnSizeof:
    def __sizeof__(self):
        return 1000


class MyList(list):
    pass


class MyStr(str):
    pass


class Eleven:
    pass


# An empty split __dict__ of the 13th instance and an emptied combined {"a": 1, "b": 2} have the
# same 32-bit size, and with no item left there is nothing to tell the two layouts apart.
eleven = [Eleven() for _ in range(13)]
small_emptied = {"a": 1, "b": 2}
del small_emptied["a"], small_emptied["b"]
for label, obj in [
    ("own __sizeof__", OwnSizeof()), ("list subclass", MyList([1, 2])), ("str subclass", MyStr("s")),
    ("function", orphan_dict), ("module", sys), ("class", Point), ("exception", ValueError("x")),
    ("SimpleNamespace", types.SimpleNamespace(a=1)), ("OrderedDict", collections.OrderedDict(a=1)),
    ("deque", collections.deque([1])), ("list iterator", iter([1])), ("memoryview", memoryview(b"ab")),
    ("empty split __dict__ of the 13th instance", eleven[-1].__dict__),
    ("combined dict of 2 emptied by del", small_emptied),
]:
    NOT_DERIVED.append((label, obj))


if __name__ == "__main__":
    sys.path.insert(0, sys.argv[1])
    import sizes64

    print(json.dumps({
        "version": list(sys.version_info[:3]),
        "pointerSize": struct.calcsize("P"),
        "covered": [[label, sys.getsizeof(obj), sizes64.size64(obj)] for label, obj in CORPUS],
        "notDerived": [[label, sizes64.size64(obj)] for label, obj in NOT_DERIVED],
    }))
