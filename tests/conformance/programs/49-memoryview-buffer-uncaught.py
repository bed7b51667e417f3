# Checks: a memoryview shares memory with its bytearray (no copy) and pins the buffer:
# while an export exists the bytearray cannot be resized. The last resize is not
# guarded, so the program ends with BufferError (stderr, exit code 1).
data = bytearray(b"hello world")
view = memoryview(data)
print("view length:", len(view), "| readonly:", view.readonly)
view[0] = ord("J")
print("writing through the view changes the bytearray:", data)
part = view[6:]
print("slicing a view does not copy:", part.obj is data, bytes(part))
data[6:11] = b"WORLD"
print("and changes show through the slice:", bytes(part))
try:
    data.append(33)
except BufferError as e:
    print("append while exported -> BufferError:", e)
part.release()
view.release()
data.append(33)
print("after release(), resizing works:", data)
try:
    view[0]
except ValueError as e:
    print("using a released view -> ValueError:", e)

with memoryview(data) as scoped:
    print("inside with: first byte", scoped[0])
try:
    scoped[0]
except ValueError as e:
    print("the with block released it:", e)
data.extend(b"??")
print("resized again:", data)

frozen = bytes(data)
ro = memoryview(frozen)
print("a view of bytes is read-only:", ro.readonly)
keep = memoryview(data)
print("holding a view and then growing the bytearray:")
data += b"!!!"
