# select_related + only() across lines equals the one-line chain.
from blog.models import Entry

one = Entry.objects.select_related("blog").only("headline", "blog__name").filter(rating=10).order_by("id")
multi = (Entry.objects
         .select_related("blog")
         .only("headline", "blog__name")
         .filter(rating=10)
         .order_by("id"))
result = (str(one.query) == str(multi.query), str(multi.query), [(e.headline, e.blog.name) for e in multi][:3])
