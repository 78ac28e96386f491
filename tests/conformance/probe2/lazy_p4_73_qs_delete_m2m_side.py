# Deleting authors removes their links first.
from blog.models import Author, Entry

res = Author.objects.filter(pk__in=[1, 2]).delete()
result = (res, Entry.authors.through.objects.count())
