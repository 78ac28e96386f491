from django.test import SimpleTestCase
from blog.models import Blog

tc = SimpleTestCase()
out = []
for f, args in [(tc.assertEqual, (1, 2)), (tc.assertIn, ("a", ["b"])), (tc.assertTrue, (False,)),
                (tc.assertEqual, (Blog.objects.count(), 99, "blogs"))]:
    try:
        f(*args)
    except AssertionError as e:
        out.append(str(e))
result = out
