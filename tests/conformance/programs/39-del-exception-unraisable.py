# Checks: an exception raised in __del__ cannot propagate; CPython reports it through
# sys.unraisablehook ("Exception ignored in: ...") and the program carries on. The
# default report names the __del__ function with its address, so it is captured and
# the address is masked before printing; a custom hook shows the fields it receives.
import io
import re
import sys


class Fragile:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)
        raise ValueError("cleanup failed for " + self.name)


print("default hook, stderr captured:")
captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
f = Fragile("first")
del f
sys.stderr = real_stderr
report = re.sub(r" at 0x[0-9a-fA-F]+", " at 0x...", captured.getvalue())
report = report.replace(__file__, "<this file>")
print(report, end="")
print("the program is still running")


def custom_hook(unraisable):
    print("custom hook:")
    print("  err_msg:", unraisable.err_msg)
    print("  object:", getattr(unraisable.object, "__qualname__", type(unraisable.object).__name__))
    print("  exc_type:", unraisable.exc_type.__name__)
    print("  exc_value:", unraisable.exc_value)
    print("  traceback line:", unraisable.exc_traceback.tb_lineno)


sys.unraisablehook = custom_hook
g = Fragile("second")
g = None
print("after g = None")
sys.unraisablehook = sys.__unraisablehook__
print("restored the default hook:", sys.unraisablehook is sys.__unraisablehook__)
