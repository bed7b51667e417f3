class Point:
    def __init__(self, x):
        self.x = x


class Slotted:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


first = Point(1)  # refcount: Point
second = Point(2)  # refcount: Point, first
kept = Slotted(first)  # refcount: Slotted, Point, first
sizes = [Point.__sizeof__(second)]  # refcount: Point, Slotted, kept
del first  # refcount: Point, Slotted
done = True  # refcount: Point, Slotted, kept
