# Checks: `del` removes a name binding, not an object: other references keep working,
# and using the deleted name fails. Ends with an uncaught UnboundLocalError.
data = [1, 2, 3]
backup = data
del data
print("backup still works:", backup)
try:
    print(data)
except NameError as e:
    print("NameError:", e)

d = {"a": 1, "b": 2}
del d["a"]
print("del d['a'] ->", d)
lst = [0, 1, 2, 3, 4]
del lst[::2]
print("del lst[::2] ->", lst)


class Config:
    debug = True


del Config.debug
print("class attribute deleted:", hasattr(Config, "debug"))


def report():
    total = 10
    print("total is", total)
    del total
    print("total after del is", total)


report()
