from django.db.models import Avg, Count, Max
from blog.models import Blog
for b in Blog.objects.annotate(n=Count("entry"), avg=Avg("entry__rating"), best=Max("entry__rating")).order_by("id"):
    avg = f"{b.avg:.2f}" if b.avg is not None else "-"
    print(f"{b.name:<14}|{b.n:>3}|{avg}|{b.best}")
result = None
