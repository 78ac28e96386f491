# update_or_create() creates when nothing matches.
from blog.models import Author

obj, created = Author.objects.update_or_create(name="Linus", defaults={"email": "linus@example.com"})
result = (obj.pk, obj.email, created)
