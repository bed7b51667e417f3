# Recursion through a decorator crosses C (a call with *args) at every level: it must still end in
# RecursionError exactly as native CPython prints it, never in a crashed interpreter.
import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@deco
def down(n):
    return down(n + 1)
down(0)
