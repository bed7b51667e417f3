# Checks: at interpreter exit, atexit handlers run in reverse registration order, and
# weakref.finalize callbacks whose objects are still alive run (atexit=True) or are
# skipped (atexit=False). Everything with a visible finaliser is dealt with explicitly
# or at exit, so the output does not depend on module teardown order.
import atexit
import weakref


class Session:
    def __init__(self, name):
        self.name = name


def say(message):
    print(message)


# Creating the first finalize object registers weakref's own exit hook. Doing it before
# any atexit.register() call makes that hook run after all handlers below.
keep_open = Session("kept")
weakref.finalize(keep_open, say, "finalize(kept) ran at exit, after the atexit handlers")

skipped = Session("skipped")
fin = weakref.finalize(skipped, say, "this line must never be printed")
fin.atexit = False

early = Session("early")
weakref.finalize(early, say, "finalize(early) ran when the object died")
del early


def first():
    print("atexit: registered first, runs last of the handlers")


def second(suffix):
    print("atexit: registered second, runs first" + suffix)


def dropped():
    print("this handler was unregistered and must not run")


atexit.register(first)
atexit.register(second, " (with an argument)")
atexit.register(dropped)
atexit.unregister(dropped)
print("end of the program body")
