"""Heapwise's probe: watches CPython's memory machinery while a learner's program runs.

Stdlib only, and importing it does nothing: the sandbox (engine/python/heapwise_sandbox.py) creates a
recorder.Recorder before the program starts and finishes it after the program ends. The trace it
writes follows schema.py, mirrored in TypeScript by engine/trace/schema.ts.
"""
