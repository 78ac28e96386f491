# TestCase().assertNumQueries used as a context manager outside a runner.
from django.test import TestCase
from django.db.models import Count
from blog.models import Blog

tc = TestCase()
with tc.assertNumQueries(1):
    data = list(Blog.objects.annotate(n=Count("entry")).order_by("pk").values_list("name", "n"))
result = data
