import weakref


class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = bytearray(10_000)


cache = {}


def load(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
    return image


image = load("cat.png")
last_ref = weakref.ref(image)
del image
