"""django.views.generic: only View in ormkata (no templates, so no TemplateView/ListView...)."""
from django.views.generic.base import View

__all__ = ["View"]
