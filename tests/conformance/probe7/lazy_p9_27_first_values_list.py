from blog.models import Blog, Entry, Author
from django.db import connection
a = Entry.objects.values_list("headline", flat=True).first()
b = Entry.objects.values_list("id", "rating").order_by("-rating").first()
c = Entry.objects.values("id").last()
result = (a, b, c, [q["sql"] for q in connection.queries])
