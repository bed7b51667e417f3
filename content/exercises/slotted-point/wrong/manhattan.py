# fails: example-distance, hidden-distances
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def distance(ax, ay, bx, by):
    a, b = Point(ax, ay), Point(bx, by)
    return abs(b.x - a.x) + abs(b.y - a.y)


points = [Point(i % 7, i % 5) for i in range(10_000)]
