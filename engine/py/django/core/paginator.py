"""django.core.paginator: Paginator and Page as in Django 5.2 — count() is one COUNT query
(cached), a page is the object list sliced [bottom:top] (LIMIT/OFFSET on a QuerySet), evaluated
once when the page is first indexed or iterated; UnorderedObjectListWarning for an unordered
QuerySet."""
import warnings
from math import ceil


class UnorderedObjectListWarning(RuntimeWarning):
    pass


class InvalidPage(Exception):
    pass


class PageNotAnInteger(InvalidPage):
    pass


class EmptyPage(InvalidPage):
    pass


def _is_builtin_method(c):
    return type(c).__name__ in ("builtin_function_or_method", "method-wrapper", "method_descriptor")


class Paginator:
    ELLIPSIS = "…"
    default_error_messages = {
        "invalid_page": "That page number is not an integer",
        "min_page": "That page number is less than 1",
        "no_results": "That page contains no results",
    }

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True,
                 error_messages=None):
        self.object_list = object_list
        self._check_object_list_is_ordered()
        self.per_page = int(per_page)
        self.orphans = int(orphans)
        self.allow_empty_first_page = allow_empty_first_page
        self.error_messages = (self.default_error_messages if error_messages is None
                               else self.default_error_messages | error_messages)

    def __iter__(self):
        # Django yields the pages; kata Python has no generators, and a Page is lazy anyway.
        return iter([self.page(page_number) for page_number in self.page_range])

    def validate_number(self, number):
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"])
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        if number > self.num_pages:
            raise EmptyPage(self.error_messages["no_results"])
        return number

    def get_page(self, number):
        try:
            number = self.validate_number(number)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = self.num_pages
        return self.page(number)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(self.object_list[bottom:top], number, self)

    def _get_page(self, *args, **kwargs):
        return Page(*args, **kwargs)

    @property
    def count(self):
        # Django's cached_property: computed once per paginator.
        if "_count" not in self.__dict__:
            c = getattr(self.object_list, "count", None)
            if callable(c) and not _is_builtin_method(c) and not isinstance(
                    self.object_list, (list, tuple, str, range)):
                self._count = c()
            else:
                self._count = len(self.object_list)
        return self._count

    @property
    def num_pages(self):
        if "_num_pages" not in self.__dict__:
            if self.count == 0 and not self.allow_empty_first_page:
                self._num_pages = 0
            else:
                hits = max(1, self.count - self.orphans)
                self._num_pages = ceil(hits / self.per_page)
        return self._num_pages

    @property
    def page_range(self):
        return range(1, self.num_pages + 1)

    def _check_object_list_is_ordered(self):
        ordered = getattr(self.object_list, "ordered", None)
        if ordered is not None and not ordered:
            obj_list_repr = ("{} {}".format(self.object_list.model, self.object_list.__class__.__name__)
                             if hasattr(self.object_list, "model") else "{!r}".format(self.object_list))
            warnings.warn("Pagination may yield inconsistent results with an unordered "
                          "object_list: {}.".format(obj_list_repr), UnorderedObjectListWarning,
                          stacklevel=3)

    def get_elided_page_range(self, number=1, *, on_each_side=3, on_ends=2):
        # Django returns a generator of these values; kata Python has no generators, so an
        # iterator over the same list.
        number = self.validate_number(number)
        if self.num_pages <= (on_each_side + on_ends) * 2:
            return iter(self.page_range)
        out = []
        if number > (1 + on_each_side + on_ends) + 1:
            out.extend(range(1, on_ends + 1))
            out.append(self.ELLIPSIS)
            out.extend(range(number - on_each_side, number + 1))
        else:
            out.extend(range(1, number + 1))
        if number < (self.num_pages - on_each_side - on_ends) - 1:
            out.extend(range(number + 1, number + on_each_side + 1))
            out.append(self.ELLIPSIS)
            out.extend(range(self.num_pages - on_ends + 1, self.num_pages + 1))
        else:
            out.extend(range(number + 1, self.num_pages + 1))
        return iter(out)



class Page:
    def __init__(self, object_list, number, paginator):
        self.object_list = object_list
        self.number = number
        self.paginator = paginator

    def __repr__(self):
        return "<Page %s of %s>" % (self.number, self.paginator.num_pages)

    def __len__(self):
        return len(self.object_list)

    def __getitem__(self, index):
        if not isinstance(index, (int, slice)):
            raise TypeError("Page indices must be integers or slices, not %s."
                            % type(index).__name__)
        # A list, so that a QuerySet is not one query per index.
        if not isinstance(self.object_list, list):
            self.object_list = list(self.object_list)
        return self.object_list[index]

    # collections.abc.Sequence's mixin methods (iteration goes through __getitem__).
    # collections.abc.Sequence's mixin methods, over the list __getitem__ makes.
    def __iter__(self):
        self[0:0]
        return iter(self.object_list)

    def __contains__(self, value):
        self[0:0]
        return value in self.object_list

    def __reversed__(self):
        self[0:0]
        return reversed(self.object_list)

    def index(self, value, start=0, stop=None):
        self[0:0]
        for i in range(start, len(self.object_list) if stop is None else stop):
            v = self.object_list[i]
            if v is value or v == value:
                return i
        raise ValueError

    def count(self, value):
        self[0:0]
        return sum(1 for v in self.object_list if v is value or v == value)

    def has_next(self):
        return self.number < self.paginator.num_pages

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_previous() or self.has_next()

    def next_page_number(self):
        return self.paginator.validate_number(self.number + 1)

    def previous_page_number(self):
        return self.paginator.validate_number(self.number - 1)

    def start_index(self):
        if self.paginator.count == 0:
            return 0
        return (self.paginator.per_page * (self.number - 1)) + 1

    def end_index(self):
        if self.number == self.paginator.num_pages:
            return self.paginator.count
        return self.number * self.paginator.per_page
