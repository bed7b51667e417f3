# fails: reports, one-scratch-at-a-time
class Scratch:
    """Working memory for one parse: about 400 KB."""

    def __init__(self):
        self.cells = [None] * 100_000


failures = []  # what went wrong, for the report at the end


def parse(text):
    scratch = Scratch()
    try:
        return int(text)
    except ValueError as error:
        failures.append(error)
        return None


def report():
    return failures


for text in ["1", "two", "3", "four", "five", "6", "seven", "eight", "nine", "10"]:
    parse(text)
print(report()[-1])
