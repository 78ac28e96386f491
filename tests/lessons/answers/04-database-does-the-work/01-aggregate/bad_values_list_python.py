from blog.models import Entry


def blog_summary(blog_id):
    rows = list(Entry.objects.filter(blog_id=blog_id).values_list("number_of_comments", "rating"))
    ratings = [r for _, r in rows]
    return {"total": sum(c for c, _ in rows), "average": sum(ratings) / len(ratings),
            "best": max(ratings)}
