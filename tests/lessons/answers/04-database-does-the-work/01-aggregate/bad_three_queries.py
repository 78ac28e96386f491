from django.db.models import Avg, Max, Sum

from blog.models import Entry


def blog_summary(blog_id):
    qs = Entry.objects.filter(blog_id=blog_id)
    return {
        "total": qs.aggregate(n=Sum("number_of_comments"))["n"],
        "average": qs.aggregate(n=Avg("rating"))["n"],
        "best": qs.aggregate(n=Max("rating"))["n"],
    }
