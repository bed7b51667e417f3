# fails: uses-a-generator, small-peak, small-iterable
def squares(n):
    return [i * i for i in range(n)]


def sum_of_squares(n):
    return sum(squares(n))


print(sum_of_squares(100_000))
