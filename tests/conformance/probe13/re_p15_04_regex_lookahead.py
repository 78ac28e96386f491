# A lookahead: "Body of entry N" followed later by "cheese".
from blog.models import Entry

result = sorted(Entry.objects.filter(body_text__regex=r"^Body(?=.*cheese)").values_list("id", flat=True))[:10]
