import re, textwrap, json
from blog.models import Entry, Blog
heads = list(Entry.objects.order_by("pk").values_list("headline", flat=True)[:8])
print([h.title() for h in heads][:3])
print([re.sub(r"\W+", "-", h.lower()).strip("-") for h in heads][:4])
print(textwrap.shorten(" ".join(heads), width=60, placeholder=" ..."))
print(", ".join(sorted(set(w for h in heads for w in h.split() if len(w) > 5)))[:80])
print(json.dumps(list(Blog.objects.order_by("pk").values("id", "name")[:2]), indent=2, sort_keys=True))
print(json.dumps({"n": Entry.objects.count(), "heads": heads[:2]}, ensure_ascii=False))
print("%-12s|%5.1f|%x" % (heads[0][:12], 3.14159, 255), "{:>8}".format("x"), f"{len(heads)!r:^6}")
print(heads[0].partition(" "), heads[1].rsplit(" ", 1), heads[2].center(30, "*"))
print(sorted(heads, key=str.casefold)[:2], [h.encode("utf-8")[:5] for h in heads[:2]])
result = heads
