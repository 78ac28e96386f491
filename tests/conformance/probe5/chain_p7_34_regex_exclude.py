from blog.models import Blog
qs = Blog.objects.exclude(name__regex=r"[Bb]log")
result = list(qs.values_list("name", flat=True))
