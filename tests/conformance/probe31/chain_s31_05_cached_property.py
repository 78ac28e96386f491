# django.utils.functional.cached_property on a helper class over the ORM:
# the query runs once per instance; del makes it run again.
from django.db import connection
from django.utils.functional import cached_property, classproperty
from blog.models import Blog, Entry


class BlogReport:
    def __init__(self, blog):
        self.blog = blog

    @cached_property
    def entries(self):
        """The blog's entries, newest first."""
        return list(self.blog.entry_set.order_by("-pub_date", "pk"))

    @cached_property
    def top(self):
        return max(self.entries, key=lambda e: (e.rating, -e.pk))

    @classproperty
    def kind(cls):
        return cls.__name__.lower()


r = BlogReport(Blog.objects.get(pk=1))
n0 = len(connection.queries)
print(len(r.entries), r.top.headline, len(r.entries))
print(len(connection.queries) - n0, "entries" in r.__dict__, BlogReport.kind)
print(type(BlogReport.entries).__name__, BlogReport.entries.__doc__, BlogReport.entries.name)
del r.entries
print(len(r.entries), len(connection.queries) - n0)
try:
    class Twice:
        def f(self):
            return 1
        a = cached_property(f)
        b = a
except Exception as e:
    print(type(e).__name__, e)
cp = cached_property(lambda self: 1)
class Late:
    pass
Late.x = cp
try:
    Late().x
except TypeError as e:
    print(e)
result = r.top.pk
