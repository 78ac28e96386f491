from django.db.models import Window, F
from django.db.models.functions import PercentRank, CumeDist, DenseRank, Rank
from blog.models import Entry
qs = Entry.objects.filter(blog_id=4).annotate(
    pr=Window(PercentRank(), order_by=F("rating").desc()),
    cd=Window(CumeDist(), order_by=F("rating").desc()),
    dr=Window(DenseRank(), partition_by=F("blog_id"), order_by="rating"),
).order_by("-rating", "id")
result = ([(e.id, e.rating, round(e.pr, 3), round(e.cd, 3), e.dr) for e in qs], str(qs.query))
