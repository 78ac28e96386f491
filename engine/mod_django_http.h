/*
 * mod_django_http.h — the `json` module (dumps/loads in C, CPython's
 * output byte for byte), the django.http package (HttpRequest, QueryDict,
 * HttpResponse and its subclasses, JsonResponse, Http404) and
 * django.core.serializers.json.DjangoJSONEncoder.
 */
#ifndef ORMKATA_MOD_DJANGO_HTTP_H
#define ORMKATA_MOD_DJANGO_HTTP_H

#include <stdbool.h>

#include "obj.h"

/* Module initialisers (registered by builtins.c). */
Module *mod_json_init(Interp *I);
Module *mod_django_http_native_init(Interp *I);     /* "_django_http": C helpers */
Module *mod_django_http_init(Interp *I);            /* "django.http" */
Module *mod_django_http_response_init(Interp *I);   /* "django.http.response" */
Module *mod_django_utils_datastructures_init(Interp *I); /* "django.utils.datastructures" */
Module *mod_django_http_request_init(Interp *I);    /* "django.http.request" */
Module *mod_django_serializers_json_init(Interp *I);/* "django.core.serializers.json" */

/* json.dumps(v) with CPython's defaults, or Django's JsonResponse settings
 * when `django` is true (DjangoJSONEncoder: dates, datetimes, times,
 * timedeltas and Decimals as Django writes them). Raises TypeError for
 * values JSON cannot hold, as json.dumps does. */
Str *json_dumps(Interp *I, Value v, bool django);

#endif
