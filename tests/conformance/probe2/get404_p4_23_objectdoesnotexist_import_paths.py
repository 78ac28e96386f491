# The exception classes from their import paths.
from django.core import exceptions
from django.db.models import ObjectDoesNotExist
from django.db.models.base import Model
from blog.models import Blog

result = (exceptions.ObjectDoesNotExist is ObjectDoesNotExist, Blog.DoesNotExist.__bases__[0].__module__, exceptions.MultipleObjectsReturned.__module__, Blog.DoesNotExist.silent_variable_failure if hasattr(Blog.DoesNotExist, "silent_variable_failure") else None)
