from blog.models import Entry
params = {"blog_id": 2, "rating__gte": 6, "headline__icontains": "orm"}
qs = Entry.objects.all()
for key, value in params.items():
    qs = qs.filter(**{key: value})
one = Entry.objects.filter(blog_id=2, rating__gte=6, headline__icontains="orm")
result = (str(qs.query) == str(one.query), str(qs.query), str(one.query))
