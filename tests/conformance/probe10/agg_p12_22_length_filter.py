from django.db.models.functions import Length
from django.db.models import CharField
from blog.models import Author
CharField.register_lookup(Length)
try:
    names = list(Author.objects.filter(name__length__gt=12).order_by("id").values_list("name", flat=True))
finally:
    CharField._unregister_lookup(Length)
result = names
