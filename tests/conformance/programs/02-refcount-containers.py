# Checks: containers hold strong references; sys.getrefcount rises and falls as an
# object is stored in and removed from a list, a dict, a set and a tuple.
import sys

item = object()
base = sys.getrefcount(item)
print("baseline:", base)

box = [item]
print("in a list: +", sys.getrefcount(item) - base)
box.append(item)
box.append(item)
print("three times in the list: +", sys.getrefcount(item) - base)
box.pop()
print("after pop(): +", sys.getrefcount(item) - base)

table = {"a": item, "b": item}
print("plus two dict values: +", sys.getrefcount(item) - base)
table[item] = 1
print("plus a dict key: +", sys.getrefcount(item) - base)

pair = (item, item)
print("plus a 2-tuple: +", sys.getrefcount(item) - base)

bag = {item}
bag.add(item)
print("plus a set (added twice): +", sys.getrefcount(item) - base)

del box, table, pair, bag
print("all containers deleted: +", sys.getrefcount(item) - base)

nested = [[item], [item, [item]]]
print("nested lists: +", sys.getrefcount(item) - base)
nested[1].clear()
print("after clearing the inner list: +", sys.getrefcount(item) - base)
del nested
print("back to baseline:", sys.getrefcount(item) == base)
