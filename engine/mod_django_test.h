/*
 * mod_django_test.h — django.test (RequestFactory) and the WSGIRequest it
 * builds (django.core.handlers.wsgi).
 */
#ifndef ORMKATA_MOD_DJANGO_TEST_H
#define ORMKATA_MOD_DJANGO_TEST_H

#include "obj.h"

Module *mod_django_core_handlers_wsgi_init(Interp *I);   /* "django.core.handlers.wsgi" */
Module *mod_django_test_init(Interp *I);                 /* "django.test" */

#endif
