# __regex with \d: the entry number in parentheses at the end of the headline.
from blog.models import Entry

result = list(Entry.objects.filter(headline__regex=r"\(\d\)$").values_list("id", flat=True).order_by("id"))
