from blog.models import Author

def get_or_none(model, **kw):
    try:
        return model.objects.get(**kw)
    except model.DoesNotExist:
        return None
result = (str(get_or_none(Author, name="Joe")), get_or_none(Author, name="Nobody"))
