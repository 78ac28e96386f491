# __iregex, and an inline (?i) in __regex: the same answer.
from blog.models import Entry

a = Entry.objects.filter(headline__iregex=r"^all about").count()
b = Entry.objects.filter(headline__regex=r"(?i)^all about").count()
c = Entry.objects.filter(headline__regex=r"^all about").count()
result = (a, b, c)
