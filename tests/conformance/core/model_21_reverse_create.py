# blog.entry_set.create(...) sets the FK automatically.
from datetime import date
from blog.models import Blog

b = Blog.objects.get(pk=5)
e = b.entry_set.create(headline="First post", body_text="hi", pub_date=date(2024, 1, 1))
result = (e.pk, e.blog_id, e.mod_date, b.entry_set.count())
