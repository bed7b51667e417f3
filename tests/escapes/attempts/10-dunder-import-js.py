# Route: builtins.__import__ called directly, as pyjail payloads do when `import` is filtered.
js = __import__("js")
print(f"ESCAPED: __import__('js') gave {js.process.env}")
