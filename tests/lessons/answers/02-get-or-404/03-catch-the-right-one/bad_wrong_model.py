from blog.models import Blog, Entry


def entry_by_headline(headline):
    try:
        return Entry.objects.get(headline=headline)
    except Blog.DoesNotExist:
        return None
