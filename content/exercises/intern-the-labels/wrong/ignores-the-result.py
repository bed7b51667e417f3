# fails: shares-objects, small-peak
import sys


def read_lines(n):
    """What a log file would give: every line a new string."""
    for i in range(n):
        yield f"sensor-{i % 4},{i % 50}.5"


def parse_label(line):
    label, _value = line.split(",")
    sys.intern(label)
    return label


labels = [parse_label(line) for line in read_lines(100_000)]
print(len(labels), "labels,", len(set(labels)), "different")
