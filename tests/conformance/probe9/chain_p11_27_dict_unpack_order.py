from blog.models import Entry
filters = {}
filters["rating__lte"] = 4
filters["blog__name__icontains"] = "beatles"
filters["pub_date__year__gte"] = 2009
qs = Entry.objects.filter(**filters).order_by("pub_date")
result = (str(qs.query), [(e.id, str(e.pub_date)) for e in qs])
