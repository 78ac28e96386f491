# Manager.from_queryset(): manager methods from a QuerySet class plus its own.
from django.db import models
from blog.models import Blog


class BlogQuerySet(models.QuerySet):
    def named(self, prefix):
        return self.filter(name__startswith=prefix)


class BlogManager(models.Manager.from_queryset(BlogQuerySet)):
    def empty_ones(self):
        return self.filter(entry__isnull=True)


class MBlog(Blog):
    objects = BlogManager()

    class Meta:
        proxy = True
        app_label = "blog"


result = (list(MBlog.objects.named("D").values_list("name", flat=True)),
          list(MBlog.objects.empty_ones().values_list("id", flat=True)),
          list(MBlog.objects.all().named("P").values_list("id", flat=True)))
