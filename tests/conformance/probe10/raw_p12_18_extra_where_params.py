from blog.models import Entry
qs = Entry.objects.extra(where=["rating > %s", "blog_id IN (%s, %s)"], params=[6, 1, 2]).order_by("id")
result = ([e.id for e in qs], str(qs.query))
