from django.db.models import When, Value
out = []
for args, kwargs in [((), {"then": 1}), ((Value(1),), {}), (("x",), {"then": 1})]:
    try:
        When(*args, **kwargs)
        out.append("ok")
    except Exception as exc:
        out.append((type(exc).__name__, str(exc)))
result = out
