# fails: small-peak
import math
from array import array

N = 100_000

# One block in the end, but the list of 100,000 float objects it was made from was alive too.
readings = array("d", [math.sin(i / 100) for i in range(N)])


def reading(i):
    return readings[i]


print(len(readings), round(sum(readings), 6))
