# Concat of CharField and EmailField with output_field fixes mixed types.
from django.db.models import CharField, Value
from django.db.models.functions import Concat
from blog.models import Author

qs = Author.objects.annotate(t=Concat("name", Value(" "), "email", output_field=CharField())).order_by("pk")[:2]
result = ([a.t for a in qs], str(qs.query))
