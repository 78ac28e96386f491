# get_or_create with several matches raises MultipleObjectsReturned.
from blog.models import Entry

try:
    Entry.objects.get_or_create(rating=5)
except Exception as e:
    result = (type(e).__name__, str(e))
