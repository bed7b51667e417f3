# Checks: gc.get_objects() sees every object the collector tracks, which makes it a
# leak-hunting tool: count live instances of a class before and after cleanup. Also
# gc.get_stats() shape (its numbers depend on start-up work, so only the keys).
import gc


class Session:
    registry = []

    def __init__(self, user):
        self.user = user


def live_sessions():
    return sum(1 for o in gc.get_objects() if isinstance(o, Session))


gc.collect()
gc.disable()
print("live at start:", live_sessions())
sessions = [Session(f"user{i}") for i in range(5)]
print("after creating 5:", live_sessions())
Session.registry.append(sessions[0])
sessions.clear()
print("after clearing the list, one is leaked via the class registry:", live_sessions())
leak = [o.user for o in gc.get_objects() if isinstance(o, Session)]
print("the leaked one:", leak)
Session.registry.clear()
print("after clearing the registry:", live_sessions())

loop = Session("cyclic")
loop.self_ref = loop
del loop
print("a dead cycle is still listed until collected:", live_sessions())
gc.collect()
print("after gc.collect():", live_sessions())

print("get_objects(generation=0) only lists the youngest generation:")
fresh = Session("fresh")
print("  in gen 0:", any(o is fresh for o in gc.get_objects(generation=0)))
gc.collect(0)
print("  after collect(0), in gen 1:", any(o is fresh for o in gc.get_objects(generation=1)))
number = int("12345")
print("ints are not tracked, so never listed:", any(o is number for o in gc.get_objects()))
stats = gc.get_stats()
print("get_stats(): one dict per generation:", len(stats), sorted(stats[0]))
gc.enable()
