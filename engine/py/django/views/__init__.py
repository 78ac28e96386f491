"""django.views: View (class-based views; dispatch by request method)."""
from django.views.generic.base import View

__all__ = ["View"]
