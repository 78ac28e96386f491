# Length and Lower annotations used in filter() and order_by().
from django.db.models.functions import Length, Lower
from blog.models import Author

qs = Author.objects.annotate(n=Length("name"), low=Lower("name")).filter(n__gt=10).order_by("-n", "low")
result = list(qs.values_list("low", "n"))
