"""The functions the probe relies on, taken before any learner code runs, so that a program that
replaces gc.collect, sys.getrefcount or tracemalloc.get_traced_memory changes what it sees, not
what the probe measures."""

import gc
import os
import sys
import tracemalloc
import json

getrefcount = sys.getrefcount
getsizeof = sys.getsizeof
getframe = sys._getframe
is_immortal = getattr(sys, "_is_immortal", None)
monitoring = getattr(sys, "monitoring", None)
settrace = sys.settrace

gc_get_referents = gc.get_referents
gc_get_objects = gc.get_objects
gc_is_tracked = gc.is_tracked
gc_isenabled = gc.isenabled
gc_enable = gc.enable
gc_disable = gc.disable
gc_callbacks = gc.callbacks

tm_start = tracemalloc.start
tm_stop = tracemalloc.stop
tm_is_tracing = tracemalloc.is_tracing
tm_get_traced_memory = tracemalloc.get_traced_memory
tm_reset_peak = tracemalloc.reset_peak
tm_take_snapshot = tracemalloc.take_snapshot
tm_filter = tracemalloc.Filter

os_open = os.open
os_write = os.write
os_close = os.close

json_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, check_circular=False).encode
json_loads = json.loads
pointer_size = __import__("struct").calcsize("P")
