# Checks: sequence repetition copies references, not objects: [[0] * 3] * 3 is three
# references to one row, while a comprehension builds independent rows.
import sys

grid = [[0] * 3] * 3
grid[0][0] = 1
print("repeated rows:", grid)
print("all rows are one object:", grid[0] is grid[1] is grid[2])
print("that row is referenced 3 times by the grid: +", sys.getrefcount(grid[0]) - sys.getrefcount([]))

grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print("comprehension rows:", grid)
print("rows are distinct:", grid[0] is not grid[1])

row = [0] * 3
row[0] = 5
print("repeating immutable ints is harmless:", row)

a = [1, 2]
b = a
b += [3]
print("b += [3] mutates in place, a sees it:", a)
b = b + [4]
print("b = b + [4] builds a new list, a does not:", a, b)

s = "ab"
t = s
t += "c"
print("strings are immutable, += rebinds:", s, t, s is t)


def append_to(item, target=[]):
    target.append(item)
    return target


print("mutable default argument shared across calls:", append_to(1), append_to(2))
print("the default lives on the function:", append_to.__defaults__)
