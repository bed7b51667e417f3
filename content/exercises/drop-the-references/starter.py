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

# Drop every reference to the March report, and no other, so that it is freed here.

print(march_ref() is None, april_ref() is None)
