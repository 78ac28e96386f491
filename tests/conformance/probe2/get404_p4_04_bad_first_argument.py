# get_object_or_404 and get_list_or_404 with something that is not a model.
from django.shortcuts import get_object_or_404, get_list_or_404

out = []
for fn in (get_object_or_404, get_list_or_404):
    for klass in ("Blog", 3, None):
        try:
            fn(klass, pk=1)
        except ValueError as exc:
            out.append(str(exc))
result = out
