# Route: Python's own os.environ (Emscripten's environment) for the host's secret variable.
import os

print(f"ESCAPED: host secret from os.environ: {os.environ[SECRET_ENV_NAME]}")
