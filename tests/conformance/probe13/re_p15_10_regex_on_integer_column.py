# __regex on an integer column: the value reaches re.search as str(int).
from blog.models import Entry

result = sorted(Entry.objects.filter(rating__regex=r"^[1-3]$").values_list("rating", flat=True).distinct())
