from blog.models import Entry
try:
    Entry.objects.get(pk=-1)
except Entry.DoesNotExist as exc:
    result = (repr(exc), exc.args, str(exc))
