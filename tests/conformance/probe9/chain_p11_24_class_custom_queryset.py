from django.db import models
from blog.models import Entry

class P11EntryQuerySet(models.QuerySet):
    def rated(self, n):
        return self.filter(rating__gte=n)
    def in_year(self, y):
        return self.filter(pub_date__year=y)

class P11Entry(Entry):
    objects = P11EntryQuerySet.as_manager()
    class Meta:
        proxy = True
        app_label = "blog"

a = P11Entry.objects.rated(8).in_year(2010).order_by("id")
b = P11Entry.objects.filter(rating__gte=8, pub_date__year=2010).order_by("id")
result = (str(a.query) == str(b.query), str(a.query), [(e.id, type(e).__name__) for e in a])
