from django.views import View
class V(View):
    pass
V.as_view(nonsense=1)
