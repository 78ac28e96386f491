# get() on a distinct() QuerySet across a M2M.
from blog.models import Blog

result = Blog.objects.filter(entry__authors__name="Ada Lovelace", pk=3).distinct().get().name
