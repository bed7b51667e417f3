"""The functions the probe relies on, taken before any learner code runs, so that a program that
replaces gc.collect, sys.getrefcount or tracemalloc.get_traced_memory changes what it sees, not
what the probe measures."""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

import gc
import os
import sys
import tracemalloc
import json
import types
import weakref

getrefcount = sys.getrefcount
getsizeof = sys.getsizeof
getframe = sys._getframe
is_immortal = getattr(sys, "_is_immortal", None)
monitoring = getattr(sys, "monitoring", None)
# Bound now: the sandbox then guards sys.monitoring's functions against use of the probe's tool id.
if monitoring is not None:
    monitoring_use_tool_id = monitoring.use_tool_id
    monitoring_free_tool_id = monitoring.free_tool_id
    monitoring_register_callback = monitoring.register_callback
    monitoring_set_events = monitoring.set_events
    monitoring_line_event = monitoring.events.LINE
    monitoring_disable = monitoring.DISABLE
settrace = sys.settrace
frame_type = types.FrameType
weakref_ref = weakref.ref

gc_get_referents = gc.get_referents
gc_get_objects = gc.get_objects
gc_is_tracked = gc.is_tracked
gc_isenabled = gc.isenabled
gc_enable = gc.enable
gc_disable = gc.disable
gc_callbacks = gc.callbacks
gc_collect = gc.collect
gc_get_stats = gc.get_stats
gc_get_count = gc.get_count
gc_get_referrers = gc.get_referrers

tm_start = tracemalloc.start
tm_stop = tracemalloc.stop
tm_is_tracing = tracemalloc.is_tracing
tm_get_traced_memory = tracemalloc.get_traced_memory
tm_reset_peak = tracemalloc.reset_peak
tm_take_snapshot = tracemalloc.take_snapshot
tm_filter = tracemalloc.Filter

os_open = os.open
os_read = os.read
os_write = os.write
os_close = os.close
os_unlink = os.unlink
StringIO = __import__("io").StringIO

# json.JSONEncoder.encode builds a new C encoder at every call, which costs more than encoding a
# record; this one is built once (the same arguments encode() would pass it, on 3.11 to 3.14).
_json_c_encoder = json.encoder.c_make_encoder(
    None, json.JSONEncoder().default, json.encoder.encode_basestring, None, ":", ",", False, False, True
)


def json_dumps(value):
    return "".join(_json_c_encoder(value, 0))


# A decoder of our own: json.loads goes through json's module globals, which a program can replace.
json_loads = json.JSONDecoder().decode
pointer_size = __import__("struct").calcsize("P")

# Identity without builtins.id: since 3.13 id() raises an audit event, so the sandbox's audit hook
# (a Python function) would run for every object at every step, which more than doubled the cost of
# a step. object.__hash__ is CPython's pointer hash, called as object's own slot whatever the class
# defines: the address rotated right by 4 bits (3.11 to 3.14), fixed for as long as the object
# lives, and unique among live objects. The probe keys everything by it, and writes addresses.
key = object.__hash__
_BITS = 8 * pointer_size
_MASK = (1 << _BITS) - 1


def address(object_key):
    """id() of the object whose key this is."""
    rotated = object_key & _MASK
    return ((rotated << 4) | (rotated >> (_BITS - 4))) & _MASK


def address_of(obj):
    return address(key(obj))


def key_of(object_address):
    """The key of the object at this address (the inverse of address())."""
    rotated = ((object_address >> 4) | (object_address << (_BITS - 4))) & _MASK
    return rotated - (1 << _BITS) if rotated >> (_BITS - 1) else rotated


def copy_of(text):
    """A str equal to `text` that is not the same object: the probe keeps copies of the program's
    names, since holding the program's own strings would add to their refcounts."""
    return str.encode(text, "utf-8", "surrogatepass").decode("utf-8", "surrogatepass")


def read_text(path):
    """A file's text, read with the captured os functions (not open(), which a program can replace)."""
    descriptor = os_open(path, os.O_RDONLY)
    try:
        chunks = []
        while True:
            chunk = os_read(descriptor, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os_close(descriptor)
    return b"".join(chunks).decode("utf-8")
