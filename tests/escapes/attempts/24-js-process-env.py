# Route (gets past the Python-level blocks): the sandbox process's own environment, process.env, from
# the JavaScript realm. The host starts it with an empty environment, so the host's secret variable
# must be missing (AttributeError from the JsProxy).
import gc

core = next(obj for obj in gc.get_objects() if type(obj).__name__ == "module" and obj.__name__ == "_pyodide_core")
env = core.to_js([]).constructor.constructor("return process.env")()
print(f"ESCAPED: host secret from process.env: {getattr(env, SECRET_ENV_NAME)}")
