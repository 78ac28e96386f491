# (?:...) alternation inside a non-capturing group.
from blog.models import Entry

qs = Entry.objects.filter(body_text__regex=r"about (?:django|python)\.")
result = (qs.count(), sorted(qs.values_list("id", flat=True))[:5])
