# only() with select_related: only the listed columns of both tables, plus both pks.
from blog.models import Entry

qs = Entry.objects.select_related("blog").only("headline", "blog__name").filter(pk__lte=2).order_by("id")
result = [(e.headline, e.blog.name) for e in qs]
