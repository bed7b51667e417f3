# Checks: gc.get_referents (what an object points to) and gc.get_referrers (which
# tracked containers point to an object). Only types and values are printed.
import gc


def type_names(objs):
    return sorted(type(o).__name__ for o in objs)


inner = [1, 2]
outer = [inner, "text", 3]
print("referents of a list:", type_names(gc.get_referents(outer)))
print("the inner list is among them:", any(r is inner for r in gc.get_referents(outer)))

pair = (inner, None)
print("referents of a tuple:", type_names(gc.get_referents(pair)))

mapping = {"k": inner}
print("referents of a dict:", type_names(gc.get_referents(mapping)))
print("referents of an int:", gc.get_referents(42))


class Box:
    def __init__(self, content):
        self.content = content


box = Box(inner)
refs = gc.get_referents(box)
print("referents of an instance include its class:", any(r is Box for r in refs))

gc.collect()
gc.disable()  # a collection could untrack the tuple below at an unpredictable moment


def referrer_types(obj):
    return type_names(r for r in gc.get_referrers(obj) if r is not globals())


target = object()
holder_list = [target]
holder_dict = {"t": target}
holder_tuple = (target,)
print("referrers of target (excluding module globals):", referrer_types(target))
print("  (the dict is missing: it holds only atomic values, so it is untracked)")
holder_dict["list"] = []
print("once the dict also holds a list:", referrer_types(target))
print("module globals are a referrer too:", any(r is globals() for r in gc.get_referrers(target)))
del holder_list, holder_dict, holder_tuple
print("after deleting the holders:", referrer_types(target))
print("referents of several objects at once:", type_names(gc.get_referents([1], (2,))))
gc.enable()
