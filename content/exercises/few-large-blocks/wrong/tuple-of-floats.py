# fails: one-block, small-peak
import math

N = 100_000

# A tuple is one block for the pointers, but each float is still an object of its own.
readings = tuple(math.sin(i / 100) for i in range(N))


def reading(i):
    return readings[i]


print(len(readings), round(sum(readings), 6))
