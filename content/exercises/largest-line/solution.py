import linecache
import tracemalloc


def build(n):
    blob = bytes(6000)
    names = [f"user{i}" for i in range(n)]
    return blob, names


def largest_line(n):
    """The source line of build(n) that holds the most memory once build(n) has returned."""
    tracemalloc.start()
    data = build(n)  # kept alive: a snapshot sees only memory still in use
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    top = snapshot.statistics("lineno")[0]
    frame = top.traceback[0]
    return linecache.getline(frame.filename, frame.lineno).strip()


print(largest_line(10))
print(largest_line(5_000))
