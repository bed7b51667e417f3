# Checks: an exception raised inside a generator propagates through next() and the
# traceback shows both the consumer and the generator frame (stderr, exit code 1).
def parse(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield number, key.strip(), value.strip()


config = ["size = 10", "mode = fast", "broken line", "never = reached"]
for number, key, value in parse(config):
    print(number, key, value)
print("not reached")
