# blog.entry_set.create() sets the blog and INSERTs.
from datetime import date
from blog.models import Blog

b = Blog.objects.get(pk=5)
e = b.entry_set.create(headline="New", body_text="b", pub_date=date(2024, 1, 2))
result = (e.blog_id, e.blog is b, b.entry_set.count())
