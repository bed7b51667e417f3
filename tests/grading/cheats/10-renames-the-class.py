# exercise: weak-cache
# targets: no-image-left, reference-dies
# cheat: keeps the leak but renames the class and drops its name, so no "Image" seems alive
import weakref


class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = bytearray(10_000)


cache = {}


def load(name):
    image = Image(name)
    cache[name] = image
    return image


image = load("cat.png")
last_ref = weakref.ref(image)
del image
Image.__qualname__ = Image.__name__ = "Picture"
del Image
