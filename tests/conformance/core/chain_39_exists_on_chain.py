# exists() at the end of a chain with a join.
from blog.models import Blog

result = (Blog.objects.filter(entry__authors__name="Nobody Special").exists(), Blog.objects.filter(entry__authors__name="Joe").exists())
