from django.core import serializers
from books.models import Book
result = serializers.serialize("json", Book.objects.order_by("id")[:2], fields=["name", "price", "pubdate", "publisher"], indent=2)
