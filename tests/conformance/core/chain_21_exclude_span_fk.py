# exclude across a forward FK is a plain NOT.
from blog.models import Entry

result = Entry.objects.exclude(blog__name__startswith="B").exclude(rating__lte=5).count()
