# fails: current-is-settings, settings-has-two-names, prints-sizes
settings = {"theme": "dark", "size": 12}

current = settings.copy()
saved = settings.copy()

current["size"] = 14

print(settings["size"], saved["size"])  # mark: after
print(current is settings, saved is settings)
