# Checks: the order in which containers release their items when cleared or deleted.
# list.clear() and del of a list drop items from the last to the first; a dict drops
# values in insertion order; a tuple drops from the last to the first.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  finalize", self.name)


items = [Tracked("L0"), Tracked("L1"), Tracked("L2")]
print("list.clear():")
items.clear()

items = [Tracked("M0"), Tracked("M1"), Tracked("M2")]
print("del list:")
del items

table = {"k0": Tracked("D0"), "k1": Tracked("D1"), "k2": Tracked("D2")}
print("dict.clear():")
table.clear()

table = {"k0": Tracked("E0"), "k1": Tracked("E1"), "k2": Tracked("E2")}
print("del dict:")
del table

row = (Tracked("T0"), Tracked("T1"), Tracked("T2"))
print("del tuple:")
del row

items = [Tracked("S0"), Tracked("S1"), Tracked("S2"), Tracked("S3")]
print("del items[1:3]:")
del items[1:3]
print("remaining:", [t.name for t in items])
print("items.pop(0):")
items.pop(0)
print("reassign whole list:")
items = []
print("end")
