from blog.models import Entry, Blog
good_blogs = Blog.objects.filter(entry__rating=10).values_list("id", flat=True)
qs = Entry.objects.filter(blog_id__in=good_blogs).filter(rating__lte=1).order_by("id")
result = (str(qs.query), [e.id for e in qs])
