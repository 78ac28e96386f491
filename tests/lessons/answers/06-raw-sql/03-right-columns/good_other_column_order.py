from blog.models import Entry


def top_rated(blog_id):
    sql = ("SELECT rating, headline, id FROM blog_entry WHERE blog_id = %s "
           "ORDER BY rating DESC, id LIMIT 10")
    return [(e.headline, e.rating) for e in Entry.objects.raw(sql, [blog_id])]
