class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x  # refcount: self
        self.y = y  # refcount: self, y


coordinates = [10.5, 20.5]
p = Point(coordinates, coordinates)  # refcount: coordinates
q = p  # refcount: p, coordinates
