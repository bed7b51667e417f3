# Checks: tracemalloc.get_object_traceback() tells where an object was allocated, with
# the full call chain when the traceback limit allows it.
import tracemalloc

tracemalloc.start(10)


def make_buffer():
    return bytearray(50_000)


def factory():
    return make_buffer()


buf = factory()
tb = tracemalloc.get_object_traceback(buf)
print("frames recorded:", len(tb))
for frame in tb:
    print("  line", frame.lineno, "in this file:", frame.filename == __file__)
print("oldest call first, allocating line last:", [f.lineno for f in tb] == [16, 13, 9])
print("format(limit=1) shows the allocating line:")
print(tb.format(limit=1)[1])
file_lines = [line.rsplit(" ", 1)[1] for line in tb.format(most_recent_first=True) if line.startswith("  File")]
print("format(most_recent_first=True) line order:", file_lines)

tracemalloc.stop()
tracemalloc.start(1)
buf2 = factory()
print("with limit 1 only the allocating line:", [f.lineno for f in tracemalloc.get_object_traceback(buf2)])
tracemalloc.stop()
early = bytearray(10)
print("objects allocated while not tracing have no traceback:", tracemalloc.get_object_traceback(early))
