# Checks: tracemalloc snapshots filtered to this file, grouped by line number. Sizes are
# only compared (against 100 kB), and lines are printed in line-number order, never in
# size order, because sizes differ on a 32-bit platform.
import tracemalloc

THRESHOLD = 100_000


def big_lines(snapshot):
    stats = snapshot.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno")
    return sorted(s.traceback[0].lineno for s in stats if s.size >= THRESHOLD)


tracemalloc.start()
numbers = list(range(50_000))
text = "x" * 200_000
blob = bytearray(300_000)
nested = [[0] * 100 for _ in range(1_000)]
small = [1, 2, 3]
snap1 = tracemalloc.take_snapshot()
print("lines that allocated more than 100 kB:", big_lines(snap1))

stats = snap1.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno")
by_line = {s.traceback[0].lineno: s for s in stats}
print("line 17 (300 kB bytearray) > line 16 (200 kB str):", by_line[17].size > by_line[16].size)
# each inner list needs an item array, and a list object unless one is reused from the free list
print("line 18 made at least 1000 memory blocks:", by_line[18].count >= 1_000)
print("line 19 (a 3-item list) is below the threshold:", by_line[19].size < THRESHOLD)
print("every statistic points at this file:", all(s.traceback[0].filename == __file__ for s in stats))

del text, blob
snap2 = tracemalloc.take_snapshot()
print("after del text, blob:", big_lines(snap2))
diff = snap2.filter_traces([tracemalloc.Filter(True, __file__)]).compare_to(
    snap1.filter_traces([tracemalloc.Filter(True, __file__)]), "lineno"
)
shrunk = sorted(d.traceback[0].lineno for d in diff if d.size_diff <= -THRESHOLD)
print("compare_to: lines that shrank by more than 100 kB:", shrunk)

excluded = snap1.filter_traces([tracemalloc.Filter(False, __file__)])
print("excluding this file removes its lines:", all(
    t.traceback[0].filename != __file__ for t in excluded.traces
))
tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("take_snapshot() after stop -> RuntimeError:", e)
