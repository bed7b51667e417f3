# Route: open(..., "w") on a path in a temp folder on the host: the file must not appear there.
with open(MARKER_FILE, "w") as marker:
    marker.write("written from the sandbox")
print(f"ESCAPED?: wrote {MARKER_FILE} (the test checks the host)")
