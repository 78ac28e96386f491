from blog.models import Entry
from django.db.models.query import EmptyQuerySet
a = Entry.objects.none() | Entry.objects.filter(rating=10)
b = Entry.objects.filter(rating=10) & Entry.objects.none()
result = (str(a.query), isinstance(b, EmptyQuerySet), a.count(), list(b))
