# Python 3.11 syntax: an atomic group and a possessive quantifier.
from blog.models import Entry

a = Entry.objects.filter(headline__regex=r"(?>Thoughts|All) ").count()
b = Entry.objects.filter(headline__regex=r"\(\d++\)$").count()
result = (a, b)
