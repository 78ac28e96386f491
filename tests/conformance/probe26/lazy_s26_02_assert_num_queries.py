# assertNumQueries in a TestCase, as a learner checks an N+1 fix.
import unittest
from django.test import TestCase
from blog.models import Entry

class T(TestCase):
    def test_select_related(self):
        with self.assertNumQueries(1):
            [e.blog.name for e in Entry.objects.select_related("blog")[:5]]

    def test_n_plus_one(self):
        with self.assertNumQueries(2):
            [e.blog.name for e in Entry.objects.all()[:5]]

    def test_callable(self):
        self.assertNumQueries(1, lambda: Entry.objects.count())

suite = unittest.TestLoader().loadTestsFromTestCase(T)
import io
r = unittest.TextTestRunner(verbosity=0, stream=io.StringIO()).run(suite)
print(r.testsRun, len(r.failures), len(r.errors))
for test, tb in r.failures:
    print(test.id().split(".")[-1], tb.strip().splitlines()[-1][:200])
result = (r.testsRun, len(r.failures))
