from blog.models import Entry
base = Entry.objects.filter(blog_id=2)
high = base.filter(rating__gte=8)
low = base.exclude(rating__gte=8)
result = (base.count(), high.count(), low.count(), str(low.query))
