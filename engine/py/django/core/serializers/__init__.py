"""django.core.serializers: serialize("json" | "python", queryset_or_objects, fields=...,
indent=...) as Django 5.2 writes it — {"model", "pk", "fields"} per object, foreign keys as
their raw value, auto-created many-to-many fields as lists of pks (one query per object unless
prefetched). Other formats (xml, yaml, jsonl) are not available in ormkata."""
import datetime
import decimal
import json as _json  # not "json": importing the submodule .json rebinds that name here


class SerializerDoesNotExist(KeyError):
    pass


class SerializationError(Exception):
    pass


def _protected(value):
    return value is None or isinstance(value, (int, float, decimal.Decimal, datetime.datetime,
                                               datetime.date, datetime.time))


def _value(obj, field):
    value = field.value_from_object(obj)
    return value if _protected(value) else str(value)


def _m2m_auto_created(field):
    through = getattr(field.remote_field, "through", None)
    meta = getattr(through, "_meta", None)
    return getattr(meta, "auto_created", True) if meta is not None else True


def _dump_objects(queryset, fields=None):
    out = []
    for obj in queryset:
        meta = obj._meta.concrete_model._meta
        current = {}
        for field in meta.local_fields:
            if field.primary_key or not getattr(field, "serialize", True):
                continue
            if fields is None or field.attname in fields or field.name in fields:
                current[field.name] = _value(obj, field)
        for field in meta.local_many_to_many:
            if not getattr(field, "serialize", True) or not _m2m_auto_created(field):
                continue
            if fields is None or field.attname in fields or field.name in fields:
                cache = getattr(obj, "_prefetched_objects_cache", {})
                if field.name in cache:
                    related = cache[field.name]
                else:
                    related = getattr(obj, field.name).select_related(None).only("pk")
                current[field.name] = [_value(r, r._meta.pk) for r in related]
        out.append({"model": str(obj._meta), "pk": _value(obj, obj._meta.pk), "fields": current})
    return out


def serialize(format, queryset, **options):
    fields = options.get("fields")
    if format == "python":
        return _dump_objects(queryset, fields)
    if format != "json":
        raise SerializerDoesNotExist(format)
    from django.core.serializers.json import DjangoJSONEncoder
    indent = options.get("indent")
    kwargs = {k: v for k, v in options.items()
              if k not in ("stream", "fields", "selected_fields", "use_natural_keys",
                           "use_natural_foreign_keys", "use_natural_primary_keys")}
    if indent:
        kwargs["separators"] = (",", ": ")
    kwargs.setdefault("ensure_ascii", False)
    parts = ["["]
    first = True
    for data in _dump_objects(queryset, fields):
        if not first:
            parts.append(",")
            if not indent:
                parts.append(" ")
        if indent:
            parts.append("\n")
        parts.append(_json.dumps(data, cls=DjangoJSONEncoder, **kwargs))
        first = False
    if indent:
        parts.append("\n")
    parts.append("]")
    if indent:
        parts.append("\n")
    text = "".join(parts)
    stream = options.get("stream")
    if stream is not None:
        stream.write(text)
        return None
    return text
