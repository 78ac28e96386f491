from blog.models import Entry


def entry_by_headline(headline):
    return Entry.objects.filter(headline=headline).first()
