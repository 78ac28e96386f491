# ormkata-only
# Expected output from real Django 5.2:
#   /usr/bin/python3 /work/shared/conformance/run.py --bare --django-path /tmp/django-5.2.18 django_http_exceptions.py
# (the .out is the "stdout" field of its JSON line)
from django.core import exceptions
from django.core.exceptions import (
    EmptyResultSet, FieldDoesNotExist, FieldError, ImproperlyConfigured, MultipleObjectsReturned,
    ObjectDoesNotExist, PermissionDenied, SuspiciousOperation, ValidationError, BadRequest,
    DisallowedHost, NON_FIELD_ERRORS,
)

for cls in [ObjectDoesNotExist, MultipleObjectsReturned, FieldError, FieldDoesNotExist,
            ValidationError, SuspiciousOperation, PermissionDenied, ImproperlyConfigured,
            EmptyResultSet, BadRequest, DisallowedHost]:
    print(cls.__name__, cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__])
print(ObjectDoesNotExist.silent_variable_failure, NON_FIELD_ERRORS)
e = FieldError("Cannot resolve keyword 'x' into field. Choices are: a, b")
print(e, repr(e), e.args)
try:
    raise ObjectDoesNotExist("Entry matching query does not exist.")
except Exception as ex:
    print(type(ex).__name__, ex)
e = ValidationError("This field is required.")
print(str(e), repr(e), e.message, e.code, e.params, e.messages, e.error_list == [e])
print(e.args)
e = ValidationError("Ensure this value is less than %(limit)s.", code="max", params={"limit": 5})
print(e, e.messages, e.code, e.params, list(e))
e = ValidationError(["First", ValidationError("Second", code="s"), "Third"])
print(e, repr(e), e.messages, len(e.error_list), [x.code for x in e.error_list])
e = ValidationError({"name": "Required", "age": ["Too young", "Not a number"], NON_FIELD_ERRORS: ["Bad"]})
print(e)
print(e.message_dict)
print(e.messages, sorted(e.error_dict))
print(dict(e))
try:
    ValidationError("x").message_dict
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(ValidationError("a", code="c") == ValidationError("a", code="c"), ValidationError("a") == ValidationError("b"))
print(ValidationError(ValidationError("wrapped", code="w")).code)
d = ValidationError({"f": "x"}).update_error_dict({"f": ["y"]})
print(d)
print(ValidationError("z").update_error_dict({}))
print(hasattr(ValidationError("a"), "error_dict"), hasattr(ValidationError({"a": "b"}), "message"))
print(exceptions.FieldError is FieldError)
