# Coalesce(Subquery(...), 0): blogs without a matching entry get 0.
from django.db.models import IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from blog.models import Blog, Entry

sub = Entry.objects.filter(blog=OuterRef("pk"), rating=10).order_by().values("blog").annotate(s=Sum("number_of_comments")).values("s")
qs = Blog.objects.annotate(top_comments=Coalesce(Subquery(sub, output_field=IntegerField()), 0)).order_by("id")
result = list(qs.values_list("id", "top_comments"))
