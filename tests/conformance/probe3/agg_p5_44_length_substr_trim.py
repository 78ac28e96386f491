# Length, Substr, Trim, LTrim, RTrim.
from django.db.models import Value
from django.db.models.functions import Length, LTrim, RTrim, Substr, Trim
from books.models import Book

qs = Book.objects.annotate(l=Length("name"), s=Substr("name", 1, 5), s2=Substr("name", 3), t=Trim(Value("  x  ")), lt=LTrim(Value("  x ")), rt=RTrim(Value(" x  "))).order_by("pk")[:2]
result = ([(b.l, b.s, b.s2, b.t, b.lt, b.rt) for b in qs], str(qs.query))
