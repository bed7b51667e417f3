# fails: small-peak
import sys

N = 100_000


class Flags:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]


# sys.getsizeof(flags) is small, but the list it refers to is as big as ever.
flags = Flags([i % 3 == 0 or i % 5 == 0 for i in range(N)])


def is_flagged(i):
    return flags[i]


print(sys.getsizeof(flags))
print(sum(flags.items))
