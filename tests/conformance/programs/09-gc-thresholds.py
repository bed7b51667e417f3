# Checks: gc.get_threshold / set_threshold, gc.isenabled / disable / enable and how
# gc.get_count() is reset by a collection.
import gc

print("default thresholds:", gc.get_threshold())
print("enabled at start:", gc.isenabled())
gc.disable()
print("after disable():", gc.isenabled())
gc.enable()
print("after enable():", gc.isenabled())

gc.set_threshold(500, 5, 5)
print("after set_threshold(500, 5, 5):", gc.get_threshold())
gc.set_threshold(700)
print("set_threshold(700) keeps the others:", gc.get_threshold())
gc.set_threshold(700, 10, 10)

gc.disable()
gc.collect()
print("count right after a full collection:", gc.get_count())
junk = [[] for _ in range(50)]
count = gc.get_count()
print("generation 0 grew by at least 50:", count[0] >= 50)
print("older generations untouched:", count[1:])
gc.collect(0)
print("after collect(0): gen0 reset, gen1 bumped:", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect()
print("after collect():", gc.get_count())
print("collect(3) is rejected:")
try:
    gc.collect(3)
except ValueError as e:
    print("  ValueError:", e)
gc.enable()
