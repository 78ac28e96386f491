from django.db import models
from blog.models import Entry


class RatedMixin:
    def well_rated(self):
        return self.filter(rating__gte=4)


class EntryQuerySet(RatedMixin, models.QuerySet):
    def recent(self):
        return self.order_by("-pub_date")


qs = EntryQuerySet(model=Entry).well_rated().recent()[:3]
print([type(qs).__name__ for _ in range(1)], [k.__name__ for k in EntryQuerySet.__mro__][:3])
result = [e.headline for e in qs]
