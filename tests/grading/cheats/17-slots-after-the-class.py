# exercise: slotted-point
# targets: declares-slots, small-points
# cheat: sets __slots__ after the class is made, which creates no slot
import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


Point.__slots__ = ("x", "y")


def distance(ax, ay, bx, by):
    a, b = Point(ax, ay), Point(bx, by)
    return math.hypot(b.x - a.x, b.y - a.y)


points = [Point(i % 7, i % 5) for i in range(10_000)]
