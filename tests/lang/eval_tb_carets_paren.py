# The ~~^~~ markers of a binary operation whose left operand is a name in
# parentheses point at the operator, past the ')' (CPython 3.11's
# extract_anchors_from_expr), in the traceback the interpreter prints.
def label(count):
    return (count) + " items"


def caller():
    return label(3)


caller()
