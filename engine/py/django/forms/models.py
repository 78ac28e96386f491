"""django.forms.models: model_to_dict() only (learners print instances with it)."""


def model_to_dict(instance, fields=None, exclude=None):
    """Django's: {field name: value} of every editable field, concrete ones
    then many-to-many (the related objects, one query each); a foreign key
    gives its id."""
    opts = instance._meta
    data = {}
    for f in list(opts.concrete_fields) + list(opts.many_to_many):
        if not getattr(f, "editable", False):
            continue
        if fields is not None and f.name not in fields:
            continue
        if exclude and f.name in exclude:
            continue
        data[f.name] = f.value_from_object(instance)
    return data
