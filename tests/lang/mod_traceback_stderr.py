# traceback.print_exc()/print_exception() write to sys.stderr by default;
# the program then ends with an uncaught exception whose context was
# handled with traceback, so both texts must agree.
import traceback


class Report:
    def __init__(self, rows):
        self.rows = rows

    def total(self):
        return sum(self.price(r) for r in self.rows)

    def price(self, row):
        return row["qty"] * row["unit"]


rows = [{"qty": 2, "unit": 3}, {"qty": 1}]
try:
    Report(rows).total()
except KeyError as e:
    print("caught", repr(e))
    traceback.print_exc()
    traceback.print_exception(e, limit=1)
    traceback.print_exception(type(e), e, e.__traceback__, chain=False)
    print("".join(traceback.format_exception_only(e)), end="")

try:
    Report([{"qty": "2", "unit": (None)}]).total()
except TypeError:
    traceback.print_exc(limit=-1)
    raise RuntimeError("report failed")
