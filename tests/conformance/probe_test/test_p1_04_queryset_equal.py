from django.test import TestCase
from blog.models import Blog

tc = TestCase()
qs = Blog.objects.order_by("id")
names = [b.name for b in qs]
tc.assertQuerySetEqual(qs, names, transform=lambda b: b.name)
tc.assertQuerySetEqual(Blog.objects.all(), list(reversed(names)), transform=lambda b: b.name, ordered=False)
try:
    tc.assertQuerySetEqual(qs, names[:1], transform=lambda b: b.name)
except AssertionError as e:
    result = str(e)
