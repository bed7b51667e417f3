# fails: example, hidden-cases, prints-log
log = []


def average(numbers):
    """The mean of a list of numbers. Logs how many numbers it averaged, and their mean."""
    mean = sum(numbers) // len(numbers)
    log.append((len(numbers), mean))
    return mean


readings = [3.0, 4.5, 6.0]
result = average(readings)
print(result, log)  # mark: after
