# order_by() after slicing is refused.
from blog.models import Entry

result = Entry.objects.all()[:5].order_by("id")
