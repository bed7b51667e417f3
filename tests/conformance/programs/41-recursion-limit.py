# Checks: how deep Python recursion can go under a given recursion limit, that
# RecursionError can be caught, and that an iterative rewrite has no such limit.
import sys

default_limit = sys.getrecursionlimit()
print("default limit:", default_limit)
deepest = 0


def dive(n):
    global deepest
    deepest = n
    dive(n + 1)


def measure():
    global deepest
    deepest = 0
    try:
        dive(1)
    except RecursionError as e:
        return deepest, str(e)


print("depth reached from module level -> measure() -> dive():", measure())
sys.setrecursionlimit(100)
print("limit now:", sys.getrecursionlimit())
print("depth reached with limit 100:", measure())
sys.setrecursionlimit(default_limit)


def nested_list(depth):
    lst = []
    for _ in range(depth):
        lst = [lst]
    return lst


deep = nested_list(2000)
try:
    repr(deep)
except RecursionError as e:
    print("repr of a 2000-deep nested list:", e)


def depth_iterative(lst):
    depth = 0
    while lst:
        lst = lst[0]
        depth += 1
    return depth


print("iterative depth count:", depth_iterative(deep))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("setrecursionlimit(0) -> ValueError:", e)
