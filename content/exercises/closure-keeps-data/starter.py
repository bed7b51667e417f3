import weakref


class Table:
    def __init__(self, n):
        self.rows = [0] * n  # 4 bytes a row in this 32-bit build, 8 on 64-bit


def make_counter(table):
    def count():
        return len(table.rows)
    return count


def rows_in(n):
    return make_counter(Table(n))()


table = Table(200_000)
counter = make_counter(table)
table_ref = weakref.ref(table)
del table

counters = [make_counter(Table(200_000)) for _ in range(10)]
print(counter(), sum(count() for count in counters))
