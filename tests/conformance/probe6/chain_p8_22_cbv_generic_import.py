from django.views.generic import View
from django.views.generic.base import View as V2
from django.views import View as V3
result = (View is V2 is V3, View.http_method_names)
