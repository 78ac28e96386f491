# only() with select_related: the related fields that were not loaded load later.
from blog.models import Entry

e = Entry.objects.select_related("blog").only("headline", "blog__name").get(pk=4)
a = e.blog.name
b = e.blog.tagline
result = (a, b)
