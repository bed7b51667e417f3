import gc


class Link:
    def __init__(self):
        self.partner = None


a = Link()
b = Link()  # refcount: a
a.partner = b  # refcount: a, b
b.partner = a  # refcount: a, b
del a  # refcount: b
gc.collect()  # refcount: b
c = b.partner  # refcount: b
