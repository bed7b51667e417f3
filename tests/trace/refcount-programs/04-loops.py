rows = [[i] for i in range(4)]
seen = []
for row in rows:
    seen.append(row)  # refcount: row, rows
for index in range(2):
    current = rows[index]  # refcount: rows
    seen.append(current)  # refcount: current
