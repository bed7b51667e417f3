# Checks: CPython caches the ints -5..256, so ints computed at run time inside that range
# are the same object; outside it, equal ints computed separately are distinct objects.
# (Values are built with int(str) so the compiler cannot fold or share constants.)
def same_object(n):
    return int(str(n)) is int(str(n))


cached = [n for n in range(-10, 300) if same_object(n)]
print("first cached int:", cached[0])
print("last cached int:", cached[-1])
print("cached count:", len(cached))
print("contiguous range:", cached == list(range(-5, 257)))
for n in (-6, -5, 0, 255, 256, 257, 1000):
    print(f"{n:>5}: is -> {same_object(n)}, == -> {int(str(n)) == int(str(n))}")

x = 250
y = 250
for _ in range(10):
    x += 1
    y += 1
print("x = y = 260 reached by arithmetic: x is y ->", x is y, "| x == y ->", x == y)
hundred = 100
small = 99 + int("1")
print("100 from arithmetic is the cached 100:", small is hundred)
big = 10**20
print("pow results are new objects:", big is 10 ** int("20"))
one = 1
print("True is 1:", True is one, "| True == 1:", True == one)
print("bool cache:", bool(5) is True, bool("") is False)
