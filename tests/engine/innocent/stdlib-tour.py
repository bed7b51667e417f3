# Innocent standard-library calls that reach Emscripten's C runtime (clocks, sleeping, files,
# randomness, platform facts, compression, threads refused): none of them may trip the
# sandbox's bridge tripwire (tests/engine/tripwire-innocent.test.ts).
import datetime
import hashlib
import json
import locale
import os
import platform
import random
import shutil
import socket
import sys
import tempfile
import threading
import time
import tracemalloc
import uuid
import zlib

time.sleep(0.01)
print(time.time() > 0, time.perf_counter() >= 0, time.process_time() >= 0, time.monotonic() > 0)
print(os.cpu_count() is None or os.cpu_count() >= 1, os.getpid() >= 0, bool(os.getcwd()), len(os.urandom(4)))
print(bool(platform.platform()), sys.platform, bool(socket.gethostname()))
print(random.random() < 1, uuid.uuid4().version, hashlib.sha256(b"x").hexdigest()[:8])
print(zlib.crc32(b"x"), json.dumps({"a": [1, 2]}))
print(datetime.datetime.now().astimezone().tzinfo is not None, locale.setlocale(locale.LC_ALL, "") is not None)
with tempfile.TemporaryFile() as scratch:
    scratch.write(b"x")
print(shutil.disk_usage("/").total >= 0)
tracemalloc.start()
print(len(tracemalloc.take_snapshot().statistics("lineno")) >= 0)
tracemalloc.stop()
try:
    threading.Thread(target=print).start()
except RuntimeError as error:
    print("threads:", error)
read, write = os.pipe()
os.write(write, b"piped")
print(os.read(read, 5))
print("done")
