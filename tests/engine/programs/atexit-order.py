import atexit

atexit.register(print, "registered first, runs last")
atexit.register(print, "registered last, runs first")
print("main body")
