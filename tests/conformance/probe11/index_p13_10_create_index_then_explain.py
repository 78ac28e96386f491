# Adding an index on rating changes the plan from SCAN to SEARCH.
from django.db import connection
from blog.models import Entry

before = Entry.objects.filter(rating=9).explain()
with connection.cursor() as cursor:
    cursor.execute("CREATE INDEX entry_rating_idx ON blog_entry (rating)")
after = Entry.objects.filter(rating=9).explain()
with connection.cursor() as cursor:
    cursor.execute("DROP INDEX entry_rating_idx")
result = (before, after)
