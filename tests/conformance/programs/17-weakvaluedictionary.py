# Checks: WeakValueDictionary entries vanish as soon as the value's last strong
# reference is dropped, which makes it a cache that never keeps objects alive.
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name


cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
    return image


a = load("cat.png")
b = load("dog.png")
again = load("cat.png")
print("second load returned the cached object:", again is a)
print("loads so far:", Image.loads)
print("keys:", sorted(cache.keys()))
del a, again
print("after dropping cat.png:", sorted(cache.keys()))
print("'cat.png' in cache:", "cat.png" in cache)
print("len:", len(cache))
c = load("cat.png")
print("cat.png had to be loaded again, loads:", Image.loads)
print("keys:", sorted(cache))
del b, c
print("after dropping everything:", len(cache), list(cache.items()))
try:
    cache["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    cache["n"] = 5
except TypeError as e:
    print("storing an int value -> TypeError:", e)
