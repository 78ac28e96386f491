# A proxy model with a custom manager whose get_queryset() filters: every call starts from it.
from django.db import models
from django.shortcuts import get_object_or_404
from django.http import Http404
from blog.models import Entry


class GoodManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(rating__gte=8)


class GoodEntry(Entry):
    objects = GoodManager()

    class Meta:
        proxy = True
        app_label = "blog"


out = [GoodEntry.objects.count(), GoodEntry.objects.filter(blog_id=2).count()]
try:
    get_object_or_404(GoodEntry, pk=2)
except Http404 as exc:
    out.append(str(exc))
out.append(get_object_or_404(GoodEntry, pk=1).headline)
result = out
