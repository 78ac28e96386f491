# last() reverses the existing ordering.
from blog.models import Entry

result = Entry.objects.order_by("-rating", "pub_date").last()
