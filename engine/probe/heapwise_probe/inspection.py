"""What the grader asks about a program after it ran, answered inside the same interpreter before it
shuts down: instances of a class still alive and what holds them, sizes, weak references, the
results of calling the program's functions with hidden inputs, facts about its source, and the
collector's totals.

Questions arrive only after the program's module has finished (the engine writes each to a file
then), so the program never sees a hidden input before its function is called with it. Answers are
built from the functions captured before any learner code ran (captured.py) and from builtin types
only: a program that replaces gc.get_objects, sys.getsizeof or a class's __eq__ changes nothing
here. Calling the program's functions and evaluating sizeof expressions does run learner code: that
is the point of those checks, and their results are converted to plain JSON values through builtin
types (an object whose __eq__ always says True is reported as what it is, never compared here).
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

# Bound now: a program may reassign the ast module's functions before the grader reads its source.
from ast import AnnAssign, Assign, AsyncFor, AsyncFunctionDef, AsyncWith, Attribute, AugAssign, Call, ClassDef, Dict, DictComp, For, FunctionDef, GeneratorExp, Lambda, List, ListComp, Name, Set, SetComp, Subscript, While, With, Yield, YieldFrom, PyCF_ONLY_AST, AST

from . import captured
from .describe import EdgeReader, short_repr, size, type_name
from .sizes64 import size64

_qualname = type.__dict__["__qualname__"].__get__
_subclasses = type.__dict__["__subclasses__"]
_MAX_CHAIN = 8
_MAX_VISITED = 5000
_JSON_DEPTH = 20


def answer(question, namespace, class_globals):
    """The answer to one question about the program whose module namespace is given, by the
    function for its kind (HANDLERS; each kind of check in engine/grading/checks/ defines the
    questions it asks). `class_globals` is the recorder's key -> global name of the classes the
    program defined. The engine asks one question at a time, so that a function called with a
    hidden input finds no other hidden input in its callers' frames."""
    handler = dict.get(HANDLERS, question["kind"])
    if handler is None:
        return {"error": f"unknown question {question['kind']!r}"}
    return handler(question, namespace, class_globals)


# --- one function per kind of question: (question, namespace, class_globals) -> answer --------

def collected(question, namespace, class_globals):
    """{kind: "collected"}: the collector's total of collected objects so far (engine/grading/checks/collected.ts)."""
    return {"collected": sum(generation["collected"] for generation in captured.gc_get_stats())}


def alive(question, namespace, class_globals):
    """{kind: "alive", class}: how many instances of the class are alive, and how a global name
    reaches the first (engine/grading/checks/alive.ts)."""
    # What only the collector would free does not count as alive.
    captured.gc_collect()
    name = question["class"]
    instances = _instances_of(name, [key for key, global_name in dict.items(class_globals) if global_name == name])
    chain = _holder_chain(instances[0], namespace) if instances else None
    count = len(instances)
    del instances
    return {"count": count, "chain": chain}


def sizeof(question, namespace, class_globals):
    """{kind: "sizeof", expr}: the size of what the expression evaluates to, measured here and for
    64-bit CPython (engine/grading/checks/sizeof.ts)."""
    try:
        obj = _evaluate(question["expr"], namespace)
    except BaseException as exc:  # noqa: BLE001 (reported to the grader)
        return {"error": _describe_error(exc)}
    return {"size": size(obj), "size64": size64(obj), "type": type_name(type(obj))}


def weakref(question, namespace, class_globals):
    """{kind: "weakref", expr}: whether the weak reference the expression evaluates to is dead
    (engine/grading/checks/weakref.ts)."""
    expression = question["expr"]
    try:
        obj = _evaluate(expression, namespace)
    except BaseException as exc:  # noqa: BLE001
        return {"error": _describe_error(exc)}
    if not isinstance(obj, captured.weakref_ref):
        return {"error": f"{expression} is a {type_name(type(obj))}, not a weak reference"}
    referent = captured.weakref_ref.__call__(obj)
    return {"dead": referent is None, "referent": None if referent is None else short_repr(referent)}


def call(question, namespace, class_globals):
    """{kind: "call", function, args}: what the program's function returns for the arguments, as
    plain JSON (engine/grading/checks/call.ts)."""
    name = question["function"]
    function = dict.get(namespace, name)
    if function is None or not callable(function):
        return {"error": f"the program defines no function '{name}'"}
    try:
        value = function(*question["args"])
    except BaseException as exc:  # noqa: BLE001
        return {"error": _describe_error(exc)}
    converted = to_json(value)
    if converted is _UNCONVERTIBLE:
        return {"error": f"returned a {type_name(type(value))}, which is not a plain value"}
    return {"value": converted}


def structure(question, namespace, class_globals):
    """{kind: "structure", source}: facts about the program's source, read from its syntax tree
    (engine/grading/checks/structure.ts)."""
    return structure_of(question["source"])


HANDLERS = {"collected": collected, "alive": alive, "sizeof": sizeof, "weakref": weakref, "call": call, "structure": structure}


# --- objects ---------------------------------------------------------------------------------

def _instances_of(name, class_keys):
    """Live instances of the classes named `name` or known by those keys (the classes the program's
    global of that name held: renaming a class does not hide its instances), or of subclasses.
    The classes are found from `object` down its subclasses (a few thousand) and their instances
    among the objects that refer to them (an instance of a class statement's class refers to its
    type), both in C: walking every object of the interpreter in Python cost a grading 50-150 ms."""
    class_keys = set(class_keys)
    named = [klass for klass in _all_classes([object]) if captured.key(klass) in class_keys or _qualname(klass, type) == name]
    if not named:
        return []
    classes = _all_classes(named)
    wanted = {captured.key(klass) for klass in classes}
    found = [obj for obj in captured.gc_get_referrers(*classes) if captured.key(type(obj)) in wanted]
    del classes, named
    return found


def _all_classes(roots):
    """The classes given and all their subclasses, each once."""
    seen, classes, stack = set(), [], list(roots)
    while stack:
        klass = stack.pop()
        if captured.key(klass) in seen:
            continue
        seen.add(captured.key(klass))
        classes.append(klass)
        stack.extend(_subclasses(klass))
    return classes


def _holder_chain(target, namespace):
    """How a global name reaches `target`, as labels: ["global 'registry'", "list [0]", "<Node
    object>"], found by walking referrers back from the object (breadth first, a few levels), or
    None."""
    toward = {}  # key of a referrer -> (referrer, the object it references on the way to target)
    level = [target]
    own = {captured.key(toward), captured.key(level)}  # the walk's own containers refer too
    start = None
    for _depth in range(_MAX_CHAIN):
        following = []
        own.add(captured.key(following))
        for obj in level:
            for referrer in captured.gc_get_referrers(obj):
                referrer_key = captured.key(referrer)
                if referrer is namespace:
                    start = obj
                    break
                if referrer_key in toward or referrer_key in own or isinstance(referrer, captured.frame_type):
                    continue
                hop = (referrer, obj)
                own.add(captured.key(hop))
                toward[referrer_key] = hop
                following.append(referrer)
            if start is not None or len(toward) > _MAX_VISITED:
                break
        if start is not None or not following or len(toward) > _MAX_VISITED:
            break
        level = following
    if start is None:
        return None
    reader = EdgeReader(1 << 30, [])
    name = next((name for name, value in dict.items(namespace) if value is start), "?")
    chain = [f"global '{name}'"]
    obj = start
    while obj is not target:
        child = next(child for referrer, child in toward.values() if referrer is obj)
        labels = []
        reader.edges(obj, lambda label, edge_target, kind: labels.append(label) if edge_target is child else None)
        chain.append(f"{type_name(type(obj))} {labels[0]}" if labels else type_name(type(obj)))
        obj = child
    chain.append(short_repr(target))
    return chain


def _evaluate(expression, namespace):
    return eval(compile(expression, "<check>", "eval"), namespace)  # noqa: S307 (the learner's own namespace)


_UNCONVERTIBLE = object()


def to_json(value, depth=0):
    """A plain JSON value equal to `value` if it is made of exact builtin types only (a subclass of
    int could lie through __eq__), else _UNCONVERTIBLE. Tuples become lists."""
    cls = type(value)
    if value is None or cls is bool or cls is str:
        return value
    if cls is int:
        return value if -(2**53) < value < 2**53 else _UNCONVERTIBLE
    if cls is float:
        return value if value == value and value not in (float("inf"), float("-inf")) else _UNCONVERTIBLE
    if depth >= _JSON_DEPTH:
        return _UNCONVERTIBLE
    if cls is list or cls is tuple:
        items = [to_json(item, depth + 1) for item in value]
        return _UNCONVERTIBLE if any(item is _UNCONVERTIBLE for item in items) else items
    if cls is dict:
        converted = {}
        for key, item in dict.items(value):
            if type(key) is not str:
                return _UNCONVERTIBLE
            converted[key] = to_json(item, depth + 1)
            if converted[key] is _UNCONVERTIBLE:
                return _UNCONVERTIBLE
        return converted
    return _UNCONVERTIBLE


def _describe_error(exc):
    return f"{type_name(type(exc))}: {BaseException.__str__(exc)}"


# --- the source ------------------------------------------------------------------------------

_DYNAMIC_CODE = frozenset({"exec", "eval", "compile", "__import__"})
_GROWING_METHODS = frozenset({"append", "extend", "add", "update", "insert", "setdefault", "appendleft"})
_CONTAINER_CALLS = frozenset({"list", "dict", "set", "deque", "defaultdict", "OrderedDict", "Counter"})


def _is_open(func):
    """open(...), io.open(...), path.open(...): whatever opens a file by that name."""
    return (isinstance(func, Name) and func.id == "open") or (isinstance(func, Attribute) and func.attr == "open")


def _parse(source):
    # Not ast.parse, which is Python code of the ast module that runs with the program's builtins.
    return compile(source, "<program>", "exec", PyCF_ONLY_AST)


def _children(node):
    for field in type(node)._fields:
        value = getattr(node, field, None)
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def _walk(tree):
    pending = [tree]
    while pending:
        node = pending.pop()
        yield node
        pending.extend(_children(node))


def structure_of(source):
    """Facts the structure checks read from the program's syntax tree (never from running it)."""
    try:
        tree = _parse(source)
    except SyntaxError as exc:
        return {"error": f"SyntaxError: {exc.msg} (line {exc.lineno})"}
    slots = {}
    generators = []
    with_lines = []
    in_with = set()  # ids of the calls that are a with statement's context expressions
    for node in _walk(tree):
        if isinstance(node, ClassDef):
            for statement in node.body:
                targets = statement.targets if isinstance(statement, Assign) else [statement.target] if isinstance(statement, AnnAssign) else []
                if any(isinstance(target, Name) and target.id == "__slots__" for target in targets):
                    slots[node.name] = statement.lineno
        elif isinstance(node, (Yield, YieldFrom, GeneratorExp)):
            generators.append(node.lineno)
        elif isinstance(node, (With, AsyncWith)):
            with_lines.append(node.lineno)
            for item in node.items:
                if isinstance(item.context_expr, Call):
                    in_with.add(id(item.context_expr))
                    in_with.add(id(item.context_expr.func))
    opens_outside_with = set()
    dynamic = set()
    for node in _walk(tree):
        if isinstance(node, Call) and isinstance(node.func, Name) and node.func.id in _DYNAMIC_CODE:
            dynamic.add(node.lineno)
        elif isinstance(node, Call) and _is_open(node.func) and id(node) not in in_with:
            opens_outside_with.add(node.lineno)
        elif isinstance(node, Name) and node.id == "open" and id(node) not in in_with:
            # open passed around or renamed (f = open): its calls are then not with statements.
            opens_outside_with.add(node.lineno)
    return {
        "slots": slots,
        "generators": sorted(generators),
        "with": sorted(with_lines),
        "opensOutsideWith": sorted(opens_outside_with),
        "growingGlobals": _growing_globals(tree),
        # Code run from strings is invisible to these facts.
        "dynamicCode": sorted(dynamic),
    }


def _growing_globals(tree):
    """Module-level containers that code inside a function or a loop adds to: [name, line]."""
    containers = set()
    for statement in tree.body:
        if isinstance(statement, Assign):
            value = statement.value
            is_container = isinstance(value, (List, Dict, Set, ListComp, DictComp, SetComp)) or (
                isinstance(value, Call) and isinstance(value.func, Name) and value.func.id in _CONTAINER_CALLS
            )
            if is_container:
                containers.update(target.id for target in statement.targets if isinstance(target, Name))
    growing = []

    def visit(node, repeated):
        repeated = repeated or isinstance(node, (FunctionDef, AsyncFunctionDef, Lambda, For, While, AsyncFor))
        if repeated:
            if (
                isinstance(node, Call) and isinstance(node.func, Attribute) and node.func.attr in _GROWING_METHODS
                and isinstance(node.func.value, Name) and node.func.value.id in containers
            ):
                growing.append([node.func.value.id, node.lineno])
            elif isinstance(node, (Assign, AugAssign)):
                for target in node.targets if isinstance(node, Assign) else [node.target]:
                    if isinstance(target, Subscript) and isinstance(target.value, Name) and target.value.id in containers:
                        growing.append([target.value.id, node.lineno])
        for child in _children(node):
            visit(child, repeated)

    visit(tree, False)
    return growing
