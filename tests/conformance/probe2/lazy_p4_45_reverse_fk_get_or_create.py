# get_or_create() through the reverse manager: found, then created.
from datetime import date
from blog.models import Blog

b = Blog.objects.get(pk=1)
first = b.entry_set.order_by("id").first()
o1, c1 = b.entry_set.get_or_create(headline=first.headline, defaults={"pub_date": date(2020, 1, 1)})
o2, c2 = b.entry_set.get_or_create(headline="Brand new", defaults={"pub_date": date(2020, 1, 1), "body_text": ""})
result = (o1.id == first.id, c1, c2, o2.blog_id)
