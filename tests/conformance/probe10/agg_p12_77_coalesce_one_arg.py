from django.db.models.functions import Coalesce, NullIf
out = []
for make in (lambda: Coalesce("a"), lambda: NullIf("a")):
    try:
        make()
        out.append("ok")
    except Exception as exc:
        out.append((type(exc).__name__, str(exc)))
result = out
