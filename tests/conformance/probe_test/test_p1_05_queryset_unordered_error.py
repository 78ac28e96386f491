from django.test import TestCase
from blog.models import Blog

tc = TestCase()
tc.assertQuerySetEqual(Blog.objects.all(), ["a", "b"], transform=lambda b: b.name)
