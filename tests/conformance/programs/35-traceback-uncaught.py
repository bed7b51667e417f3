# Checks: an uncaught exception prints "Traceback (most recent call last):" with every
# frame, the source line and the ^ markers to stderr, and the exit code is 1. Output
# printed before the failure still appears on stdout.
def average(values):
    return sum(values) / len(values)


def report(groups):
    for name, values in groups:
        print(name, "average:", average(values))


report([("first", [1, 2, 3]), ("second", [10, 20])])
report([("third", [4]), ("empty", [])])
print("not reached")
