# Checks: explicit chaining with `raise ... from err` prints "The above exception was
# the direct cause of the following exception:" and both tracebacks.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError(f"bad port {text!r}") from err


for text in ("8080", "80"):
    print("port:", parse_port(text))
try:
    parse_port("x")
except ConfigError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, "| suppressed:", e.__suppress_context__)
parse_port("eighty")
