from django.test import TestCase
from blog.models import Entry, Blog

tc = TestCase()
with tc.assertNumQueries(1):
    list(Entry.objects.filter(pk__lt=3))
    Blog.objects.count()
