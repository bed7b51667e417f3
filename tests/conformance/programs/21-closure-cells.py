# Checks: closures keep the variables they use in cell objects (__closure__ and
# cell_contents); nonlocal writes go through the cell, and cells are shared.
def make_counter():
    count = 0
    step = 1

    def increment():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return increment, peek


inc, peek = make_counter()
print("free variables of increment:", inc.__code__.co_freevars)
print("free variables of peek:", peek.__code__.co_freevars)
print("cell variables of make_counter:", make_counter.__code__.co_cellvars)
print("closure length:", len(inc.__closure__))
print("cell contents:", [c.cell_contents for c in inc.__closure__])
inc()
inc()
print("after two increments, peek():", peek())
print("the count cell is shared:", inc.__closure__[0] is peek.__closure__[0])
inc.__closure__[0].cell_contents = 100
print("after writing cell_contents = 100, peek():", peek(), "inc():", inc())


def plain():
    return 1


print("a function without free variables has __closure__:", plain.__closure__)


def outer():
    value = "late"

    def inner():
        return value

    del value
    return inner


f = outer()
try:
    f.__closure__[0].cell_contents
except ValueError as e:
    print("empty cell -> ValueError:", e)
try:
    f()
except NameError as e:
    print("calling inner() -> NameError:", e)
