import weakref

OPEN_HANDLES = set()  # stands for the operating system's table of open handles


def acquire(number):
    OPEN_HANDLES.add(number)
    return number


def release(number):
    OPEN_HANDLES.discard(number)
    print(f"released handle {number}")


class Session:
    def __init__(self, number):
        self.handle = acquire(number)
        self.buffer = bytearray(100_000)
        # Make release(self.handle) run when this session is freed.


def handles_left_after_a_session(number):
    session = Session(number)
    del session
    return sorted(OPEN_HANDLES)


session = Session(7)
session_ref = weakref.ref(session)
del session
print("handles still open:", sorted(OPEN_HANDLES))
