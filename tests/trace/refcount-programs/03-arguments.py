class Box:
    def __init__(self, value):
        self.value = value  # refcount: self, value


def inspect(obj, again):
    total = [obj, again]  # refcount: obj, again
    return len(total)  # refcount: obj, total


payload = [0] * 3
box = Box(payload)  # refcount: payload
inspect(payload, payload)  # refcount: payload, box
inspect(box, payload)  # refcount: box
