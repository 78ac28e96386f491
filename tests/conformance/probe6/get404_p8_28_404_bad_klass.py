from django.shortcuts import get_object_or_404
get_object_or_404("Blog", pk=1)
