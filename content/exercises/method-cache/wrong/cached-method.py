# fails: sheet-freed, no-sheet-left
import functools
import weakref


class Sheet:
    def __init__(self, rows):
        self.rows = rows
        self.padding = bytearray(100_000)  # what a real spreadsheet would hold besides its rows

    @functools.lru_cache(maxsize=None)
    def total(self, column):
        return sum(row[column] for row in self.rows)


def column_total(rows, column):
    """The total of one column of a new Sheet of these rows, asked for twice: once computed, once cached."""
    sheet = Sheet(rows)
    sheet.total(column)
    return sheet.total(column)


sheet = Sheet([[1, 2], [3, 4], [5, 6]])
print(sheet.total(1))
sheet_ref = weakref.ref(sheet)
del sheet
