# Checks: context managers release resources deterministically, in reverse order of
# acquisition, even when the body raises; contextlib.ExitStack and closing().
import contextlib


class Handle:
    def __init__(self, name):
        self.name = name
        print("acquire", name)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, "| exception:", exc_type.__name__ if exc_type else None)
        return False

    def close(self):
        print("close()", self.name)


with Handle("outer") as o, Handle("inner") as i:
    print("body uses", o.name, "and", i.name)

try:
    with Handle("db"):
        with Handle("file"):
            raise OSError("disk full")
except OSError as e:
    print("handled:", e)

with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.enter_context(Handle(f"pooled-{n}"))
    stack.callback(print, "ExitStack callback (registered last, runs first)")
    print("ExitStack body")

with contextlib.closing(Handle("socket")) as s:
    print("using", s.name)


class Suppressor(Handle):
    def __exit__(self, exc_type, exc, tb):
        super().__exit__(exc_type, exc, tb)
        return True


with Suppressor("guard"):
    raise KeyError("swallowed")
print("a true return value from __exit__ swallowed the KeyError")
