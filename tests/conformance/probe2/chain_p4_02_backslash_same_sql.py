# A backslash-continued chain.
from blog.models import Entry

qs = Entry.objects \
    .filter(blog_id__in=[1, 2]) \
    .exclude(rating=5) \
    .order_by("rating", "-id") \
    .values_list("id", flat=True)
result = (str(qs.query), list(qs[:4]))
