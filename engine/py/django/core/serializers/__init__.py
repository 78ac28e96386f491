"""django.core.serializers: serialize("json" | "python", queryset_or_objects, fields=...,
indent=...) as Django 5.2 writes it — {"model", "pk", "fields"} per object, foreign keys as
their raw value, auto-created many-to-many fields as lists of pks (one query per object unless
prefetched) — and deserialize() of the same back into unsaved instances (DeserializedObject;
natural keys are not supported). Other formats (xml, yaml, jsonl) are not available in
ormkata."""
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


class DeserializationError(Exception):
    """Something bad happened during deserialization."""


class DeserializedObject:
    """A model instance made from serialized data, not yet saved, with its
    many-to-many data; save() writes both (as Django's, bypassing a save()
    the model defines)."""

    def __init__(self, obj, m2m_data=None, deferred_fields=None):
        self.object = obj
        self.m2m_data = m2m_data
        self.deferred_fields = deferred_fields

    def __repr__(self):
        return "<%s: %s(pk=%s)>" % (type(self).__name__, self.object._meta.label, self.object.pk)

    def save(self, save_m2m=True, using=None, **kwargs):
        from django.db.models import Model
        Model.save(self.object, **kwargs)
        if self.m2m_data and save_m2m:
            for accessor_name, object_list in self.m2m_data.items():
                getattr(self.object, accessor_name).set(object_list)
        self.m2m_data = None


def _python_objects(object_list, ignorenonexistent=False):
    from django.db.models.base import get_model
    for d in object_list:
        Model = get_model(d["model"]) if isinstance(d["model"], str) else None
        if Model is None:
            if ignorenonexistent:
                continue
            raise DeserializationError("Invalid model identifier: %s" % (d["model"],))
        meta = Model._meta
        data = {}
        if "pk" in d:
            data[meta.pk.attname] = meta.pk.to_python(d.get("pk"))
        m2m_data = {}
        field_names = {f.name for f in meta.get_fields()}
        for field_name, field_value in d["fields"].items():
            if ignorenonexistent and field_name not in field_names:
                continue
            field = meta.get_field(field_name)
            if field.many_to_many:
                target_pk = field.remote_field.model._meta.pk
                m2m_data[field.name] = [target_pk.to_python(pk) for pk in field_value]
            elif field.is_relation:
                data[field.attname] = None if field_value is None else field.target_field.to_python(field_value)
            else:
                data[field.name] = field.to_python(field_value)
        yield DeserializedObject(Model(**data), m2m_data, {})


def deserialize(format, stream_or_string, **options):
    """The objects serialize() wrote, as DeserializedObjects (an iterator)."""
    ignore = options.get("ignorenonexistent", False)
    if format == "python":
        return _python_objects(stream_or_string, ignore)
    if format != "json":
        raise SerializerDoesNotExist(format)
    if not isinstance(stream_or_string, (bytes, str)):
        stream_or_string = stream_or_string.read()
    if isinstance(stream_or_string, bytes):
        stream_or_string = stream_or_string.decode()
    try:
        objects = _json.loads(stream_or_string)
    except Exception as exc:
        raise DeserializationError() from exc
    return _json_objects(objects, ignore)


def _json_objects(objects, ignore):
    it = _python_objects(objects, ignore)
    while True:
        try:
            obj = next(it)
        except StopIteration:
            return
        except DeserializationError:
            raise
        except Exception as exc:
            raise DeserializationError("Error deserializing object: %s" % (exc,)) from exc
        yield obj
