# fails: one-block, small-peak
import math

N = 100_000

# 100,000 readings of a sensor, each a float object of its own.
readings = [math.sin(i / 100) for i in range(N)]


def reading(i):
    return readings[i]


print(len(readings), round(sum(readings), 6))
