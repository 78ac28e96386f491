# update() with Case/When and F().
from django.db.models import Case, When, Value, F, IntegerField
from blog.models import Entry
n = Entry.objects.filter(blog_id=4).update(rating=Case(When(rating__gte=5, then=F("rating") - 1), default=Value(0)))
result = (n, list(Entry.objects.filter(blog_id=4).order_by("id").values_list("rating", flat=True)))
