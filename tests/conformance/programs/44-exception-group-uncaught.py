# Checks: 3.11 exception groups - except* splits a group, and an uncaught group prints
# its nested tracebacks in the boxed format (stderr, exit code 1).
def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value > 100:
        raise OverflowError(f"too large: {value}")
    return value


def validate(values):
    errors = []
    for v in values:
        try:
            check(v)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


try:
    validate([5, -1, 500, -2])
except* ValueError as group:
    print("ValueErrors:", [str(e) for e in group.exceptions])
except* OverflowError as group:
    print("OverflowErrors:", [str(e) for e in group.exceptions])

g = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
match, rest = g.split(KeyError)
print("split KeyError:", repr(match))
print("rest:", repr(rest))
print("subgroup of ValueError:", repr(g.subgroup(ValueError)))
validate([1, -3, 1000])
