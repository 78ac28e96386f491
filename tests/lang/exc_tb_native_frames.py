# What is C in CPython shows no line of its own in a traceback: an error
# inside operator.itemgetter, functools.reduce/partial, bisect, csv, io or
# heapq's heap functions points at the learner's line (and at a function
# of theirs that it called back), as CPython's traceback does.
import bisect
import csv
import io
import traceback
from functools import partial, reduce
from heapq import heappush
from operator import itemgetter


def add_rating(total, row):
    return total + row["rating"]


def check(label, fn):
    try:
        fn()
    except Exception:
        print("--", label)
        traceback.print_exc()


rows = [{"rating": 3}, {"stars": 4}]
check("reduce", lambda: reduce(add_rating, rows, 0))
check("partial", lambda: partial(add_rating, 0)({}))
check("itemgetter", lambda: sorted(rows, key=itemgetter("rating")))
check("bisect", lambda: bisect.insort([1, 2, 3], "x"))
check("csv", lambda: csv.writer(io.StringIO()).writerow(5))
check("io", lambda: io.StringIO().write(5))
heap = [1, 2]
check("heappush", lambda: heappush(heap, "z"))
print(sorted(rows, key=itemgetter("stars")))
