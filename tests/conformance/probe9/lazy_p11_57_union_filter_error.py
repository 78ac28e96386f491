from blog.models import Entry
u = Entry.objects.filter(rating=10).union(Entry.objects.filter(blog_id=4))
out = []
for op in ("filter", "exclude", "annotate", "order_by_rel"):
    try:
        if op == "order_by_rel":
            list(u.order_by("blog__name"))
        else:
            getattr(u, op)(id=1) if op != "annotate" else u.annotate()
            out.append((op, "ok"))
    except Exception as exc:
        out.append((op, type(exc).__name__, str(exc)))
result = out
