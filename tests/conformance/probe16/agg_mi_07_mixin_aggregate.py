from django.db.models import Avg, Count, Max
from blog.models import Entry


class StatsMixin:
    def stats(self):
        return self.aggregate(n=Count("id"), avg=Avg("rating"), top=Max("rating"))


class Base:
    def __init__(self, qs):
        self.qs = qs


class Report(StatsMixin, Base):
    def aggregate(self, **kw):
        return self.qs.aggregate(**kw)


r = Report(Entry.objects.filter(blog_id=1))
result = r.stats()
print(Report.__mro__[1].__name__, super(StatsMixin, r).__init__ is not None)
