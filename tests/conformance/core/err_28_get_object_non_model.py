# get_object_or_404 on something that is not a model, manager or QuerySet.
from django.shortcuts import get_object_or_404

result = get_object_or_404("Entry", pk=1)
