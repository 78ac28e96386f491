# match over values() dicts: mapping patterns, **rest, a value pattern.
from blog.models import Entry

class Limits:
    TOP = 9

out = []
for d in Entry.objects.order_by("id").values("id", "rating", "number_of_comments")[:6]:
    match d:
        case {"rating": Limits.TOP, "id": pk}:
            out.append(("top", pk))
        case {"rating": 1 | 2 | 3 as r, **rest}:
            out.append(("low", r, sorted(rest)))
        case {"id": pk, "number_of_comments": 13}:
            out.append(("quiet", pk))
        case {"id": pk}:
            out.append(("rest", pk))
result = out
