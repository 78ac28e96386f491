# REGEXP on NULL: neither matched nor excluded by the regex itself.
from blog.models import Blog
from books.models import Book

Blog.objects.create(name="Null tagline", tagline="")
result = (Blog.objects.filter(tagline__regex=r"^$").count(), Blog.objects.exclude(tagline__regex=r".").count())
