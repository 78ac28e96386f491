from django.views import View
View.as_view(get=lambda r: None)
