# exercise: weak-cache
# targets: reference-dies, no-image-left
# cheat: replaces weakref.ref with something that always says its object is gone
import weakref


class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = bytearray(10_000)


cache = {}
weakref.ref = lambda obj: (lambda: None)


def load(name):
    image = Image(name)
    cache[name] = image
    return image


image = load("cat.png")
last_ref = weakref.ref(image)
del image
