settings = {"theme": "dark", "size": 12}

current = settings
saved = settings.copy()

current["size"] = 14

print(settings["size"], saved["size"])  # mark: after
print(current is settings, saved is settings)
