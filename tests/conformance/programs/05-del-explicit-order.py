# Checks: __del__ runs exactly when the last strong reference disappears, not when a
# name is deleted while other references remain.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("finalize", self.name)


a = Tracked("a")
b = Tracked("b")
alias = a
print("del a (alias still refers to it)")
del a
print("del alias")
del alias
print("rebind b to a new object")
b = Tracked("b2")
print("rebinding finished")
del b


def scope():
    local = Tracked("local")
    print("leaving scope")


scope()
print("after scope()")

print("temporary in an expression:")
print("name is", Tracked("temp").name)
print("after the expression")

holder = [Tracked("in-list")]
print("replace the list element")
holder[0] = None
print("done")
