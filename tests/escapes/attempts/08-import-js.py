# Route: `import js`, Pyodide's module for the JavaScript global scope; in plain Pyodide under Node
# js.process.getBuiltinModule("child_process") runs host commands.
import js

child_process = js.process.getBuiltinModule("child_process")
out = child_process.execSync(f"cat {SECRET_FILE}; touch {MARKER_FILE}")
print(f"ESCAPED: js.process ran a host command: {out}")
