# Checks: gc.freeze() moves every tracked object into a permanent generation that
# collections ignore; gc.unfreeze() puts them back.
import gc
import weakref

gc.collect()
gc.disable()
print("frozen before freeze():", gc.get_freeze_count())


class Node:
    pass


a = Node()
a.self = a
watch = weakref.ref(a)
del a
gc.freeze()
print("something is frozen now:", gc.get_freeze_count() > 0)
print("older generations are empty after freeze():", gc.get_count()[1:])
print("collect() while frozen finds:", gc.collect())
print("frozen cycle still alive:", watch() is not None)
gc.unfreeze()
print("frozen after unfreeze():", gc.get_freeze_count())
print("collect() after unfreeze finds:", gc.collect())
print("cycle alive:", watch() is not None)
gc.enable()
