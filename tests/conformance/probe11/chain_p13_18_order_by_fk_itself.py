# order_by("blog") orders by the related model's Meta.ordering, or by its pk when it has none.
from blog.models import Entry

qs = Entry.objects.order_by("blog", "-id")[:4]
result = (str(qs.query), list(qs.values_list("blog_id", "id")))
