# fails: counts-equal-values, hidden-counts, prints-results
def count_equal(items, target):
    """How many items of the list are equal to target."""
    count = 0
    for item in items:
        if id(item) == id(target):
            count += 1
    return count


def same_object(a, b):
    """True only when a and b are one and the same object, not merely equal ones."""
    return id(a) == id(b)


scores = [int(word) for word in "1000 250 1000".split()]
print(count_equal(scores, 1000))

alias = scores
print(same_object(scores, alias), same_object(scores, [1000, 250, 1000]))
