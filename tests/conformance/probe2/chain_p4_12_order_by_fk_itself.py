# order_by('-blog') and order_by('blog_id').
from blog.models import Entry

a = Entry.objects.order_by("-blog", "id")
b = Entry.objects.order_by("blog_id", "-id")
result = (str(a.query), str(b.query), a.first().id, b.first().id)
