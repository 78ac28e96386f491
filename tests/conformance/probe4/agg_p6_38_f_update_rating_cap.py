from django.db.models import F
from django.db.models.functions import Least
from blog.models import Entry
n = Entry.objects.filter(blog_id=4).update(rating=Least(F("rating") + 3, 10))
result = (n, list(Entry.objects.filter(blog_id=4).order_by("id").values_list("rating", flat=True)))
