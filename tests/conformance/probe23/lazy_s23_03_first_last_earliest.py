# first/last/earliest/latest and their orderings.
from blog.models import Entry, Blog
from django.db import connection
print(Entry.objects.first().pk, Entry.objects.last().pk)
print(Entry.objects.order_by("-rating", "pk").first().pk, Entry.objects.order_by("-rating", "pk").last().pk)
print(Entry.objects.earliest("pub_date").pk, Entry.objects.latest("pub_date", "-pk").pk)
try:
    Entry.objects.latest()
except Exception as e:
    print(type(e).__name__, e)
try:
    Entry.objects.order_by("pk")[:3].latest("pub_date")
except Exception as e:
    print(type(e).__name__, e)
print(Blog.objects.filter(name="none").first(), Blog.objects.reverse().first().pk)
print(Entry.objects.filter(pk__lt=5).reverse()[0].pk)
result = [q["sql"] for q in connection.queries]
