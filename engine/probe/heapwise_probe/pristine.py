"""A copy of the builtins as they were when the probe was imported, before any learner code ran.

Every probe module makes it its `__builtins__` before it defines a function, so its functions look
up isinstance, len, map, compile... here: a program that replaces builtins.isinstance or
builtins.compile changes its own world, not what the probe computes (CPython takes a function's
builtins from its module's `__builtins__` when the function is made).

One builtin is replaced: isinstance. When an object's type is not a subclass of the class asked
about, CPython's isinstance goes on to read `obj.__class__`, and that runs the program's
`__getattribute__`, `__getattr__` or `__class__` property inside the probe. The probe asks about
the real type only: issubclass of two real classes walks their MROs and runs no Python code.
"""

import builtins

BUILTINS = dict(vars(builtins))


def _isinstance(obj, classes, _issubclass=issubclass, _type=type):
    return _issubclass(_type(obj), classes)


BUILTINS["isinstance"] = _isinstance
