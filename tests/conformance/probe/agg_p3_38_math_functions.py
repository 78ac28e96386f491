# Math functions: Sqrt, Exp, Ln, Log, Pi, Radians, Degrees, Sin, Ceil, Floor, Sign.
from django.db.models.functions import Ceil, Degrees, Exp, Floor, Ln, Log, Pi, Radians, Sign, Sin, Sqrt
from books.models import Book

b = Book.objects.filter(pk=1).annotate(
    sq=Sqrt("pages"), e=Exp(1), ln=Ln("pages"), lg=Log(10, "pages"), pi=Pi(), rad=Radians(180), deg=Degrees(Pi()),
    s=Sin(0), c=Ceil("rating"), f=Floor("rating"), sg=Sign("rating")).values("sq", "e", "ln", "lg", "pi", "rad", "deg", "s", "c", "f", "sg")[0]
result = sorted((k, round(v, 4)) for k, v in b.items())
