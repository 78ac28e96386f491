# re.sub over values_list results.
import re
from blog.models import Entry

heads = Entry.objects.order_by("id").values_list("headline", flat=True)[:4]
result = [re.sub(r"\s*\((\d+)\)$", r" #\1", h) for h in heads]
