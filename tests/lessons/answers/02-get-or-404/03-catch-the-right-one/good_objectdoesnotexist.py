from django.core.exceptions import ObjectDoesNotExist

from blog.models import Entry


def entry_by_headline(headline):
    try:
        return Entry.objects.get(headline=headline)
    except ObjectDoesNotExist:
        return None
