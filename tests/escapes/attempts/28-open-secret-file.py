# Route: open() on a secret file the test created in a temp folder on the host, by its absolute path
# and by a traversal from the working directory.
import os

for path in (os.path.join(os.getcwd(), "..", "..", SECRET_FILE.lstrip("/")), SECRET_FILE):
    with open(path) as secret:
        print(f"ESCAPED: read the host's secret file: {secret.read()}")
