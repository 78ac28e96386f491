from django.test import RequestFactory
from blog.models import Entry
r = RequestFactory().get("/x/", {"blog": "2"})
result = Entry.objects.filter(blog_id=r.GET["blog"]).count()
