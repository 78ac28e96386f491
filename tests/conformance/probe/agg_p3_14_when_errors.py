# When() needs a condition; Case() needs When objects.
from django.db.models import Case, F, Value, When

out = []
for fn in (lambda: When(then=Value(1)), lambda: When(F("rating"), then=1), lambda: Case(Value(1))):
    try:
        fn()
        out.append("no error")
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
