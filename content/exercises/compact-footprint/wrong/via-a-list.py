# fails: small-peak
import sys

N = 100_000

# The bytearray is small, but the list it is made from was alive at the same time.
flags = bytearray([i % 3 == 0 or i % 5 == 0 for i in range(N)])


def is_flagged(i):
    return flags[i] == 1


print(sys.getsizeof(flags))
print(sum(flags))
