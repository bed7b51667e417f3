# Checks: assignment copies references, copy.copy() makes a new outer container that
# shares the inner objects, copy.deepcopy() recreates the nested structure and
# preserves shared references and cycles inside it.
import copy

inner = [1, 2]
original = {"list": inner, "again": inner, "num": 7}
alias = original
shallow = copy.copy(original)
deep = copy.deepcopy(original)

print("alias is original:", alias is original)
print("shallow is original:", shallow is original, "| shares inner:", shallow["list"] is inner)
print("deep is original:", deep is original, "| shares inner:", deep["list"] is inner)
print("deepcopy keeps the two references to one list shared:", deep["list"] is deep["again"])
inner.append(3)
print("after inner.append(3):")
print("  original:", original["list"])
print("  shallow:", shallow["list"])
print("  deep:", deep["list"])

cyclic = [1]
cyclic.append(cyclic)
clone = copy.deepcopy(cyclic)
print("deepcopy of a self-containing list:", clone[1] is clone, clone[1] is cyclic)
word = "-".join(["immutable", "text"])
print("immutable atoms are not copied:", copy.copy(word) is word, copy.deepcopy(word) is word)
t = (1, 2, "x")
print("a tuple of immutables is returned as is:", copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print("a tuple holding a list is rebuilt by deepcopy:", copy.deepcopy(t2) is t2)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __copy__(self):
        print("  __copy__ called")
        return Point(self.x, self.y)


p = Point(1, [2])
q = copy.copy(p)
print("custom __copy__ result shares y:", q.y is p.y)
r = copy.deepcopy(p)
print("deepcopy ignores __copy__ and copies y:", r.y is p.y, r.y == p.y)
