# Checks: `raise ... from None` hides the original exception in the traceback, while
# __context__ still records it; exception notes (3.11) are printed after the message.
class Missing(Exception):
    pass


def find(table, key):
    try:
        return table[key]
    except KeyError:
        raise Missing(key) from None


table = {"x": 1}
print("find x:", find(table, "x"))
try:
    find(table, "y")
except Missing as e:
    print("context kept:", type(e.__context__).__name__, "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)

err = Missing("z")
err.add_note("hint: keys are case sensitive")
err.add_note("hint: known keys are " + ", ".join(sorted(table)))
print("notes:", err.__notes__)
raise err
