# filter() after slicing is refused.
from blog.models import Entry

result = Entry.objects.all()[:5].filter(rating=1)
