from blog.models import Blog, Entry
ids = list(Blog.objects.values_list("id", flat=True).order_by("id"))
result = [Entry.objects.filter(blog_id=i).count() for i in ids]
