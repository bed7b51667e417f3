# fails: lets-go
log = []


def average(numbers, seen=[]):
    """The mean of a list of numbers. Logs how many numbers it averaged, and their mean."""
    seen.append(numbers)
    mean = sum(numbers) / len(numbers)
    log.append((len(numbers), mean))
    return mean


readings = [3.0, 4.5, 6.0]
result = average(readings)
print(result, log)  # mark: after
