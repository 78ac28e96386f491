from blog.models import Entry


def praised_or_discussed(blog_id):
    entries = Entry.objects.filter(blog_id=blog_id).order_by("id")
    return [e.id for e in entries if e.rating >= 9 or e.number_of_comments >= 50]
