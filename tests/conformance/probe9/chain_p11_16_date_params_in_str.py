import datetime
from decimal import Decimal
from blog.models import Entry
from books.models import Book
a = Entry.objects.filter(pub_date__gte=datetime.date(2010, 1, 1), rating__in=[1, 2])
b = Book.objects.filter(price__lt=Decimal("20.50"), rating__gt=4.0)
c = Entry.objects.filter(pub_date__year=2006)
result = (str(a.query), str(b.query), str(c.query))
