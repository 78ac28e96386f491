from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Entry

def blog_name(e):
    return e.blog.name

with CaptureQueriesContext(connection) as ctx:
    entries = list(Entry.objects.filter(rating=10).order_by("id"))
    names = [blog_name(e) for e in entries]
result = (len(ctx), names)
