# Collate() in order_by: SQLite's NOCASE collation.
from django.db.models.functions import Collate
from blog.models import Author

result = list(Author.objects.order_by(Collate("name", "nocase"), "id").values_list("id", flat=True))
