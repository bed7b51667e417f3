SENTINEL = object()


def lookup(key, default=SENTINEL):
    found = default  # refcount: default, key
    return found is SENTINEL  # refcount: found


cache = {}
key = ("tuple", "key", 12345678)
cache[key] = lookup(key)  # refcount: key, SENTINEL
values = list(cache)  # refcount: key, cache
