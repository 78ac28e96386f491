from django.db.models.functions import Lower, Length, Upper
from blog.models import Author
qs = Author.objects.annotate(l=Length("name"), low=Lower("name")).filter(l__gt=10).order_by("l", "id")
result = list(qs.values_list("low", "l"))
