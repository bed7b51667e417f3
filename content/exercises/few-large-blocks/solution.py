import math
from array import array

N = 100_000

# 100,000 readings of a sensor, stored as raw 8-byte doubles in one block of memory.
readings = array("d", (math.sin(i / 100) for i in range(N)))


def reading(i):
    return readings[i]


print(len(readings), round(sum(readings), 6))
