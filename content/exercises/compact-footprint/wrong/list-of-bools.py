# fails: one-byte-each, small-peak
import sys

N = 100_000

# flags[i] says whether i is a multiple of 3 or of 5.
flags = [i % 3 == 0 or i % 5 == 0 for i in range(N)]


def is_flagged(i):
    return flags[i]


print(sys.getsizeof(flags))
print(sum(flags))
