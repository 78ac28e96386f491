# order_by() with Lower(...).desc() and a tie breaker.
from django.db.models.functions import Lower
from blog.models import Author

result = list(Author.objects.order_by(Lower("email").desc(), "id").values_list("email", flat=True))
