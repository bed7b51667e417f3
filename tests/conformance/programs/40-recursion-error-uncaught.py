# Checks: unbounded recursion ends in RecursionError; the traceback collapses the
# repeated frames into "[Previous line repeated N more times]" and exits with code 1.
import sys

print("recursion limit:", sys.getrecursionlimit())


def count_down(n):
    return count_down(n - 1)  # no base case


print("calling count_down(10)")
count_down(10)
