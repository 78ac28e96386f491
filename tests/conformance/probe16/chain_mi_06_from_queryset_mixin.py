from django.db import models
from blog.models import Entry


class PopularMixin:
    def popular(self):
        return self.filter(number_of_comments__gt=10)


class SearchMixin:
    def search(self, word):
        return self.filter(headline__icontains=word)


class EntryQuerySet(PopularMixin, SearchMixin, models.QuerySet):
    pass


Manager = models.Manager.from_queryset(EntryQuerySet)
m = Manager()
m.model = Entry
qs = m.get_queryset().popular().search("orm").order_by("pk")
print(type(qs).__name__, [k.__name__ for k in EntryQuerySet.__mro__][:4])
result = list(qs.values_list("pk", flat=True)[:5])
