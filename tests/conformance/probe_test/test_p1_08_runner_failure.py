import unittest
from django.test import TestCase
from blog.models import Entry


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


class EntryTests(TestCase):
    def test_count(self):
        with self.assertNumQueries(0):
            Entry.objects.filter(pk=1).exists()


s = Stream()
r = unittest.TextTestRunner(stream=s).run(unittest.TestLoader().loadTestsFromTestCase(EntryTests))
result = (r.testsRun, len(r.failures), r.failures[0][1].splitlines()[-3:])
