# median/mode in Python over a flat values_list.
import statistics
from blog.models import Entry

vals = sorted(Entry.objects.filter(blog_id=1).values_list("rating", flat=True))
result = (vals, statistics.median(vals), statistics.mode(vals), round(statistics.pstdev(vals), 3))
