from django.core.exceptions import ValidationError
e1 = ValidationError("bad value")
e2 = ValidationError({"name": ["required"], "age": "too young"})
e3 = ValidationError(["a", "b"])
result = (e1.messages, e2.message_dict, e3.messages, str(e1), repr(e1), hasattr(e1, "message_dict"))
