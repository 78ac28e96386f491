from blog.models import Entry
result = Entry.objects.filter(blog_id=3).values_list("headline", flat=True).explain()
