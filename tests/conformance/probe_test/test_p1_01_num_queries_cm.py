from django.test import TestCase
from blog.models import Entry

tc = TestCase()
with tc.assertNumQueries(1):
    n = len(Entry.objects.all())
result = n
