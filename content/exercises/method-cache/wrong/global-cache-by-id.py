# fails: no-growing-cache
import weakref

totals = {}  # (id(sheet), column) -> total: ids do not keep the sheets alive


class Sheet:
    def __init__(self, rows):
        self.rows = rows
        self.padding = bytearray(100_000)  # what a real spreadsheet would hold besides its rows

    def total(self, column):
        key = (id(self), column)
        if key not in totals:
            totals[key] = sum(row[column] for row in self.rows)
        return totals[key]


def column_total(rows, column):
    """The total of one column of a new Sheet of these rows, asked for twice: once computed, once cached."""
    sheet = Sheet(rows)
    sheet.total(column)
    return sheet.total(column)


sheet = Sheet([[1, 2], [3, 4], [5, 6]])
print(sheet.total(1))
sheet_ref = weakref.ref(sheet)
del sheet
