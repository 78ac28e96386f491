from django.db.models import Avg, Max, Sum

from blog.models import Entry


def blog_summary(blog_id):
    numbers = Entry.objects.filter(blog_id=blog_id).aggregate(
        Sum("number_of_comments"), Avg("rating"), Max("rating"))
    return {
        "total": numbers["number_of_comments__sum"],
        "average": numbers["rating__avg"],
        "best": numbers["rating__max"],
    }
