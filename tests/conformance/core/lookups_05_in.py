# in with a list, a tuple and an empty list (empty IN runs no query).
from blog.models import Entry

result = (list(Entry.objects.filter(id__in=(3, 1, 2)).order_by("id").values_list("id", flat=True)), list(Entry.objects.filter(id__in=[])))
