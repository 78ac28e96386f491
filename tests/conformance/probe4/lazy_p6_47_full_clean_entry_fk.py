from django.core.exceptions import ValidationError
from blog.models import Entry
e = Entry(headline="h", body_text="b", pub_date="2024-01-01", blog_id=999)
try:
    e.full_clean()
except ValidationError as exc:
    result = exc.message_dict
