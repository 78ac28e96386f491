# exists() runs SELECT 1 ... LIMIT 1.
from blog.models import Entry

result = (Entry.objects.filter(rating=10).exists(), Entry.objects.filter(rating=11).exists())
