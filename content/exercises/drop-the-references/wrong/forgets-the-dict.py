# fails: march-freed, one-report-left, prints
import weakref


class Report:
    def __init__(self, month):
        self.month = month
        self.rows = list(range(10_000))


march = Report("March")
latest = march
archive = [march, Report("April")]
by_month = {"March": march, "April": archive[1]}
march_ref = weakref.ref(march)
april_ref = weakref.ref(archive[1])

del march, latest
del archive[0]

print(march_ref() is None, april_ref() is None)
