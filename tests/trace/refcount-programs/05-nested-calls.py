def inner(value):
    kept = value  # refcount: value
    return kept  # refcount: kept


def outer(value):
    mine = [value]  # refcount: value
    back = inner(value)  # refcount: value, mine
    return back  # refcount: back, mine


shared = {"a": 1}
answer = outer(shared)  # refcount: shared
final = answer  # refcount: answer, shared
