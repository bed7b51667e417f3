import sys
print("about to fail")
raise SystemExit("fatal: configuration missing")
