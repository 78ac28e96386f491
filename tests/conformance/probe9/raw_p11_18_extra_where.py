from blog.models import Entry
qs = Entry.objects.extra(where=["number_of_comments > %s", "rating < %s"], params=[18, 9]).order_by("id")
result = ([e.id for e in qs], str(qs.query))
