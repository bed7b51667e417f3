# Classes whose every hook prints: if the probe ran any of them, the traced output would differ.
class Loud:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("__getattr__", name)
        raise AttributeError(name)
    def __eq__(self, other):
        print("__eq__")
        return False
    def __hash__(self):
        print("__hash__")
        return 1
    def __repr__(self):
        print("__repr__")
        return "Loud()"
    def __len__(self):
        print("__len__")
        return 0
    def __sizeof__(self):
        print("__sizeof__")
        return 0
class Disguised:
    @property
    def __class__(self):
        print("__class__ read")
        return int
class LoudList(list):
    def __iter__(self):
        print("LoudList.__iter__")
        return list.__iter__(self)
    def __len__(self):
        print("LoudList.__len__")
        return list.__len__(self)
    def __getitem__(self, index):
        print("LoudList.__getitem__")
        return list.__getitem__(self, index)
class LoudError(Exception):
    def __getattribute__(self, name):
        print("LoudError.__getattribute__", name)
        return object.__getattribute__(self, name)
def keep():
    try:
        raise LoudError("kept")
    except LoudError as error:
        return error
loud = Loud()
disguised = Disguised()
items = LoudList([loud, disguised])
error = keep()
table = {"loud": loud, 1: items}
print("done", len(table))
