from django.db import transaction, connection
from blog.models import Blog
def later():
    with transaction.atomic():
        Blog.objects.create(name="from callback", tagline="c")
with transaction.atomic():
    transaction.on_commit(later)
    Blog.objects.create(name="main", tagline="m")
result = (sorted(Blog.objects.filter(name__in=["main", "from callback"]).values_list("name", flat=True)), [q["sql"].split(" ")[0] for q in connection.queries])
