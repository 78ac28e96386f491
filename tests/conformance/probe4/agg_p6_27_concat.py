from django.db.models import Value, CharField
from django.db.models.functions import Concat
from blog.models import Author
qs = Author.objects.annotate(label=Concat("name", Value(" <"), "email", Value(">"), output_field=CharField())).order_by("id")[:2]
result = list(qs.values_list("label", flat=True))
