from django.db import models
from blog.models import Entry


class HeadlineMixin:
    def titled(self, word):
        return self.filter(headline__icontains=word)


class EntryQuerySet(HeadlineMixin, models.QuerySet):
    pass


qs = EntryQuerySet(Entry).titled("the").exclude(rating__lt=2)
result = qs.count()
print(isinstance(qs, HeadlineMixin), isinstance(qs, models.QuerySet))
