# Checks: sys.getrefcount of objects that come from literals in the source. A literal
# is a constant of the compiled code object, so it already has references before any
# name is bound to it: co_consts holds one, and while `python3 file.py` runs the main
# module, the parsed syntax tree of the file holds one too. (Small ints, None, True
# and one-character strings are shared interpreter-wide singletons whose counts vary,
# so they are not printed.)
import sys

big = 123456
print("x = 123456:", sys.getrefcount(big))
other = 123456
print("a second name bound to the same literal:", sys.getrefcount(big), "| same object:", big is other)
computed = int("123456")
print("an equal int computed at run time:", sys.getrefcount(computed))
text = "a string literal"
print("str literal:", sys.getrefcount(text))
ratio = 2.5
print("float literal:", sys.getrefcount(ratio))
point = (1, 2, 3)
print("tuple of constants (folded into one constant):", sys.getrefcount(point))
fresh = [1, 2, 3]
print("list display (a new list every time):", sys.getrefcount(fresh))


def in_function():
    local = 987654
    return sys.getrefcount(local)


print("literal bound to a local variable:", in_function())
del other
print("after del other:", sys.getrefcount(big))
