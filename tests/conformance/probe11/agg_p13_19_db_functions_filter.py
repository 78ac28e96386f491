# Filtering on a database function annotation.
from django.db.models.functions import Length, Lower
from blog.models import Author

qs = Author.objects.annotate(n=Length("name")).filter(n__gt=12).order_by(Lower("name"))
result = (list(qs.values_list("name", "n")), str(qs.query))
