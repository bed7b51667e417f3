import math


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def distance(ax, ay, bx, by):
    ...


points = [Point(i % 7, i % 5) for i in range(10_000)]
