# only("blog") keeps blog_id; accessing e.blog still queries the blog.
from blog.models import Entry

e = Entry.objects.only("blog").get(pk=5)
result = (e.blog_id, e.blog.name, sorted(e.get_deferred_fields()))
