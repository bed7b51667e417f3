# fails: example, hidden-flags
import sys

N = 100_000

flags = bytearray(N)
for i in range(N):
    if i % 3 == 0 or i % 5 == 0:
        flags[i] = 1


def is_flagged(i):
    return flags[i]  # 1 or 0, not True or False


print(sys.getsizeof(flags))
print(sum(flags))
