from blog.models import Author
qs = Author.objects.filter(entry__isnull=True)
result = (str(qs.query), list(qs.values_list("name", flat=True)))
