from django.db.models import QuerySet
from blog.models import Blog
alias = QuerySet[Blog]
result = (repr(alias), isinstance(Blog.objects.all(), QuerySet))
