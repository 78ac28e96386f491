from blog.models import Blog, Entry, Author
qs = Entry.objects.defer("body_text").only("headline", "rating")
e = qs.order_by("id")[0]
result = (str(qs.query), sorted(e.get_deferred_fields()))
