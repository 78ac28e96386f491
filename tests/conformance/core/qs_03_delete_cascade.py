# QuerySet.delete() collects entries and their M2M links.
from blog.models import Blog

result = Blog.objects.filter(id__in=[3, 5]).delete()
