# match over values_list() rows: tuple patterns with literals, captures and _.
from blog.models import Entry

out = []
for row in Entry.objects.order_by("id").values_list("id", "rating", "headline")[:6]:
    match row:
        case (pk, 5, _):
            out.append(("five", pk))
        case (pk, r, h) if r > 5:
            out.append(("high", pk, h[:10]))
        case (pk, *rest):
            out.append(("other", pk, len(rest)))
result = out
