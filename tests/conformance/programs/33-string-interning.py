# Checks: identity of strings. Identifier-like literals are interned, strings built at
# run time are new objects unless passed through sys.intern(), one-character latin-1
# strings are cached singletons.
import sys

a = "hello"
b = "hello"
print("two identical literals:", a is b)
c = "hel" + "lo"
print("literal concatenation folded at compile time:", a is c)
part = "hel"
d = part + "lo"
print("concatenation at run time:", a is d, "| equal:", a == d)
e = sys.intern(d)
print("sys.intern() returns the interned object:", e is a)
print("interning the same text twice gives one object:", sys.intern("x y z!") is sys.intern("".join(["x y", " z!"])))
joined = "".join(["sp", "am"])
spam = "spam"
print("''.join(['sp', 'am']) is 'spam':", joined is spam, "| sys.intern fixes it:", sys.intern(joined) is spam)
letter_a, letter_b, empty = "a", "b", ""
xyz = "xyz"
print("one-character strings built at run time are cached:", chr(121) is xyz[1], xyz[2] is chr(122))
print("...but a one-character literal is a different object from that cache:", chr(98) is letter_b)
print("empty strings are one object:", str() is empty, "abc"[3:] is empty)
words = "the cat the dog".split()
print("split() results with equal text are distinct:", words[0] is words[2], words[0] == words[2])
interned = [sys.intern(w) for w in words]
print("after interning each:", interned[0] is interned[2])
print("dict keys keep working either way:", {words[0]: 1}[words[2]])
try:
    sys.intern(b"bytes")
except TypeError as err:
    print("sys.intern(bytes) -> TypeError:", err)
