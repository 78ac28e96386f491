import django.core.paginator as pg
result = sorted(n for n in ("Paginator", "Page", "EmptyPage", "PageNotAnInteger", "InvalidPage", "UnorderedObjectListWarning", "AsyncPaginator") if hasattr(pg, n))
