# exercise: count-the-references
# targets: three-references
# cheat: takes the probe's tracer from sys.monitoring to stop it or call it with made-up frames
import sys

data = [1, 2, 3]
try:
    stolen = sys.monitoring.register_callback(0, sys.monitoring.events.LINE, None)
    sys.monitoring.set_events(0, 0)
except Exception:
    pass
try:
    import heapwise_probe  # noqa: F401
    import heapwise_sandbox  # noqa: F401
except ImportError:
    pass

print(sys.getrefcount(data) - 1)  # mark: count
