import warnings
from django.core.paginator import Paginator, UnorderedObjectListWarning
from blog.models import Blog
warnings.simplefilter("error", UnorderedObjectListWarning)
try:
    Paginator(Blog.objects.all(), 2)
except UnorderedObjectListWarning as w:
    result = (type(w).__name__, str(w), issubclass(UnorderedObjectListWarning, RuntimeWarning))
finally:
    warnings.resetwarnings()
