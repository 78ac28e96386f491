# Formatting what the ORM returns: dates, Decimals, f-string specs, json.
import json
from decimal import Decimal
from books.models import Book
from blog.models import Entry
b = Book.objects.order_by("pk").first()
print(repr(b.price), b.price, f"{b.price:.1f}", f"{b.price:>10}", "%s|%r" % (b.price, b.price))
print(b.price * 2, b.price + Decimal("0.005"), round(b.price, 1), b.price.quantize(Decimal("1")), float(b.price))
print(sum(Book.objects.values_list("price", flat=True)[:5]), type(b.rating).__name__, b.rating)
e = Entry.objects.order_by("pk").first()
print(e.pub_date, repr(e.pub_date), e.pub_date.strftime("%d %B %Y (%a)"), f"{e.pub_date:%Y/%m}", e.pub_date.isoformat())
print((e.mod_date - e.pub_date).days, e.pub_date.weekday(), e.pub_date.isocalendar()[1])
print(json.dumps(list(Entry.objects.values("pk", "headline", "pub_date")[:2]), default=str))
print(json.dumps({"price": b.price}, default=str), json.dumps([1.5, None, True]))
print(f"{e.headline!r:>40}|{e.rating:03d}|{e.number_of_comments:,}|{e.rating / 3:.3f}")
result = (b.price, e.pub_date)
