from blog.models import Author
try:
    result = Author.objects.all().explain(format="json")
except ValueError as exc:
    result = str(exc)
