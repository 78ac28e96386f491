from blog.models import Entry
result = (Entry.objects.filter(blog_id=2).last().id, Entry.objects.filter(blog_id=2).order_by("-rating", "id").last().id)
