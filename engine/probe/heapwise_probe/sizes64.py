"""What sys.getsizeof would return for an object on 64-bit CPython of the running version.

Pyodide is CPython 3.11-3.14 compiled to 32-bit WebAssembly (wasm32: pointers, Py_ssize_t and
uintptr_t are 4 bytes, uint64_t and double are 8-aligned), so its sys.getsizeof is smaller than on
a learner's laptop. size64(obj) derives the 64-bit figure (LP64: x86-64 or arm64 Linux/macOS, the
default, non-debug, GIL build) from the object's state: its length, allocated capacity, int digits,
str kind and caches, dict key table and split values, set table, instance layout. What cannot be
read from Python (list capacity, a dict's table size, whether a str caches its UTF-8) is read back
from the 32-bit sys.getsizeof by inverting the same formula written for 32 bits. Every formula
below names the CPython structure it comes from.

Contract:
- size64(obj) -> int | None. None means "not derived": a type not covered below, a 32-bit layout
  that is not the one these formulas describe, or a state that two layouts would explain with
  different 64-bit sizes. It never guesses.
- On a 64-bit build it returns sys.getsizeof(obj) itself, for any object whose class does not
  define __sizeof__ in Python (None then: calling it would run learner code).
- Covered on 32-bit 3.11-3.14: int and bool, float, complex, str (every kind, with the UTF-8 and,
  on 3.11, wchar_t caches), bytes, bytearray, tuple, list, dict (combined, split, emptied), set,
  frozenset, range, None, Ellipsis, NotImplemented, object(), and instances of classes written in
  Python whose layout ends at object (with or without __dict__, __slots__, __weakref__), unless a
  class in the MRO defines __sizeof__. Exact types only: subclasses of builtins (namedtuples
  included) give None.
- The one covered state it cannot always tell: an EMPTY dict whose 32-bit size both a split table
  (an instance __dict__ with no attribute left) and an emptied combined table of 8 or 16 slots
  explain gives None; with at least one item the two are told apart.
- It runs no learner code (builtins and the functions it calls are bound at import, attributes of
  classes are read through type's own descriptors) and changes no object. For a small dict whose
  size fits both a split and a combined table, it copies the dict (with gc disabled) to tell them
  apart; that copy is a temporary allocation a running tracemalloc would see.
- Importing the module does nothing but define names.
"""

import gc as _gc
import struct as _struct
import sys as _sys

__all__ = ["size64"]

# Bound at import, before any learner code runs: a program that rebinds builtins.len or
# sys.getsizeof changes what it sees, not what this module computes.
_getsizeof = _sys.getsizeof
_get_referents = _gc.get_referents
_gc_isenabled = _gc.isenabled
_gc_enable = _gc.enable
_gc_disable = _gc.disable
_len, _type, _max, _ord, _all, _hasattr = len, type, max, ord, all, hasattr
_UnicodeError = UnicodeError
_int, _bool, _float, _complex = int, bool, float, complex
_str, _bytes, _bytearray = str, bytes, bytearray
_tuple, _list, _dict, _set, _frozenset, _range = tuple, list, dict, set, frozenset, range
_object = object
_NoneType, _EllipsisType, _NotImplementedType = type(None), type(...), type(NotImplemented)
_int_bit_length = int.bit_length
_str_isascii = str.isascii
_str_encode = str.encode
_dict_copy = dict.copy
_dict_popitem = dict.popitem
_mapping_get = type(type.__dict__).get  # mappingproxy.get
_C_METHODS = (type(object.__sizeof__), type(object.__init__))  # method_descriptor, wrapper_descriptor
# type's own descriptors: a metaclass cannot intercept these reads with properties or
# __getattribute__.
_type_flags = type.__dict__["__flags__"].__get__
_type_basicsize = type.__dict__["__basicsize__"].__get__
_type_itemsize = type.__dict__["__itemsize__"].__get__
_type_dictoffset = type.__dict__["__dictoffset__"].__get__
_type_weakrefoffset = type.__dict__["__weakrefoffset__"].__get__
_type_base = type.__dict__["__base__"].__get__
_type_mro = type.__dict__["__mro__"].__get__
_type_dict = type.__dict__["__dict__"].__get__

# Include/object.h
_TPFLAGS_MANAGED_WEAKREF = 1 << 3  # 3.12+
_TPFLAGS_MANAGED_DICT = 1 << 4     # 3.11+
_TPFLAGS_HEAPTYPE = 1 << 9
_TPFLAGS_HAVE_GC = 1 << 14

# ---------------------------------------------------------------------------------------------
# The two builds. "32" is wasm32 (Pyodide), "64" is LP64. Sizes are sizeof()/offsetof() of the
# CPython structures; every PyObject_HEAD is {Py_ssize_t ob_refcnt; PyTypeObject *ob_type}
# (3.12+ wraps ob_refcnt in a union of the same size) and PyObject_VAR_HEAD adds Py_ssize_t ob_size.
# ---------------------------------------------------------------------------------------------
_P32, _P64 = 4, 8                # sizeof(void *) == sizeof(Py_ssize_t)
_OBJ32, _OBJ64 = 8, 16           # sizeof(PyObject)
# sys.getsizeof adds sizeof(PyGC_Head) = {uintptr_t _gc_next; uintptr_t _gc_prev} for GC types
# (Python/sysmodule.c _PySys_GetSizeOf, 3.11+: _PyType_PreHeaderSize), and two more pointers
# (the managed __dict__/values pointers, 3.12+ also the managed weakref list) for types with
# Py_TPFLAGS_MANAGED_DICT (3.11) or Py_TPFLAGS_PREHEADER (3.12+).
_GC32, _GC64 = 8, 16
_PRE32 = 8

# Objects/longobject.c int___sizeof__:
#   offsetof(PyLongObject, ob_digit) + Py_MAX(|ob_size|, 1) * sizeof(digit)          (3.11)
#   offsetof(PyLongObject, long_value.ob_digit) + Py_MAX(digit_count, 1) * sizeof(digit) (3.12+)
# 3.11: PyObject_VAR_HEAD before the digits; 3.12+: PyObject_HEAD + uintptr_t lv_tag. Both are 3
# words: 12 / 24 bytes. Digits are 30-bit in uint32_t on both builds (sys.int_info in Pyodide says
# bits_per_digit=30, sizeof_digit=4; 64-bit CPython defaults to 30-bit digits).
_INT_HEAD32, _INT_HEAD64 = 12, 24
_DIGIT_BITS64, _DIGIT_SIZE64 = 30, 4

# PyFloatObject {PyObject_HEAD; double ob_fval}; PyComplexObject {PyObject_HEAD; Py_complex cval}
_FLOAT32, _FLOAT64 = 16, 24
_COMPLEX32, _COMPLEX64 = 24, 32

# PyBytesObject {PyObject_VAR_HEAD; Py_hash_t ob_shash; char ob_sval[1]}; bytes_sizeof is
# PyBytesObject_SIZE (offsetof(ob_sval) + 1) + ob_size.
_BYTES32, _BYTES64 = 17, 33

# PyByteArrayObject {PyObject_VAR_HEAD; Py_ssize_t ob_alloc; char *ob_bytes; char *ob_start;
# Py_ssize_t ob_exports}; bytearray_sizeof is tp_basicsize + ob_alloc (not a GC type).
_BYTEARRAY32, _BYTEARRAY64 = 28, 56

# PyListObject {PyObject_VAR_HEAD; PyObject **ob_item; Py_ssize_t allocated}; list___sizeof__ is
# tp_basicsize + allocated * sizeof(void *), plus the GC header.
_LIST32, _LIST64 = 20, 40

# PyTupleObject {PyObject_VAR_HEAD; [3.14+: Py_hash_t ob_hash;] PyObject *ob_item[1]};
# tp_basicsize = sizeof(PyTupleObject) - sizeof(PyObject *); object.__sizeof__ gives
# tp_basicsize + ob_size * tp_itemsize, plus the GC header.
_TUPLE32 = {11: 12, 12: 12, 13: 12, 14: 16}
_TUPLE64 = {11: 24, 12: 24, 13: 24, 14: 32}

# rangeobject {PyObject_HEAD; PyObject *start, *stop, *step, *length}: not a GC type.
_RANGE32, _RANGE64 = 24, 48

# PySetObject {PyObject_HEAD; Py_ssize_t fill, used, mask; setentry *table; Py_hash_t hash;
# Py_ssize_t finger; setentry smalltable[PySet_MINSIZE=8]; PyObject *weakreflist}, setentry
# {PyObject *key; Py_hash_t hash}. Objects/setobject.c set___sizeof__: tp_basicsize, plus
# (mask + 1) * sizeof(setentry) when table != smalltable; plus the GC header.
_SET32, _SET64 = 100, 200
_SETENTRY32, _SETENTRY64 = 8, 16

# PyDictObject {PyObject_HEAD; Py_ssize_t ma_used; uint64_t ma_version_tag (3.13+:
# _ma_watcher_tag); PyDictKeysObject *ma_keys; PyDictValues *ma_values}: the uint64_t is
# 8-aligned on wasm32 too, so 8 + 4 + (pad 4) + 8 + 4 + 4 = 32; LP64: 16 + 8 + 8 + 8 + 8 = 48.
_DICT32, _DICT64 = 32, 48
# PyDictKeysObject {Py_ssize_t dk_refcnt; uint8_t dk_log2_size, dk_log2_index_bytes, dk_kind;
# uint32_t dk_version; Py_ssize_t dk_usable, dk_nentries; char dk_indices[]}:
# 4 + 3 + (pad 1) + 4 + 4 + 4 = 20; LP64: 8 + 3 + 1 + 4 + 8 + 8 = 32.
_DICTKEYS32, _DICTKEYS64 = 20, 32
# PyDictKeyEntry {Py_hash_t me_hash; PyObject *me_key, *me_value} (DICT_KEYS_GENERAL);
# PyDictUnicodeEntry {PyObject *me_key, *me_value} (DICT_KEYS_UNICODE and DICT_KEYS_SPLIT).
_ENTRY_GENERAL32, _ENTRY_GENERAL64 = 12, 24
_ENTRY_UNICODE32, _ENTRY_UNICODE64 = 8, 16
_PyDict_LOG_MINSIZE = 3
# A split table has shared_keys_usable_size(keys) = dk_nentries + dk_usable value slots, at most
# SHARED_KEYS_MAX_SIZE = 30 (Include/internal/pycore_dict.h, 3.11-3.14): _PyDict_NewKeysForClass
# starts dk_usable at 30, each new instance takes one (init_inline_values), each new key moves one
# from dk_usable to dk_nentries.
_SPLIT_MAX_VALUES = 30

# str, Include/cpython/unicodeobject.h.
# PyASCIIObject {PyObject_HEAD; Py_ssize_t length; Py_hash_t hash; struct state (32 bits of
# bit fields); [3.11 only: wchar_t *wstr]}: 3.11: 8+4+4+4+4 = 24 / 16+8+8+4+(pad 4)+8 = 48;
# 3.12+ (wstr removed): 20 / 16+8+8+4+(pad 4) = 40.
# PyCompactUnicodeObject {PyASCIIObject _base; Py_ssize_t utf8_length; char *utf8;
# [3.11 only: Py_ssize_t wstr_length]}: 3.11: 36 / 72; 3.12+: 28 / 56.
_ASCII32 = {11: 24, 12: 20, 13: 20, 14: 20}
_ASCII64 = {11: 48, 12: 40, 13: 40, 14: 40}
_COMPACT32 = {11: 36, 12: 28, 13: 28, 14: 28}
_COMPACT64 = {11: 72, 12: 56, 13: 56, 14: 56}
_WCHAR = 4  # sizeof(wchar_t): 4 on wasm32 (Emscripten) and on LP64 Linux/macOS

# What the running 32-bit build must report for these formulas to describe it (checked once).
_EXPECTED_BASICSIZE32 = (
    (int, _INT_HEAD32), (float, _FLOAT32), (complex, _COMPLEX32), (bytes, _BYTES32),
    (bytearray, _BYTEARRAY32), (list, _LIST32), (dict, _DICT32), (set, _SET32),
    (frozenset, _SET32), (range, _RANGE32), (object, _OBJ32),
)

_POINTER = _struct.calcsize("P")
_layout_checked = None  # None: not yet checked; then True or False


def _minor():
    """The supported minor version of the running 32-bit interpreter, or None."""
    global _layout_checked
    version = _sys.version_info
    if version[0] != 3 or version[1] not in _TUPLE32:
        return None
    if _layout_checked is None:
        _layout_checked = (
            _POINTER == _P32
            and not _hasattr(_sys, "gettotalrefcount")  # a debug build has other headers
            and _sys.int_info.bits_per_digit == 30
            and _sys.int_info.sizeof_digit == 4
            and _type_basicsize(_tuple) == _TUPLE32[version[1]]
            and _type_itemsize(_tuple) == _P32
            and _all(_type_basicsize(t) == size for t, size in _EXPECTED_BASICSIZE32)
        )
    return version[1] if _layout_checked else None


def size64(obj):
    """sys.getsizeof(obj) as 64-bit CPython of this version would report it, or None."""
    if _POINTER == _P64:
        return None if _python_sizeof(_type(obj)) else _getsizeof(obj)
    minor = _minor()
    if minor is None:
        return None
    derive = _BY_TYPE.get(_type(obj))
    if derive is not None:
        return derive(obj, minor)
    return _instance64(obj, minor)


# --- numbers -------------------------------------------------------------------------------

def _int64(n, minor):
    # Digit count: both builds store 30-bit digits, so it is the same number; cross-checked with
    # the 32-bit size (12 + 4 * max(digits, 1)).
    digits = _max(1, -(-_int_bit_length(n) // _DIGIT_BITS64))
    if _getsizeof(n) != _INT_HEAD32 + 4 * digits:
        return None
    return _INT_HEAD64 + _DIGIT_SIZE64 * digits


def _fixed(size32, size64_):
    def derive(obj, minor):
        return size64_ if _getsizeof(obj) == size32 else None
    return derive


# --- str -----------------------------------------------------------------------------------

def _str64(s, minor):
    # Objects/unicodeobject.c unicode___sizeof__ for the compact forms (every exact str is
    # compact on 3.12+; on 3.11 only the deprecated Py_UNICODE APIs made legacy ones):
    #   compact ASCII: sizeof(PyASCIIObject) + length + 1
    #   compact:       sizeof(PyCompactUnicodeObject) + (length + 1) * kind
    # plus the caches, whose bytes do not depend on the pointer size:
    #   utf8 (non-ASCII only; ASCII shares its data), once requested: utf8_length + 1
    #   wstr (3.11 only, filled by the deprecated PyUnicode_AsUnicode): (wstr_length + 1) *
    #   sizeof(wchar_t), unless it is the data itself (UCS4 with a 4-byte wchar_t).
    # The 32-bit size minus the compact base is the caches' bytes; it must be one of the sums
    # the caches can make, or the string is not in a form described here.
    n = _len(s)
    ascii = _str_isascii(s)
    if ascii:
        kind = 1
        base32, base64 = _ASCII32[minor] + n + 1, _ASCII64[minor] + n + 1
    else:
        top = _ord(_max(s))
        kind = 1 if top < 0x100 else 2 if top < 0x10000 else 4
        base32 = _COMPACT32[minor] + (n + 1) * kind
        base64 = _COMPACT64[minor] + (n + 1) * kind
    extra = _getsizeof(s) - base32
    if extra == 0:
        return base64
    caches = [0]
    if not ascii:
        try:
            caches.append(_len(_str_encode(s, "utf-8")) + 1)
        except _UnicodeError:  # lone surrogates: no UTF-8 form can be cached
            pass
    if minor == 11 and kind != 4:
        caches += [c + (n + 1) * _WCHAR for c in caches]
    return base64 + extra if extra in caches else None


# --- bytes, bytearray ----------------------------------------------------------------------

def _bytes64(b, minor):
    # bytes_sizeof: PyBytesObject_SIZE + ob_size
    n = _len(b)
    return _BYTES64 + n if _getsizeof(b) == _BYTES32 + n else None


def _bytearray64(b, minor):
    # bytearray_sizeof: tp_basicsize + ob_alloc; ob_alloc (>= len + 1 once allocated, 0 when
    # empty) is read back from the 32-bit size.
    alloc = _getsizeof(b) - _BYTEARRAY32
    return _BYTEARRAY64 + alloc if alloc >= _len(b) else None


# --- tuple, list ---------------------------------------------------------------------------

def _tuple64(t, minor):
    n = _len(t)
    if _getsizeof(t) != _GC32 + _TUPLE32[minor] + n * _P32:
        return None
    return _GC64 + _TUPLE64[minor] + n * _P64


def _list64(lst, minor):
    # allocated = (getsizeof32 - GC - basicsize) / sizeof(void *); the over-allocation policy
    # (list_resize) does not depend on the pointer size, so the capacity is the same on 64 bits.
    allocated, rem = divmod(_getsizeof(lst) - _GC32 - _LIST32, _P32)
    if rem or allocated < _len(lst):
        return None
    return _GC64 + _LIST64 + allocated * _P64


# --- set, frozenset, range -----------------------------------------------------------------

def _set64(s, minor):
    # table entries = (getsizeof32 - GC - basicsize) / sizeof(setentry): 0 while the table is the
    # embedded smalltable, else mask + 1 (a power of two, the same on both builds).
    slots, rem = divmod(_getsizeof(s) - _GC32 - _SET32, _SETENTRY32)
    if rem or (slots and (slots & (slots - 1) or slots <= _len(s))):
        return None
    return _GC64 + _SET64 + slots * _SETENTRY64


# --- dict ----------------------------------------------------------------------------------

def _log2_index_bytes(log2_size):
    # Objects/dictobject.c new_keys_object: 1-byte indices below 2**8 slots, 2-byte below 2**16,
    # 4-byte below 2**32 (8-byte beyond, 64-bit only, unreachable from a 32-bit heap).
    if log2_size < 8:
        return log2_size
    if log2_size < 16:
        return log2_size + 1
    return log2_size + 2


def _keys_size(log2_size, entry32, entry64):
    # _PyDict_KeysSize: sizeof(PyDictKeysObject) + (1 << dk_log2_index_bytes)
    #                   + USABLE_FRACTION(DK_SIZE) * sizeof(entry), USABLE_FRACTION(n) = 2n/3.
    usable = ((1 << log2_size) << 1) // 3
    indices = 1 << _log2_index_bytes(log2_size)
    return (usable, _DICTKEYS32 + indices + usable * entry32,
            _DICTKEYS64 + indices + usable * entry64)


def _dict64(d, minor):
    # Objects/dictobject.c _PyDict_SizeOf:
    #   tp_basicsize
    #   + shared_keys_usable_size(keys) * sizeof(PyObject *)   if the table is split (ma_values)
    #   + _PyDict_KeysSize(keys)                                if keys->dk_refcnt == 1
    # plus the GC header. An empty dict shares Py_EMPTY_KEYS (not counted); a combined table owns
    # its keys; a split table (an instance __dict__, or a copy of one) shares its class's keys.
    # The table's size, its kind and whether it is split are read back from the 32-bit size:
    # every layout that explains it is listed, and the answer is given only if all agree.
    rest = _getsizeof(d) - _GC32 - _DICT32
    base64 = _GC64 + _DICT64
    n = _len(d)
    cands = []  # (layout, size64)
    if rest == 0:
        cands.append(("empty", base64))
    for log2 in _range(_PyDict_LOG_MINSIZE, 40):
        usable, uni32, uni64 = _keys_size(log2, _ENTRY_UNICODE32, _ENTRY_UNICODE64)
        if uni32 > rest:
            break
        if uni32 == rest and n <= usable:
            cands.append(("unicode", base64 + uni64))
        _, gen32, gen64 = _keys_size(log2, _ENTRY_GENERAL32, _ENTRY_GENERAL64)
        if gen32 == rest and n <= usable:
            cands.append(("general", base64 + gen64))
        # A split table whose class died holds the last reference to the shared keys
        # (NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6): both its values and the keys are counted.
        values, rem = divmod(rest - uni32, _P32)
        if log2 == 6 and not rem and _max(n, 1) <= values <= _SPLIT_MAX_VALUES:
            cands.append(("split", base64 + uni64 + values * _P64))
    values, rem = divmod(rest, _P32)
    if not rem and _max(n, 1) <= values <= _SPLIT_MAX_VALUES:
        cands.append(("split", base64 + values * _P64))
    # Unicode and split tables hold exact str keys only: insertdict converts them to a general
    # table at the first other key.
    if cands and _any_layout(cands, "unicode", "split"):
        for key in d:
            if _type(key) is not _str:
                cands = [c for c in cands if c[0] in ("general", "empty")]
                break
    if n and not _agree(cands):
        # dict_traverse visits key and value of a general table's entries, only the values of a
        # unicode or split table, and (3.13+) nothing of values embedded in their object.
        seen = _len(_get_referents(d))
        if seen == 2 * n:
            cands = [c for c in cands if c[0] == "general"]
        elif seen == n:
            cands = [c for c in cands if c[0] != "general"]
        elif seen == 0 and minor >= 13:
            cands = [c for c in cands if c[0] == "split"]
        else:
            return None
        if not _agree(cands) and _any_layout(cands, "split") and _any_layout(cands, "unicode"):
            split = _copy_is_split(d)
            cands = [c for c in cands if (c[0] == "split") == split]
    return cands[0][1] if _agree(cands) else None


def _any_layout(cands, *layouts):
    for layout, _ in cands:
        if layout in layouts:
            return True
    return False


def _agree(cands):
    if not cands:
        return False
    for _, size in cands:
        if size != cands[0][1]:
            return False
    return True


def _copy_is_split(d):
    # dict.copy of a split table is split, sharing the same keys (PyDict_Copy); dict.popitem then
    # converts a split table to a combined one of the shared keys' size (dict_popitem_impl:
    # dictresize(DK_LOG_SIZE(keys))), which changes its size, while popitem never resizes a
    # combined table. Only called for dicts with exact str keys, so neither call runs learner
    # code (no __eq__, no __hash__); gc is off so that the temporary dict cannot trigger a
    # collection the program would then see.
    enabled = _gc_isenabled()
    _gc_disable()
    try:
        copy = _dict_copy(d)
        before = _getsizeof(copy)
        _dict_popitem(copy)
        changed = _getsizeof(copy) != before
        del copy
        return changed
    finally:
        if enabled:
            _gc_enable()


# --- instances of Python classes -----------------------------------------------------------

def _instance64(obj, minor):
    # object.__sizeof__ (Objects/typeobject.c): tp_basicsize + ob_size * tp_itemsize, plus, in
    # sys.getsizeof, the GC header and the managed-dict/weakref pre-header. A class statement
    # lays an instance out as its base's layout plus one pointer per __slots__ name and per
    # __dict__/__weakref__ slot it adds (3.11: the weakref slot; 3.12+: both are managed, in the
    # pre-header). If every class on the tp_base chain down to object adds only pointers, every
    # part of the size is a pointer and the 64-bit size is exactly twice the 32-bit one.
    # Inline values (3.13+) are not counted by object.__sizeof__, on either build.
    cls = _type(obj)
    flags = _type_flags(cls)
    if not flags & _TPFLAGS_HEAPTYPE or _type_itemsize(cls):
        return None
    for klass in _type_mro(cls):
        if klass is not _object and "__sizeof__" in _type_dict(klass):
            return None  # its own __sizeof__ (and running it would run learner code)
    layout = cls
    while layout is not _object:
        base = _type_base(layout)
        if base is None or not _type_flags(layout) & _TPFLAGS_HEAPTYPE or _type_itemsize(layout):
            return None
        added = _pointers_added(layout, base)
        if added is None or _type_basicsize(layout) != _type_basicsize(base) + added * _P32:
            return None
        layout = base
    pre = _TPFLAGS_MANAGED_DICT if minor == 11 else _TPFLAGS_MANAGED_DICT | _TPFLAGS_MANAGED_WEAKREF
    size32 = (_type_basicsize(cls) + (_GC32 if flags & _TPFLAGS_HAVE_GC else 0)
              + (_PRE32 if flags & pre else 0))
    if _getsizeof(obj) != size32:
        return None
    return 2 * size32


def _pointers_added(cls, base):
    """Pointer slots cls adds to its base's layout: __slots__ names, and the __dict__ and
    __weakref__ pointers when they live inside the object (offset > 0) and the base had none."""
    slots = _mapping_get(_type_dict(cls), "__slots__", ())
    if _type(slots) is _str:
        slots = (slots,)
    elif _type(slots) not in (_tuple, _list, _dict):
        return None  # iterating another object could run learner code
    added = 0
    for name in slots:
        if _type(name) is not _str:
            return None
        if name != "__dict__" and name != "__weakref__":
            added += 1
    if _type_dictoffset(cls) > 0 and _type_dictoffset(base) <= 0:
        added += 1
    if _type_weakrefoffset(cls) > 0 and _type_weakrefoffset(base) <= 0:
        added += 1
    return added


def _python_sizeof(cls):
    """Whether a class on cls's MRO defines __sizeof__ other than in C (learner code)."""
    for klass in _type_mro(cls):
        method = _mapping_get(_type_dict(klass), "__sizeof__")
        if method is not None and _type(method) not in _C_METHODS:
            return True
    return False


_BY_TYPE = {
    _int: _int64,
    _bool: _int64,
    _float: _fixed(_FLOAT32, _FLOAT64),
    _complex: _fixed(_COMPLEX32, _COMPLEX64),
    _str: _str64,
    _bytes: _bytes64,
    _bytearray: _bytearray64,
    _tuple: _tuple64,
    _list: _list64,
    _dict: _dict64,
    _set: _set64,
    _frozenset: _set64,
    _range: _fixed(_RANGE32, _RANGE64),
    _NoneType: _fixed(_OBJ32, _OBJ64),
    _EllipsisType: _fixed(_OBJ32, _OBJ64),
    _NotImplementedType: _fixed(_OBJ32, _OBJ64),
    _object: _fixed(_OBJ32, _OBJ64),
}
