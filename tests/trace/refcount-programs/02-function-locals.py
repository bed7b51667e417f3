def build():
    items = []
    other = items  # refcount: items
    pair = (items, other)  # refcount: items
    del other  # refcount: items, pair
    return pair  # refcount: items, pair


result = build()  # refcount: build
first = result[0]  # refcount: result
