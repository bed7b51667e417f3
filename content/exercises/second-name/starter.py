settings = {"theme": "dark", "size": 12}

current = settings.copy()  # should be a second name for settings
saved = settings  # should be a copy that keeps the old size

current["size"] = 14

print(settings["size"], saved["size"])  # mark: after
print(current is settings, saved is settings)
