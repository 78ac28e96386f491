# Python re.fullmatch validating emails before a filter.
import re
from blog.models import Author

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")
emails = list(Author.objects.order_by("id").values_list("email", flat=True))
result = [(e, bool(EMAIL.fullmatch(e))) for e in emails] + [("bad@", EMAIL.fullmatch("bad@") is None)]
