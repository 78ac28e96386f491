# Concat with Lower/Upper and a separator.
from django.db.models import Value
from django.db.models.functions import Concat, Lower, Upper
from blog.models import Author

qs = Author.objects.annotate(tag=Concat(Upper("name"), Value(" <"), Lower("email"), Value(">"))).order_by("pk")[:3]
result = ([a.tag for a in qs], str(qs.query))
