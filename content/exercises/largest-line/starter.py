import linecache
import tracemalloc


def build(n):
    blob = bytes(6000)
    names = [f"user{i}" for i in range(n)]
    return blob, names


def largest_line(n):
    """The line of build(n) that holds the most memory once build(n) has returned: its source
    text without the indentation, such as "blob = bytes(6000)"."""
    tracemalloc.start()
    data = build(n)
    # Take a snapshot here, and find the line that holds the most memory in it.
    tracemalloc.stop()
    return ""


print(largest_line(10))
print(largest_line(5_000))
