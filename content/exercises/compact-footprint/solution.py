import sys

N = 100_000

# flags[i] says whether i is a multiple of 3 or of 5: one byte each, 0 or 1.
flags = bytearray(N)
for i in range(N):
    if i % 3 == 0 or i % 5 == 0:
        flags[i] = 1


def is_flagged(i):
    return flags[i] == 1


print(sys.getsizeof(flags))
print(sum(flags))
