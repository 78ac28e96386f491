# A (str, Enum) mixin in a filter.
import enum
from blog.models import Blog

class Name(str, enum.Enum):
    DIARY = "Django Diary"

qs = Blog.objects.filter(name=Name.DIARY)
result = (str(qs.query), list(qs.values_list("pk", flat=True)))
