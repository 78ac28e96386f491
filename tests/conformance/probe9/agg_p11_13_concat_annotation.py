from django.db.models import Value, CharField, F
from django.db.models.functions import Concat, Upper, Length
from blog.models import Author
qs = Author.objects.annotate(label=Concat(Upper("name"), Value(" <"), "email", Value(">"), output_field=CharField()), n=Length("name")).order_by("-n", "id")[:3]
result = ([(a.label, a.n) for a in qs], str(qs.query))
