# Checks: compile-time errors around name binding - what `del`, `global` and `nonlocal`
# accept - with message, line and column; the last one is left uncaught, so the program
# ends with a SyntaxError traceback from exec() (stderr, exit code 1).
snippets = [
    "del f()",
    "del 1",
    "del (a, b), [c]",
    "nonlocal x",
    "def f():\n    nonlocal nothing\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "del x, y[0], z.attr",
    "x += 1, 2 = 3",
]
for source in snippets:
    try:
        compile(source, "<snippet>", "exec")
        print(f"{source!r}: compiles")
    except SyntaxError as e:
        print(f"{source!r}: SyntaxError: {e.msg} (line {e.lineno}, column {e.offset})")

exec("counter = 0\ndef bump():\n    counter += 1\n    return counter\n")
try:
    bump()
except UnboundLocalError as e:
    print("bump() without `global counter`:", e)
exec("def outer():\n    value = 1\n    def inner():\n        del value\n    return inner\n")
print("`del value` in inner() makes value local to inner; calling it:")
try:
    outer()()
except NameError as e:
    print(" ", type(e).__name__ + ":", e)
items = [1, 2, 3]
try:
    del items[0], items[5]
except IndexError as e:
    print("del items[0], items[5] deletes left to right, then fails:", items, "|", e)
print("exec() of a function that deletes a call:")
exec("def cleanup(handle):\n    del handle.close()\n")
