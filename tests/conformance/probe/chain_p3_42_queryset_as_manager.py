# QuerySet.as_manager(): custom QuerySet methods chain in any order.
from django.db import models
from blog.models import Entry


class EntryQuerySet(models.QuerySet):
    def good(self):
        return self.filter(rating__gte=8)

    def on_blog(self, blog_id):
        return self.filter(blog_id=blog_id)


class ChainEntry(Entry):
    objects = EntryQuerySet.as_manager()

    class Meta:
        proxy = True
        app_label = "blog"


a = ChainEntry.objects.good().on_blog(2)
b = ChainEntry.objects.on_blog(2).good()
result = (a.count(), b.count(), str(a.query) == str(b.query), type(a).__name__)
