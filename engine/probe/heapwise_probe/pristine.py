"""A copy of the builtins as they were when the probe was imported, before any learner code ran.

Every probe module makes it its `__builtins__` before it defines a function, so its functions look
up isinstance, len, map, compile... here: a program that replaces builtins.isinstance or
builtins.compile changes its own world, not what the probe computes (CPython takes a function's
builtins from its module's `__builtins__` when the function is made).
"""

import builtins

BUILTINS = dict(vars(builtins))
