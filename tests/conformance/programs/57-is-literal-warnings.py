# Checks: comparing with `is` against a literal makes the compiler emit a SyntaxWarning
# to stderr (with file, line and source line) before the program runs; the program still
# runs. Also runtime warnings.warn() calls from __main__: each distinct message is shown
# once per source line, repeats of the same message are suppressed.
import warnings

limit = int("1000")
if limit is 1000:
    print("identity happened to hold")
else:
    print("limit is 1000 -> False: a computed int is a different object than the constant")
print("limit == 1000 ->", limit == 1000)


def check_size(n):
    if n > 100:
        warnings.warn(f"size {n} is large", UserWarning)
    return n


for n in (50, 500, 5000, 500, 500):
    print("checked", check_size(n))
warnings.warn("shown: DeprecationWarning is visible when triggered in __main__", DeprecationWarning)
print("done")
