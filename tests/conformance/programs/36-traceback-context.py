# Checks: an exception raised while handling another one is chained implicitly
# ("During handling of the above exception, another exception occurred:").
cache = {"a": 1}


def lookup(key):
    try:
        return cache[key]
    except KeyError:
        print("cache miss for", repr(key))
        return int(key)  # fails again: the KeyError becomes the __context__


print("lookup('a') =", lookup("a"))
print("lookup('7') =", lookup("7"))
lookup("b")
