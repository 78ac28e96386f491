# endswith / iendswith.
from blog.models import Entry

result = (list(Entry.objects.filter(headline__endswith="(7)").values_list("id", flat=True)), Entry.objects.filter(headline__iendswith="ORM (5)").count())
