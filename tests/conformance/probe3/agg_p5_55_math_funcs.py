# Abs, Round, Mod, Power, Sqrt, Ceil, Floor, Sign.
from django.db.models import F, Value
from django.db.models.functions import Abs, Ceil, Floor, Mod, Power, Round, Sign, Sqrt
from books.models import Book

qs = Book.objects.annotate(a=Abs(F("rating") - 4), r=Round("price"), r1=Round("rating", 1), m=Mod("pages", 7), p=Power("rating", 2), s=Sqrt("pages"), c=Ceil("price"), f=Floor("price"), sg=Sign(F("rating") - 4)).order_by("pk")[:3]
result = ([(b.a, b.r, b.r1, b.m, b.p, round(b.s, 4), b.c, b.f, b.sg) for b in qs], str(qs.query))
