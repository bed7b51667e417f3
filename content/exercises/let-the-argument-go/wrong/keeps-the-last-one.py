# fails: lets-go
log = []
last = None


def average(numbers):
    """The mean of a list of numbers. Logs how many numbers it averaged, and their mean."""
    global last
    last = numbers
    mean = sum(numbers) / len(numbers)
    log.append((len(numbers), mean))
    return mean


readings = [3.0, 4.5, 6.0]
result = average(readings)
print(result, log)  # mark: after
