"""Model fields: what a column holds, how Python values become SQL
parameters and back, and the DDL type Django's SQLite backend gives it.

Behaviour follows Django 5.2 (django/db/models/fields/__init__.py) on SQLite
with USE_TZ = False; the code is ormkata's own.
"""
import datetime
import decimal

from django.core import exceptions
from django.db.models.query_utils import RegisterLookupMixin

NOT_PROVIDED = object()
BLANK_CHOICE_DASH = [("", "---------")]


class Field(RegisterLookupMixin):
    """Base class of every field. Attributes mirror Django's: name, attname,
    column, null, blank, default, unique, db_index, primary_key, choices,
    max_length, model, remote_field (None unless a relation)."""

    empty_strings_allowed = True
    is_relation = False
    many_to_many = None
    many_to_one = None
    one_to_many = None
    one_to_one = None
    related_model = None
    auto_created = False
    concrete = True
    internal_type = "Field"
    db_type_sql = None
    creation_counter = 0

    @property
    def db_converter(self):
        """How _ormkata_orm.from_rows turns the stored value into this
        field's value: None, "date", "datetime", "bool" or a callable."""
        return None

    def __init__(self, verbose_name=None, name=None, primary_key=False, max_length=None,
                 unique=False, blank=False, null=False, db_index=False, default=NOT_PROVIDED,
                 editable=True, choices=None, help_text="", db_column=None, validators=(),
                 verbose=None, auto_created=False, db_default=NOT_PROVIDED, error_messages=None,
                 unique_for_date=None, db_comment=None, db_tablespace=None, serialize=True):
        self.name = name
        self.verbose_name = verbose_name
        self.primary_key = primary_key
        self.max_length = max_length
        self._unique = unique
        self.blank = blank
        self.null = null
        self.db_index = db_index
        self.default = default
        self.editable = editable
        self.choices = _normalize_choices(choices) if choices is not None else None
        self.help_text = help_text
        self.db_column = db_column
        self.auto_created = auto_created
        self.serialize = serialize
        self.remote_field = None
        self.model = None
        self.attname = None
        self.column = None
        self.creation_counter = Field.creation_counter
        Field.creation_counter += 1

    @property
    def unique(self):
        return self._unique or self.primary_key

    def __repr__(self):
        # ForeignKey, OneToOneField, ManyToManyField live in fields.related
        module = "django.db.models.fields.related" if getattr(self, "is_relation", False) \
            else "django.db.models.fields"
        path = "%s.%s" % (module, type(self).__name__)
        if self.name is not None:
            return "<%s: %s>" % (path, self.name)
        return "<%s>" % path

    def __str__(self):
        if self.model is None:
            return object.__repr__(self)
        return "%s.%s" % (self.model._meta.label, self.name)

    def __lt__(self, other):
        return self.creation_counter < other.creation_counter

    def __hash__(self):
        return id(self)

    def __reduce__(self):
        # By reference, as Django's Field.__reduce__: unpickling finds the
        # same field object on the model.
        if self.model is None:
            raise TypeError("cannot pickle an unbound field")
        return (_load_field, (self.model._meta.label, self.name))

    def __eq__(self, other):
        return self is other

    # ---- wiring into a model class

    def set_attributes_from_name(self, name):
        self.name = self.name or name
        self.attname = self.get_attname()
        self.column = self.db_column or self.attname
        if self.verbose_name is None and self.name:
            self.verbose_name = self.name.replace("_", " ")

    def get_attname(self):
        return self.name

    def contribute_to_class(self, cls, name):
        self.set_attributes_from_name(name)
        self.model = cls
        cls._meta.add_field(self)
        if self.choices is not None:
            setattr(cls, "get_%s_display" % self.name, _display_method(self))

    @property
    def flatchoices(self):
        """The choices with option groups flattened (Django's flatten_choices)."""
        out = []
        for value, label in self.choices or ():
            if isinstance(label, (list, tuple)):
                out.extend(label)
            else:
                out.append((value, label))
        return out

    def has_default(self):
        return self.default is not NOT_PROVIDED

    def get_default(self):
        if self.has_default():
            if callable(self.default):
                return self.default()
            return self.default
        if not self.empty_strings_allowed or self.null:
            return None
        return ""

    # ---- values

    def to_python(self, value):
        return value

    def get_prep_value(self, value):
        return value

    def get_db_prep_value(self, value, connection=None, prepared=False):
        if not prepared:
            value = self.get_prep_value(value)
        return value

    def get_db_prep_save(self, value, connection=None):
        return self.get_db_prep_value(value, connection, prepared=False)

    def from_db_value(self, value):
        return value

    def pre_save(self, model_instance, add):
        return getattr(model_instance, self.attname)

    def value_from_object(self, obj):
        return getattr(obj, self.attname)

    def get_internal_type(self):
        return self.internal_type

    def _invalid(self, value, what):
        raise type(what)(
            "Field '%s' expected %s but got %r." % (self.name, self.expected, value)
        ) from what

    def clean(self, value, model_instance):
        value = self.to_python(value)
        self.validate(value, model_instance)
        self.run_validators(value)
        return value

    def run_validators(self, value):
        """Django's default validators for this field: every message, in
        one ValidationError."""
        if value in (None, ""):
            return
        errors = []
        for check in self.default_validators():
            msg = check(value)
            if msg:
                errors.append(exceptions.ValidationError(msg))
        if errors:
            raise exceptions.ValidationError(errors)

    def default_validators(self):
        return []

    def validate(self, value, model_instance):
        if self.choices is not None and value not in (None, ""):
            keys = [c[0] for c in self.choices]
            if value not in keys:
                raise exceptions.ValidationError(
                    "Value %r is not a valid choice." % (value,), code="invalid_choice")
        if value is None and not self.null:
            raise exceptions.ValidationError("This field cannot be null.", code="null")
        if not self.blank and value in ("", None, [], (), {}):
            raise exceptions.ValidationError("This field cannot be blank.", code="blank")

    # ---- DDL (Django's SQLite data_types)

    def db_type(self):
        return self.db_type_sql

    def db_check(self):
        return None

    def column_sql(self):
        sql = '"%s" %s' % (self.column, self.db_type())
        sql += " NULL" if self.null else " NOT NULL"
        if self.primary_key:
            sql += " PRIMARY KEY"
        elif self.unique:
            sql += " UNIQUE"
        check = self.db_check()
        if check:
            sql += " CHECK (%s)" % check
        return sql


def _load_field(label, name):
    from django.db.models.base import get_model
    return get_model(label)._meta.get_field(name)


def _normalize_choices(choices):
    # Django 5's normalize_choices: a Choices class stands for its .choices,
    # a dict for its items (a dict value being a group of choices).
    from django.db.models.enums import ChoicesType
    if isinstance(choices, ChoicesType):
        return list(choices.choices)
    if isinstance(choices, dict):
        return [(k, list(v.items()) if isinstance(v, dict) else v) for k, v in choices.items()]
    return list(choices)


def _display_method(field):
    def get_display(self):
        value = getattr(self, field.attname)
        for k, v in field.flatchoices:
            if k == value:
                return str(v)
        return value
    return get_display


def _number_to_python(self, value):
    """IntegerField's and FloatField's to_python: the value through the
    class's `convert`, or Django's ValidationError."""
    if value is None:
        return value
    try:
        return type(self).convert(value)
    except (TypeError, ValueError):
        raise exceptions.ValidationError(self.invalid_message % (value,), code="invalid")


def _number_get_prep_value(self, value):
    """Their get_prep_value: the value through `convert`, or Django's
    "Field 'x' expected a number but got …" error."""
    if value is None:
        return None
    if hasattr(value, "resolve_expression"):
        return value
    try:
        return type(self).convert(value)
    except (TypeError, ValueError) as e:
        self._invalid(value, e)


class IntegerField(Field):
    internal_type = "IntegerField"
    db_type_sql = "integer"
    empty_strings_allowed = False
    expected = "a number"
    min_value = -9223372036854775808
    max_value = 9223372036854775807

    def default_validators(self):
        lo, hi = self.min_value, self.max_value

        def in_range(value):
            if value < lo:
                return "Ensure this value is greater than or equal to %d." % lo
            if value > hi:
                return "Ensure this value is less than or equal to %d." % hi
            return None
        return [in_range]

    convert = int
    invalid_message = "“%s” value must be an integer."
    to_python = _number_to_python               # as FloatField's, with int
    get_prep_value = _number_get_prep_value

    def rel_db_type(self):
        return self.db_type()


class BigIntegerField(IntegerField):
    internal_type = "BigIntegerField"
    db_type_sql = "bigint"


class SmallIntegerField(IntegerField):
    internal_type = "SmallIntegerField"
    db_type_sql = "smallint"


class PositiveIntegerField(IntegerField):
    internal_type = "PositiveIntegerField"
    db_type_sql = "integer unsigned"
    min_value = 0

    def db_check(self):
        return '"%s" >= 0' % self.column

    def rel_db_type(self):
        return "integer"


class PositiveSmallIntegerField(PositiveIntegerField):
    internal_type = "PositiveSmallIntegerField"
    db_type_sql = "smallint unsigned"


class PositiveBigIntegerField(PositiveIntegerField):
    internal_type = "PositiveBigIntegerField"
    db_type_sql = "bigint unsigned"


class AutoFieldMixin:
    """What makes an integer field the automatic primary key: never blank,
    returned by INSERT ... RETURNING, AUTOINCREMENT on SQLite."""

    db_returning = True

    def __init__(self, *args, **kwargs):
        kwargs["blank"] = True
        super().__init__(*args, **kwargs)

    def column_sql(self):
        return '"%s" integer NOT NULL PRIMARY KEY AUTOINCREMENT' % self.column


class AutoFieldMeta(type):
    """As Django's: BigAutoField and SmallAutoField count as AutoFields for
    isinstance() and issubclass(), though they derive from BigIntegerField
    and SmallIntegerField."""

    @property
    def _subclasses(self):
        return (BigAutoField, SmallAutoField)

    def __instancecheck__(self, instance):
        return isinstance(instance, self._subclasses) or super().__instancecheck__(instance)

    def __subclasscheck__(self, subclass):
        return issubclass(subclass, self._subclasses) or super().__subclasscheck__(subclass)


class AutoField(AutoFieldMixin, IntegerField, metaclass=AutoFieldMeta):
    internal_type = "AutoField"

    def rel_db_type(self):
        return "integer"


class BigAutoField(AutoFieldMixin, BigIntegerField):
    internal_type = "BigAutoField"

    def rel_db_type(self):
        return "bigint"


class SmallAutoField(AutoFieldMixin, SmallIntegerField):
    internal_type = "SmallAutoField"

    def rel_db_type(self):
        return "smallint"


class FloatField(Field):
    internal_type = "FloatField"
    db_type_sql = "real"
    empty_strings_allowed = False
    expected = "a number"
    convert = float
    invalid_message = "“%s” value must be a float."
    to_python = _number_to_python
    get_prep_value = _number_get_prep_value


class DecimalField(Field):
    internal_type = "DecimalField"
    db_type_sql = "decimal"
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, name=None, max_digits=None, decimal_places=None, **kwargs):
        self.max_digits = max_digits
        self.decimal_places = decimal_places
        super().__init__(verbose_name, name, **kwargs)

    def to_python(self, value):
        if value is None:
            return value
        if isinstance(value, float):
            # As Django: the float's exact value rounded to max_digits.
            if self.max_digits is None:
                return decimal.Decimal(repr(value))
            return decimal.Context(prec=self.max_digits).create_decimal_from_float(value)
        try:
            return decimal.Decimal(value)
        except (decimal.InvalidOperation, TypeError, ValueError):
            raise exceptions.ValidationError(
                "“%s” value must be a decimal number." % (value,), code="invalid")

    def get_prep_value(self, value):
        if value is None or hasattr(value, "resolve_expression"):
            return value
        return self.to_python(value)

    def default_validators(self):
        # Django's DecimalValidator: digits in total, then decimal places,
        # then digits before the point (only the first that fails).
        max_digits, places = self.max_digits, self.decimal_places

        def plural(n, one, many):
            return (one if n == 1 else many) % n

        def digits_check(value):
            digit_tuple, exponent = value.as_tuple()[1:]
            if exponent in ("F", "n", "N"):
                return "Enter a number."
            if exponent >= 0:
                digits = len(digit_tuple)
                if digit_tuple != (0,):
                    digits += exponent
                decimals = 0
            elif -exponent > len(digit_tuple):
                digits = decimals = -exponent
            else:
                digits, decimals = len(digit_tuple), -exponent
            if max_digits is not None and digits > max_digits:
                return plural(max_digits, "Ensure that there are no more than %d digit in total.",
                              "Ensure that there are no more than %d digits in total.")
            if places is not None and decimals > places:
                return plural(places, "Ensure that there are no more than %d decimal place.",
                              "Ensure that there are no more than %d decimal places.")
            if max_digits is not None and places is not None and digits - decimals > max_digits - places:
                return plural(max_digits - places,
                              "Ensure that there are no more than %d digit before the decimal point.",
                              "Ensure that there are no more than %d digits before the decimal point.")
            return None
        return [digits_check]

    @property
    def db_converter(self):
        return self.from_db_value

    def from_db_value(self, value):
        if value is None:
            return None
        if isinstance(value, float):
            value = decimal.Decimal(repr(value))
        else:
            value = decimal.Decimal(value)
        if self.decimal_places is not None:
            return value.quantize(decimal.Decimal(1).scaleb(-self.decimal_places))
        return value


class BooleanField(Field):
    internal_type = "BooleanField"
    db_type_sql = "bool"
    empty_strings_allowed = False

    def to_python(self, value):
        if self.null and value in (None, ""):
            return None
        if value in (True, False):
            return bool(value)
        if value in ("t", "True", "1"):
            return True
        if value in ("f", "False", "0"):
            return False
        raise exceptions.ValidationError(
            "“%s” value must be either True or False." % (value,), code="invalid")

    def get_prep_value(self, value):
        if value is None or hasattr(value, "resolve_expression"):
            return value
        return self.to_python(value)

    db_converter = "bool"

    def from_db_value(self, value):
        if value is None:
            return None
        return bool(value)


class CharField(Field):
    internal_type = "CharField"

    def default_validators(self):
        limit = self.max_length
        if limit is None:
            return []

        def max_length(value):
            n = len(value)
            if n > limit:
                return ("Ensure this value has at most %d character%s (it has %d)."
                        % (limit, "" if limit == 1 else "s", n))
            return None
        return [max_length]

    def db_type(self):
        return "varchar(%s)" % self.max_length

    def to_python(self, value):
        if isinstance(value, str) or value is None:
            return value
        return str(value)

    def get_prep_value(self, value):
        if value is None or hasattr(value, "resolve_expression"):
            return value
        return self.to_python(value)


def _valid_email(value):
    """The shape Django's EmailValidator accepts: user@domain.tld."""
    if value.count("@") != 1:
        return False
    user, domain = value.split("@")
    if not user or not domain or " " in value or ".." in user or user[0] == "." or user[-1] == ".":
        return False
    for ch in user:
        if not (ch.isalnum() or ch in "!#$%&'*+/=?^_`{}|~-."):
            return False
    if domain == "localhost":
        return True
    labels = domain.split(".")
    if len(labels) < 2:
        return False
    for label in labels:
        if not label or label[0] == "-" or label[-1] == "-" or len(label) > 63:
            return False
        for ch in label:
            if not (ch.isalnum() or ch == "-"):
                return False
    tld = labels[-1]
    return len(tld) >= 2 and (tld.isalpha() or tld.startswith("xn--"))


class EmailField(CharField):
    internal_type = "CharField"

    def default_validators(self):
        def email(value):
            return None if _valid_email(value) else "Enter a valid email address."
        return CharField.default_validators(self) + [email]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 254)
        super().__init__(*args, **kwargs)


class SlugField(CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 50)
        kwargs.setdefault("db_index", True)
        super().__init__(*args, **kwargs)


class URLField(CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)


class TextField(Field):
    internal_type = "TextField"
    db_type_sql = "text"

    def to_python(self, value):
        if isinstance(value, str) or value is None:
            return value
        return str(value)

    def get_prep_value(self, value):
        if value is None or hasattr(value, "resolve_expression"):
            return value
        return self.to_python(value)


def _parse_date(value):
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
    return None


def _parse_datetime(value):
    value = value.strip()
    date_part, sep, time_part = value.replace("T", " ").partition(" ")
    d = _parse_date(date_part)
    if d is None:
        return None
    if not sep:
        return datetime.datetime(d.year, d.month, d.day)
    frac = 0
    if "." in time_part:
        time_part, _, f = time_part.partition(".")
        frac = int((f + "000000")[:6])
    bits = time_part.split(":")
    h = int(bits[0])
    m = int(bits[1]) if len(bits) > 1 else 0
    s = int(bits[2]) if len(bits) > 2 else 0
    return datetime.datetime(d.year, d.month, d.day, h, m, s, frac)


class DateField(Field):
    internal_type = "DateField"
    db_type_sql = "date"
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, name=None, auto_now=False, auto_now_add=False, **kwargs):
        self.auto_now = auto_now
        self.auto_now_add = auto_now_add
        if auto_now or auto_now_add:
            kwargs["editable"] = False
            kwargs["blank"] = True
        super().__init__(verbose_name, name, **kwargs)

    def contribute_to_class(self, cls, name):
        super().contribute_to_class(cls, name)
        if not self.null:
            field = self

            def get_next(instance, **kwargs):
                return instance._get_next_or_previous_by_FIELD(field, True, **kwargs)

            def get_previous(instance, **kwargs):
                return instance._get_next_or_previous_by_FIELD(field, False, **kwargs)

            get_next.__name__ = "get_next_by_%s" % name
            get_previous.__name__ = "get_previous_by_%s" % name
            setattr(cls, get_next.__name__, get_next)
            setattr(cls, get_previous.__name__, get_previous)

    def to_python(self, value):
        if value is None:
            return value
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            try:
                d = _parse_date(value)
            except ValueError:
                raise exceptions.ValidationError(
                    "“%s” value has the correct format (YYYY-MM-DD) but it is an invalid date."
                    % value, code="invalid_date")
            if d is not None:
                return d
        else:
            # Django's parse_date hands it to date.fromisoformat()
            raise TypeError("fromisoformat: argument must be str")
        raise exceptions.ValidationError(
            "“%s” value has an invalid date format. It must be in YYYY-MM-DD format." % (value,),
            code="invalid")

    def get_prep_value(self, value):
        if value is None or hasattr(value, "resolve_expression"):
            return value
        return self.to_python(value)

    def get_db_prep_value(self, value, connection=None, prepared=False):
        if not prepared:
            value = self.get_prep_value(value)
        if value is None or hasattr(value, "resolve_expression"):
            return value
        return str(value)

    def pre_save(self, model_instance, add):
        if self.auto_now or (self.auto_now_add and add):
            value = self._now()
            setattr(model_instance, self.attname, value)
            return value
        return super().pre_save(model_instance, add)

    def _now(self):
        return datetime.date.today()

    db_converter = "date"

    def from_db_value(self, value):
        if value is None or isinstance(value, datetime.date):
            return value
        return _parse_date(value)


class DateTimeField(DateField):
    internal_type = "DateTimeField"
    db_type_sql = "datetime"

    def to_python(self, value):
        if value is None:
            return value
        if isinstance(value, datetime.datetime):
            return value
        if isinstance(value, datetime.date):
            return datetime.datetime(value.year, value.month, value.day)
        if isinstance(value, str):
            try:
                d = _parse_datetime(value)
            except ValueError:
                d = None
            if d is not None:
                return d
        else:
            raise TypeError("fromisoformat: argument must be str")
        raise exceptions.ValidationError(
            "“%s” value has an invalid format. It must be in "
            "YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format." % (value,), code="invalid")

    def _now(self):
        return datetime.datetime.now()

    db_converter = "datetime"

    def from_db_value(self, value):
        if value is None or isinstance(value, datetime.datetime):
            return value
        return _parse_datetime(value)


class TimeField(Field):
    internal_type = "TimeField"
    db_type_sql = "time"
    empty_strings_allowed = False

    @property
    def db_converter(self):
        return self.from_db_value

    def from_db_value(self, value):
        # SQLite's convert_timefield_value: the stored "HH:MM[:ss[.uuuuuu]]" text
        if value is None or isinstance(value, datetime.time):
            return value
        return datetime.time.fromisoformat(value)


class DurationField(Field):
    """A timedelta, stored by Django's SQLite backend as an integer number
    of microseconds (bigint)."""

    internal_type = "DurationField"
    db_type_sql = "bigint"
    empty_strings_allowed = False

    def to_python(self, value):
        if value is None or isinstance(value, datetime.timedelta):
            return value
        raise exceptions.ValidationError(
            "“%s” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format."
            % (value,), code="invalid")

    def get_db_prep_value(self, value, connection=None, prepared=False):
        if value is None or hasattr(value, "resolve_expression"):
            return value
        return duration_microseconds(value)

    def from_db_value(self, value):
        if value is None or isinstance(value, datetime.timedelta):
            return value
        return datetime.timedelta(0, 0, value)


def duration_microseconds(delta):
    return (24 * 60 * 60 * delta.days + delta.seconds) * 1000000 + delta.microseconds


class JSONField(Field):
    """JSON text; a value read back is json.loads()'d (as Django does,
    text that is not JSON comes back as it is)."""

    internal_type = "JSONField"
    db_type_sql = "text"
    empty_strings_allowed = False

    def __init__(self, verbose_name=None, name=None, encoder=None, decoder=None, **kwargs):
        self.encoder = encoder
        self.decoder = decoder
        super().__init__(verbose_name, name, **kwargs)

    def db_check(self):
        return '(JSON_VALID("%s") OR "%s" IS NULL)' % (self.column, self.column)

    def get_prep_value(self, value):
        if value is None or hasattr(value, "resolve_expression"):
            return value
        import json
        return json.dumps(value)

    def from_db_value(self, value):
        if value is None or not isinstance(value, str):
            return value
        import json
        try:
            return json.loads(value)
        except ValueError:
            return value
