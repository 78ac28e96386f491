# date.isocalendar() is datetime.IsoCalendarDate (3.9+): a tuple with names.
from datetime import date, datetime
import pickle
c = date(2005, 1, 5).isocalendar()
print(repr(c), type(c).__name__, type(c).__module__, c == (2004, 53, 3), c[1], c.week, c.year, c.weekday, hash(c) == hash(tuple(c)))
print(pickle.loads(pickle.dumps(c)), type(pickle.loads(pickle.dumps(c))).__name__)
print(datetime(2024, 1, 15).isocalendar(), str(c), isinstance(c, tuple), len(c), list(c))
y, w, d = date(2024, 12, 30).isocalendar()
print(y, w, d, c < (2005, 2, 0), c + (1,))
try:
    c.week = 3
except AttributeError as e:
    print("AttributeError", e)
