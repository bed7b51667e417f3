# Checks: SystemExit ends the program without a traceback; finally blocks and context
# managers still run on the way out, and the exit code is the argument (here 3).
import sys


class Cleanup:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__, "with code", exc.code)
        return False


def main():
    try:
        with Cleanup():
            print("work done, exiting with status 3")
            sys.exit(3)
    finally:
        print("finally still runs")


try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit can be caught; code =", e.code, "| is BaseException:", not isinstance(e, Exception))
main()
print("not reached")
