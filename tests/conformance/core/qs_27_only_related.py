# only() with a select_related field.
from blog.models import Entry

qs = Entry.objects.select_related("blog").only("headline", "blog__name").filter(id=1)
e = qs[0]
result = (e.headline, e.blog.name, str(qs.query))
