from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Sum, FloatField
r = Book.objects.aggregate(a=Avg("price"), s=Sum("price"), ap=Avg("pages"), af=Avg("price", output_field=FloatField()))
result = ({k: (type(v).__name__, str(v)) for k, v in r.items()})
