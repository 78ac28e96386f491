# QuerySet[Entry] subscripting at runtime.
from django.db.models import QuerySet
from blog.models import Entry

alias = QuerySet[Entry]
result = (alias is QuerySet, repr(alias))
