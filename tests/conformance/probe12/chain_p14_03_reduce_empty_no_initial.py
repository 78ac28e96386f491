# reduce over no Q objects without an initial value fails in Python.
import operator
from functools import reduce
from django.db.models import Q

try:
    reduce(operator.or_, [])
except TypeError as exc:
    result = str(exc)
