# A get_or_none helper catching DoesNotExist from the model class passed in.
from blog.models import Blog
from books.models import Store


def get_or_none(model, **kw):
    try:
        return model.objects.get(**kw)
    except model.DoesNotExist:
        return None


result = (get_or_none(Blog, pk=2), get_or_none(Blog, pk=20), get_or_none(Store, name="Amazon").pk)
