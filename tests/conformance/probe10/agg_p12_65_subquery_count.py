from django.db.models import OuterRef, Subquery, Count, IntegerField
from django.db.models.functions import Coalesce
from blog.models import Blog, Entry
sub = Entry.objects.filter(blog=OuterRef("pk"), rating__gte=6).order_by().values("blog").annotate(c=Count("id")).values("c")
qs = Blog.objects.annotate(good=Coalesce(Subquery(sub, output_field=IntegerField()), 0)).order_by("id")
result = ([(b.name, b.good) for b in qs], str(qs.query))
