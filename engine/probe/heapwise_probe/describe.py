"""What the heap graph shows of one object: type name, short repr, size and labelled references.

None of this may run learner code: a __repr__, __len__, __getitem__, __sizeof__ or property of the
program's classes would run inside the tracer, with the program's state half observed. So reprs are
built here from builtin types only, lengths and items are read through the builtin base type's own
methods, and sizes of classes that override __sizeof__ in Python are not measured.
"""

import types
import weakref

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
    return name if module in ("builtins", "__main__") or not isinstance(module, str) else f"{module}.{name}"


def _clip(text):
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 1] + "…"


def _atomic_repr(obj):
    """repr of an object of a builtin atomic type, through the builtin type's own __repr__."""
    if isinstance(obj, bool) or obj is None:
        return repr(obj)
    if isinstance(obj, int):
        # str() of a huge int is slow and refuses past 4300 digits.
        bits = int.bit_length(obj)
        return int.__repr__(obj) if bits <= 128 else f"<int of {bits} bits>"
    if isinstance(obj, float):
        return float.__repr__(obj)
    if isinstance(obj, complex):
        return complex.__repr__(obj)
    if isinstance(obj, str):
        return _clip(str.__repr__(str.__getitem__(obj, slice(0, MAX_REPR))))
    if isinstance(obj, bytes):
        return _clip(bytes.__repr__(bytes.__getitem__(obj, slice(0, MAX_REPR))))
    return None


def short_repr(obj):
    atomic = _atomic_repr(obj)
    if atomic is not None:
        return atomic
    cls = type(obj)
    if isinstance(obj, (list, tuple, dict, set, frozenset, bytearray)):
        base = next(base for base in (list, tuple, dict, set, frozenset, bytearray) if isinstance(obj, base))
        count = base.__len__(obj)
        return f"{type_name(cls)} of {count} item{'s' if count != 1 else ''}"
    if isinstance(obj, types.FunctionType):
        return f"<function {types.FunctionType.__dict__['__qualname__'].__get__(obj)}>"
    if isinstance(obj, type):
        return f"<class '{type_name(obj)}'>"
    if isinstance(obj, types.ModuleType):
        return f"<module '{types.ModuleType.__dict__['__dict__'].__get__(obj).get('__name__', '?')}'>"
    if isinstance(obj, range):
        return range.__repr__(obj)
    return f"<{type_name(cls)} object>"


def length(obj):
    for base in (list, tuple, dict, set, frozenset, str, bytes, bytearray):
        if isinstance(obj, base):
            return base.__len__(obj)
    return None


_size_overridden = {}


def size(obj):
    """sys.getsizeof, unless the class overrides __sizeof__ in Python (that would run its code)."""
    cls = type(obj)
    overridden = _size_overridden.get(cls)
    if overridden is None:
        overridden = False
        for klass in _mro(cls, type):
            method = _type_dict(klass, type).get("__sizeof__")
            if method is not None:
                overridden = isinstance(method, types.FunctionType)
                break
        _size_overridden[cls] = overridden
    return None if overridden else captured.getsizeof(obj)


def is_leaf(obj):
    return isinstance(obj, _LEAF_TYPES)


def _key_label(key):
    if isinstance(key, str):
        return key
    if isinstance(key, _ATOMIC_KEYS):
        return f"[{_atomic_repr(key)}]"
    return None


def _slot_names(cls):
    """(defining class, attribute name) of every __slots__ member, names mangled as CPython does."""
    names = []
    for klass in _mro(cls, type):
        slots = _type_dict(klass, type).get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{_qualname(klass, type).lstrip('_')}{name}"
            names.append((klass, name))
    return names


class EdgeReader:
    """Labelled references of an object, at most `max_items` per container (the rest is counted in
    the object's length, never dropped silently)."""

    def __init__(self, max_items, attribute_names):
        self.max_items = max_items
        # Attribute names the program's code uses (co_names): candidates for instance attributes,
        # which CPython 3.11+ may keep as inline values without any dict to read names from.
        self.attribute_names = attribute_names
        self._instance_names = {}
        self._slots = {}

    def edges(self, obj, visit):
        """Calls visit(label, target, kind) for each reference; returns whether items were left out."""
        limit = self.max_items
        if isinstance(obj, _SEQUENCES):
            base = list if isinstance(obj, list) else tuple
            for index, item in enumerate(base.__iter__(obj)):
                if index == limit:
                    return True
                visit(f"[{index}]", item, "ref")
            return False
        if isinstance(obj, dict):
            for index, (key, value) in enumerate(dict.items(obj)):
                if index == limit:
                    return True
                label = _key_label(key)
                if label is None:
                    label = f"key {index}"
                    visit(f"key {index}", key, "ref")
                visit(label, value, "ref")
            return False
        if isinstance(obj, _SETS):
            base = set if isinstance(obj, set) else frozenset
            for index, item in enumerate(base.__iter__(obj)):
                if index == limit:
                    return True
                visit("∈", item, "ref")
            return False
        if isinstance(obj, weakref.ref):
            target = weakref.ref.__call__(obj)
            if target is not None:
                visit("referent", target, "weak")
            self._referents(obj, visit)
            return False
        if isinstance(obj, types.FunctionType):
            closure = types.FunctionType.__dict__["__closure__"].__get__(obj)
            for index, cell in enumerate(closure or ()):
                visit(f"__closure__[{index}]", cell, "ref")
            defaults = types.FunctionType.__dict__["__defaults__"].__get__(obj)
            if defaults:
                visit("__defaults__", defaults, "ref")
            return False
        if isinstance(obj, types.CellType):
            try:
                visit("cell_contents", types.CellType.__dict__["cell_contents"].__get__(obj), "ref")
            except ValueError:
                pass
            return False
        if isinstance(obj, types.MethodType):
            visit("__self__", types.MethodType.__dict__["__self__"].__get__(obj), "ref")
            visit("__func__", types.MethodType.__dict__["__func__"].__get__(obj), "ref")
            return False
        if _module_of(type(obj), type) != "builtins" or type(obj) is object:
            self._instance(obj, visit)
            return False
        self._referents(obj, visit)
        return False

    def _referents(self, obj, visit, skip=()):
        for target in captured.gc_get_referents(obj):
            if not is_leaf(target) and not any(target is known for known in skip):
                visit("·", target, "ref")

    def _instance(self, obj, visit):
        """Attributes by name: slots through their member descriptors, the others by the names the
        program's code uses, read with object.__getattribute__ (no __getattr__, no properties) and
        matched to what the collector sees the instance reference, so an instance whose __dict__
        CPython has materialised shows that dict, as it is."""
        cls = type(obj)
        shown = []
        slots = self._slots.get(cls)
        if slots is None:
            slots = self._slots[cls] = _slot_names(cls)
        for klass, name in slots:
            descriptor = _type_dict(klass, type).get(name)
            if isinstance(descriptor, types.MemberDescriptorType):
                try:
                    value = descriptor.__get__(obj, klass)
                except AttributeError:
                    continue
                visit(name, value, "ref")
                shown.append(value)
        referents = [target for target in captured.gc_get_referents(obj) if not isinstance(target, type)]
        pending = [target for target in referents if not any(target is value for value in shown)]
        if pending:
            names = self._candidate_names(cls)
            for position, name in enumerate(names):
                try:
                    value = _get_instance_attr(obj, name)
                except AttributeError:
                    continue
                for index, target in enumerate(pending):
                    if target is value:
                        visit(name, value, "ref")
                        del pending[index]
                        if position > 0:
                            # Names that matched are tried first next time: instances of a class
                            # mostly share their attributes, and a miss raises (slow).
                            names.insert(0, names.pop(position))
                        break
                if not pending:
                    break
        for target in pending:
            label = "__dict__" if isinstance(target, dict) else "·"
            visit(label, target, "ref")

    def _candidate_names(self, cls):
        names = self._instance_names.get(cls)
        if names is None:
            defined = set()
            for klass in _mro(cls, type):
                defined.update(_type_dict(klass, type))
            names = [name for name in self.attribute_names if name not in defined]
            self._instance_names[cls] = names
        return names
