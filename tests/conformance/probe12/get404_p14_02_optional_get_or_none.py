# A typed get_or_none helper returning Optional[Model].
from typing import Optional, Type, TypeVar
from django.db import models
from books.models import Publisher

M = TypeVar("M", bound=models.Model)

def get_or_none(model: Type[M], **kwargs) -> Optional[M]:
    try:
        return model.objects.get(**kwargs)
    except model.DoesNotExist:
        return None

result = (get_or_none(Publisher, pk=1) is not None, get_or_none(Publisher, pk=999))
