# Q ^ Q (XOR) on SQLite, which has no XOR operator: Django emulates it.
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(rating=5) ^ Q(blog_id=2))
result = (qs.count(), sorted(qs.values_list("id", flat=True))[:5])
