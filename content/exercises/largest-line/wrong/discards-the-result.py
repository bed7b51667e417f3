# fails: example-small, example-large, hidden-sizes, prints-both
import linecache
import tracemalloc


def build(n):
    blob = bytes(6000)
    names = [f"user{i}" for i in range(n)]
    return blob, names


def largest_line(n):
    """The line of build(n) that holds the most memory once build(n) has returned."""
    tracemalloc.start()
    build(n)  # the result is freed at once: the snapshot below no longer sees it
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = snapshot.statistics("lineno")
    if not stats:
        return None
    frame = stats[0].traceback[0]
    return linecache.getline(frame.filename, frame.lineno).strip()


print(largest_line(10))
print(largest_line(5_000))
