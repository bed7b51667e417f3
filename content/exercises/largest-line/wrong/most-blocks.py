# fails: example-small, hidden-sizes, prints-both
import linecache
import tracemalloc


def build(n):
    blob = bytes(6000)
    names = [f"user{i}" for i in range(n)]
    return blob, names


def largest_line(n):
    """The line of build(n) that holds the most memory once build(n) has returned."""
    tracemalloc.start()
    data = build(n)
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    # The line that allocated the most blocks, not the most bytes.
    top = max(snapshot.statistics("lineno"), key=lambda stat: stat.count)
    frame = top.traceback[0]
    return linecache.getline(frame.filename, frame.lineno).strip()


print(largest_line(10))
print(largest_line(5_000))
