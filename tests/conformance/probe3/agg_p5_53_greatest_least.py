# Greatest/Least of fields.
from django.db.models.functions import Greatest, Least
from blog.models import Entry

qs = Entry.objects.annotate(g=Greatest("number_of_comments", "number_of_pingbacks", "rating"), l=Least("number_of_comments", "rating")).order_by("pk")[:4]
result = ([(e.g, e.l) for e in qs], str(qs.query))
