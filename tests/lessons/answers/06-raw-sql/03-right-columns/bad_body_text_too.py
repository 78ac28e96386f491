from blog.models import Entry


def top_rated(blog_id):
    entries = Entry.objects.raw("SELECT id, headline, body_text, rating FROM blog_entry "
                                "WHERE blog_id = %s ORDER BY rating DESC, id LIMIT 10", [blog_id])
    return [(e.headline, e.rating) for e in entries]
