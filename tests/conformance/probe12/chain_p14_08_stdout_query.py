# Printing the SQL of a multi-line chain through sys.stdout.
import sys
from blog.models import Entry

qs = (
    Entry.objects
    .filter(pub_date__year=2007)
    .exclude(rating__lt=5)
    .order_by("pub_date")
)
sys.stdout.write(str(qs.query))
sys.stdout.write("\n")
result = [e.pk for e in qs]
