# Checks: tracemalloc start/stop/is_tracing and get_traced_memory(). Byte counts differ
# between 64-bit CPython and 32-bit WebAssembly, so only comparisons are printed.
import tracemalloc

print("tracing at start:", tracemalloc.is_tracing())
print("traced memory when not tracing:", tracemalloc.get_traced_memory())
tracemalloc.start()
print("tracing after start():", tracemalloc.is_tracing())
print("default traceback limit:", tracemalloc.get_traceback_limit())

base_current, base_peak = tracemalloc.get_traced_memory()
print("current <= peak:", base_current <= base_peak)

block = bytearray(1_000_000)
current, peak = tracemalloc.get_traced_memory()
print("a 1 MB bytearray raised current by at least 1 MB:", current - base_current >= 1_000_000)
print("and by less than 1.1 MB:", current - base_current < 1_100_000)
print("peak >= current:", peak >= current)

del block
after_del, peak_after_del = tracemalloc.get_traced_memory()
print("del gave the memory back:", current - after_del > 990_000)
print("current is back near the start:", after_del - base_current < 10_000)
print("peak still remembers it:", peak_after_del - after_del > 990_000)

tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
print("after reset_peak(), peak is close to current:", peak - current < 100_000)

temp = [bytes(1000) for _ in range(1000)]
del temp
current2, peak2 = tracemalloc.get_traced_memory()
print("a short-lived 1000 x 1 kB list shows up only in the peak:", peak2 - current2 > 990_000)

tracemalloc.stop()
print("tracing after stop():", tracemalloc.is_tracing())
print("traced memory after stop():", tracemalloc.get_traced_memory())
tracemalloc.start(5)
print("start(5) sets the traceback limit:", tracemalloc.get_traceback_limit())
tracemalloc.stop()
