from blog.models import Entry


def headlines_and_ratings(blog_id):
    entries = Entry.objects.filter(blog_id=blog_id).order_by("pub_date", "id")
    return [e.headline for e in entries.all()], [e.rating for e in entries.all()]
