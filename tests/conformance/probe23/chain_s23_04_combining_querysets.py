# Combining QuerySets with | and & and their SQL.
from blog.models import Entry, Blog
a = Entry.objects.filter(rating=5)
b = Entry.objects.filter(number_of_comments=0)
print((a | b).query)
print((a & b).query)
print((a | Entry.objects.none()).count(), (a & Entry.objects.none()).count())
try:
    a | Blog.objects.all()
except Exception as e:
    print(type(e).__name__, e)
try:
    a | b.values("pk")
except Exception as e:
    print(type(e).__name__, e)
c = Entry.objects.filter(blog__name__startswith="B") | Entry.objects.filter(authors__name__startswith="A")
print(c.query)
print(c.count(), c.distinct().count())
result = (a | b).count()
