import unittest
from django.test import TestCase
from blog.models import Blog


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


class BlogTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.blog = Blog.objects.create(name="Setup blog", tagline="t")

    def test_a_create(self):
        Blog.objects.create(name="Inside test", tagline="x")
        self.assertEqual(Blog.objects.filter(name="Inside test").count(), 1)

    def test_b_rolled_back(self):
        self.assertEqual(Blog.objects.filter(name="Inside test").count(), 0)
        self.assertEqual(self.blog.name, "Setup blog")

    def test_c_num_queries(self):
        with self.assertNumQueries(1):
            Blog.objects.count()


s = Stream()
r = unittest.TextTestRunner(stream=s).run(unittest.TestLoader().loadTestsFromTestCase(BlogTests))
text = "".join(s.parts)
print(text[:text.index("Ran ")])
result = (r.testsRun, len(r.failures), len(r.errors), Blog.objects.filter(name__in=["Setup blog", "Inside test"]).count())
