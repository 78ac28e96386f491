from django.test import TestCase
from blog.models import Blog

tc = TestCase()
try:
    tc.assertNumQueries(2, lambda: Blog.objects.filter(name__startswith="B").count())
except AssertionError as e:
    result = str(e)
