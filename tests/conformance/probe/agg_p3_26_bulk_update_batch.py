# bulk_update(batch_size=3) splits into several UPDATEs inside one transaction.
from blog.models import Blog

blogs = list(Blog.objects.order_by("id"))
for b in blogs:
    b.tagline = "t%d" % b.id
result = Blog.objects.bulk_update(blogs, ["tagline"], batch_size=3)
