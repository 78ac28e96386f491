from django.test import RequestFactory
from blog.models import Entry
r = RequestFactory().get("/entries/", {"blog": "1", "order": "-rating", "q": "cheese"})
qs = Entry.objects.all()
if r.GET.get("blog"):
    qs = qs.filter(blog_id=r.GET["blog"])
if r.GET.get("q"):
    qs = qs.filter(headline__icontains=r.GET["q"])
qs = qs.order_by(r.GET.get("order", "id"), "id")
result = (str(qs.query), [e.id for e in qs][:5])
