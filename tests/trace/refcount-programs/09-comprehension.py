source = [[n] for n in range(3)]
flat = [cell for row in source for cell in row]  # refcount: source
doubles = {key: [key] for key in ("a", "b")}  # refcount: flat
pairs = list(zip(source, flat))  # refcount: source, doubles
