"""What the heap graph shows of one object: type name, short repr, size and labelled references.

None of this may run learner code: a __repr__, __len__, __getitem__, __sizeof__ or property of the
program's classes would run inside the tracer, with the program's state half observed. So reprs are
built here from builtin types only, lengths and items are read through the builtin base type's own
methods, and sizes of classes that override __sizeof__ in Python are not measured. Types are asked
about as issubclass(type(obj), ...): isinstance would read obj.__class__ (see pristine.py).
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import types
import weakref
from itertools import islice

# Bound now: a program may reassign attributes of the types and weakref modules.
_FunctionType = types.FunctionType
_ModuleType = types.ModuleType
_CellType = types.CellType
_MethodType = types.MethodType
_MemberDescriptorType = types.MemberDescriptorType
_WeakRef = weakref.ref

from . import captured

MAX_REPR = 48

_qualname = type.__dict__["__qualname__"].__get__
_module_of = type.__dict__["__module__"].__get__
_mro = type.__dict__["__mro__"].__get__
_type_dict = type.__dict__["__dict__"].__get__
_get_instance_attr = object.__getattribute__

# Types whose objects are shown but never walked into: what they reference is the interpreter's
# machinery, not the program's data.
_LEAF_TYPES = (
    type, types.ModuleType, types.CodeType, types.FrameType, types.BuiltinFunctionType,
    types.MethodDescriptorType, types.WrapperDescriptorType, types.MemberDescriptorType,
    types.GetSetDescriptorType, types.MappingProxyType, types.TracebackType,
)
_SEQUENCES = (list, tuple)
_SETS = (set, frozenset)
_ATOMIC_KEYS = (str, int, float, bool, type(None), bytes)


def type_name(cls):
    module = _module_of(cls, type)
    name = _qualname(cls, type)
    return name if module in ("builtins", "__main__") or not issubclass(type(module), str) else f"{module}.{name}"


def _clip(text):
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 1] + "…"


def _atomic_repr(obj):
    """repr of an object of a builtin atomic type, through the builtin type's own __repr__."""
    cls = type(obj)
    if issubclass(cls, bool) or obj is None:
        return repr(obj)
    if issubclass(cls, int):
        # str() of a huge int is slow and refuses past 4300 digits.
        bits = int.bit_length(obj)
        return int.__repr__(obj) if bits <= 128 else f"<int of {bits} bits>"
    if issubclass(cls, float):
        return float.__repr__(obj)
    if issubclass(cls, complex):
        return complex.__repr__(obj)
    if issubclass(cls, str):
        return _clip(str.__repr__(str.__getitem__(obj, slice(0, MAX_REPR))))
    if issubclass(cls, bytes):
        return _clip(bytes.__repr__(bytes.__getitem__(obj, slice(0, MAX_REPR))))
    return None


def short_repr(obj):
    atomic = _atomic_repr(obj)
    if atomic is not None:
        return atomic
    cls = type(obj)
    count = length(obj)
    if count is not None:
        return f"{type_name(cls)} of {count} item{'s' if count != 1 else ''}"
    if issubclass(cls, _FunctionType):
        return f"<function {_FunctionType.__dict__['__qualname__'].__get__(obj)}>"
    if issubclass(cls, type):
        return f"<class '{type_name(obj)}'>"
    if issubclass(cls, _ModuleType):
        return f"<module '{_ModuleType.__dict__['__dict__'].__get__(obj).get('__name__', '?')}'>"
    if issubclass(cls, range):
        return range.__repr__(obj)
    return f"<{type_name(cls)} object>"


_SIZED = (list, tuple, dict, set, frozenset, bytearray)


def length(obj):
    """The number of items of a builtin container (or of a subclass, through the builtin's own
    __len__), else None."""
    cls = type(obj)
    if cls in _SIZED:
        return len(obj)
    for base in _SIZED:
        if issubclass(cls, base):
            return base.__len__(obj)
    return None


class PerType:
    """A value computed once per class, kept without a reference to the class: a class's own
    refcount is on show too, and a table keyed by the class would add one. Keyed by id, with a weak
    reference telling a class from a later one at the same address."""

    def __init__(self, compute):
        self._compute = compute
        self._entries = {}

    def __call__(self, cls):
        entry = self._entries.get(captured.key(cls))
        if entry is not None and entry[0]() is cls:
            return entry[1]
        value = self._compute(cls)
        self._entries[captured.key(cls)] = (_WeakRef(cls), value)
        return value


def _overrides_sizeof(cls):
    for klass in _mro(cls, type):
        method = _type_dict(klass, type).get("__sizeof__")
        if method is not None:
            return issubclass(type(method), _FunctionType)
    return False


size_overridden = PerType(_overrides_sizeof)


def size(obj):
    """sys.getsizeof, unless the class overrides __sizeof__ in Python (that would run its code)."""
    return None if size_overridden(type(obj)) else captured.getsizeof(obj)


def is_leaf(obj):
    return issubclass(type(obj), _LEAF_TYPES)


def _key_label(key):
    if issubclass(type(key), str):
        return key
    if issubclass(type(key), _ATOMIC_KEYS):
        return f"[{_atomic_repr(key)}]"
    return None


def _slot_names(cls):
    """(position in the MRO of the defining class, attribute name) of every __slots__ member,
    names mangled as CPython does. Positions rather than classes, and copies of the names: this is
    kept per class (PerType), which must hold neither classes nor the program's strings."""
    names = []
    for position, klass in enumerate(_mro(cls, type)):
        slots = _type_dict(klass, type).get("__slots__", ())
        for name in (slots,) if issubclass(type(slots), str) else slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{_qualname(klass, type).lstrip('_')}{name}"
            names.append((position, captured.copy_of(name)))
    return names


# What the walk does with an object, by its type (see EdgeReader.kind_of).
ATOM = "atom"  # an immutable builtin value: shown, references nothing
LEAF = "leaf"  # interpreter machinery (_LEAF_TYPES): shown, never walked into
SEQUENCE = "sequence"
MAPPING = "mapping"
SET = "set"
WEAKREF = "weakref"
FUNCTION = "function"
CELL = "cell"
METHOD = "method"
INSTANCE = "instance"
SLOTTED = "slotted"  # an instance whose class (or a base) declares __slots__
OTHER = "other"
ATOM_TYPES = (int, float, complex, str, bytes, bool, type(None))
_LABELLED_KEYS = (str,) + _ATOMIC_KEYS

_function_closure = types.FunctionType.__dict__["__closure__"].__get__
_function_defaults = types.FunctionType.__dict__["__defaults__"].__get__
_function_code = types.FunctionType.__dict__["__code__"].__get__
_cell_contents = types.CellType.__dict__["cell_contents"].__get__
_method_self = types.MethodType.__dict__["__self__"].__get__
_method_func = types.MethodType.__dict__["__func__"].__get__


# In order: the first base a class derives from decides.
_KINDS_BY_BASE = (
    (_LEAF_TYPES, LEAF), (_SEQUENCES, SEQUENCE), (dict, MAPPING), (_SETS, SET), (_WeakRef, WEAKREF),
    (_FunctionType, FUNCTION), (_CellType, CELL), (_MethodType, METHOD),
)


def _kind(cls):
    if cls in ATOM_TYPES:
        return ATOM
    for bases, kind in _KINDS_BY_BASE:
        if issubclass(cls, bases):
            return kind
    if _module_of(cls, type) != "builtins" or cls is object:
        return SLOTTED if _slot_names(cls) else INSTANCE
    return OTHER


def _sequence_base(obj):
    return list if issubclass(type(obj), list) else tuple


def _set_base(obj):
    return set if issubclass(type(obj), set) else frozenset


class EdgeReader:
    """Labelled references of an object, at most `max_items` per container (the rest is counted in
    the object's length, never dropped silently). `targets` lists the same references without
    labels, cheaply, for the walk of every step; `edges` labels them, for a record being rebuilt."""

    def __init__(self, max_items, attribute_names):
        self.max_items = max_items
        self._first = slice(0, max_items)
        # Attribute names the program's code uses (co_names): candidates for instance attributes,
        # which CPython 3.11+ may keep as inline values without any dict to read names from.
        self.attribute_names = attribute_names
        self._instance_names = PerType(self._names_for)
        self._slot_members = PerType(_slot_names)
        self.kind_of = PerType(_kind)

    def left_out(self, obj):
        """The container's length when only its first items are edges, else None."""
        count = length(obj)
        return count if count is not None and count > self.max_items and self.kind_of(type(obj)) in (SEQUENCE, MAPPING, SET) else None

    def targets(self, obj, kind):
        """(what `edges` visits, in some order; what else the labels depend on)."""
        if kind is INSTANCE:
            return [target for target in captured.gc_get_referents(obj) if not issubclass(type(target), type)], None
        if kind is SEQUENCE:
            base = _sequence_base(obj)
            return base.__getitem__(obj, self._first), base.__len__(obj)
        limit = self.max_items
        if kind is MAPPING:
            pairs = list(islice(dict.items(obj), limit))
            targets = []
            for key, value in pairs:
                if not issubclass(type(key), _LABELLED_KEYS):
                    targets.append(key)
                targets.append(value)
            return targets, (dict.__len__(obj), tuple([captured.key(pair[0]) for pair in pairs]))
        if kind is SET:
            base = _set_base(obj)
            return list(islice(base.__iter__(obj), limit)), base.__len__(obj)
        if kind is SLOTTED:
            shown = [value for _name, value in self._slots(obj)]
            for target in captured.gc_get_referents(obj):
                if not issubclass(type(target), type) and not any(target is value for value in shown):
                    shown.append(target)
            return shown, None
        if kind is FUNCTION:
            targets = list(_function_closure(obj) or ())
            defaults = _function_defaults(obj)
            if defaults:
                targets.append(defaults)
            return targets, captured.key(_function_code(obj))
        if kind is CELL:
            try:
                return [_cell_contents(obj)], None
            except ValueError:
                return [], None
        if kind is METHOD:
            return [_method_self(obj), _method_func(obj)], None
        targets = [target for target in captured.gc_get_referents(obj) if not is_leaf(target)]
        if kind is WEAKREF:
            referent = _WeakRef.__call__(obj)
            if referent is not None:
                targets.append(referent)
        return targets, None

    def edges(self, obj, visit):
        """Calls visit(label, target, kind) for each reference."""
        kind = self.kind_of(type(obj))
        limit = self.max_items
        if kind is SEQUENCE:
            for index, item in enumerate(islice(_sequence_base(obj).__iter__(obj), limit)):
                visit(f"[{index}]", item, "ref")
        elif kind is MAPPING:
            for index, (key, value) in enumerate(islice(dict.items(obj), limit)):
                label = _key_label(key)
                if label is None:
                    label = f"key {index}"
                    visit(label, key, "ref")
                visit(label, value, "ref")
        elif kind is SET:
            for item in islice(_set_base(obj).__iter__(obj), limit):
                visit("∈", item, "ref")
        elif kind is WEAKREF:
            target = _WeakRef.__call__(obj)
            if target is not None:
                visit("referent", target, "weak")
            self._referents(obj, visit)
        elif kind is FUNCTION:
            for index, cell in enumerate(_function_closure(obj) or ()):
                visit(f"__closure__[{index}]", cell, "ref")
            defaults = _function_defaults(obj)
            if defaults:
                visit("__defaults__", defaults, "ref")
        elif kind is CELL:
            try:
                visit("cell_contents", _cell_contents(obj), "ref")
            except ValueError:
                pass
        elif kind is METHOD:
            visit("__self__", _method_self(obj), "ref")
            visit("__func__", _method_func(obj), "ref")
        elif kind is INSTANCE or kind is SLOTTED:
            self._instance(obj, visit)
        elif kind is OTHER:
            self._referents(obj, visit)

    def _referents(self, obj, visit):
        for target in captured.gc_get_referents(obj):
            if not is_leaf(target):
                visit("·", target, "ref")

    def _slots(self, obj):
        """(name, value) of the instance's filled __slots__ members, read through their member
        descriptors."""
        cls = type(obj)
        members = self._slot_members(cls)
        if not members:
            return []
        mro = _mro(cls, type)
        filled = []
        for position, name in members:
            klass = mro[position]
            descriptor = _type_dict(klass, type).get(name)
            if issubclass(type(descriptor), _MemberDescriptorType):
                try:
                    filled.append((name, descriptor.__get__(obj, klass)))
                except AttributeError:
                    continue
        return filled

    def _instance(self, obj, visit):
        """Attributes by name: slots through their member descriptors, the others by the names the
        program's code uses, read with object.__getattribute__ (no __getattr__, no properties) and
        matched to what the collector sees the instance reference, so an instance whose __dict__
        CPython has materialised shows that dict, as it is."""
        cls = type(obj)
        shown = []
        for name, value in self._slots(obj):
            visit(name, value, "ref")
            shown.append(value)
        pending = [
            target for target in captured.gc_get_referents(obj)
            if not issubclass(type(target), type) and not any(target is value for value in shown)
        ]
        # Shown in the order the instance holds them (the collector's), whatever order the names
        # are tried in.
        labels = [None] * len(pending)
        missing = len(pending)
        names = self._instance_names(cls) if pending else ()
        for position, name in enumerate(names):
            try:
                value = _get_instance_attr(obj, name)
            except AttributeError:
                continue
            for index, target in enumerate(pending):
                if labels[index] is None and target is value:
                    labels[index] = name
                    missing -= 1
                    if position > 0:
                        # Names that matched are tried first next time: instances of a class
                        # mostly share their attributes, and a miss raises (slow).
                        names.insert(0, names.pop(position))
                    break
            if not missing:
                break
        for target, label in zip(pending, labels):
            visit(label or ("__dict__" if issubclass(type(target), dict) else "·"), target, "ref")

    def _names_for(self, cls):
        """Candidate attribute names of `cls`'s instances, in the order they are tried."""
        defined = set()
        for klass in _mro(cls, type):
            defined.update(_type_dict(klass, type))
        return [name for name in self.attribute_names if name not in defined]
