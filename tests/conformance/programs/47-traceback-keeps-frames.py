# Checks: a caught exception's __traceback__ references the frames it passed through,
# and so keeps their local variables alive until the exception is released. The
# `except ... as e` target is deleted automatically at the end of the block.
import sys
import weakref


class Payload:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Payload", self.name, "freed")


def fail_with(name):
    local = Payload(name)
    raise RuntimeError("failed while holding " + local.name)


print("exception handled and dropped:")
try:
    fail_with("first")
except RuntimeError as e:
    print("  caught:", e)
print("  after the except block")
print("  name e still defined:", "e" in globals())

print("exception stored in a variable:")
saved = None
try:
    fail_with("second")
except RuntimeError as e:
    saved = e
print("  after the except block, payload still alive")
frame = saved.__traceback__.tb_next.tb_frame
print("  traceback frame belongs to:", frame.f_code.co_name)
print("  its locals:", sorted(frame.f_locals))
del frame
print("  dropping the saved exception:")
saved = None
print("  done")

print("sys.exc_info() inside and outside an except block:")
try:
    raise ValueError("inside")
except ValueError:
    print("  inside:", sys.exc_info()[0].__name__)
print("  outside:", sys.exc_info())

print("traceback.clear_frames() releases locals but keeps the exception:")
import traceback

try:
    fail_with("third")
except RuntimeError as e:
    kept = e
traceback.clear_frames(kept.__traceback__)
print("  exception still usable:", kept)
