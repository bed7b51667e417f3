# Checks: a SyntaxError anywhere in the file stops the whole program before any line
# runs: stdout stays empty, stderr shows the offending line without a "Traceback"
# header, and the exit code is 1. (Here: `del` of a function call, which has no
# name binding to remove.)
print("this line never runs, even though it comes first")
cache = {"key": object()}


def evict(key):
    del cache.get(key)


evict("key")
