# fails: current-is-settings, settings-has-two-names, saved-is-a-copy, prints-sizes
settings = {"theme": "dark", "size": 12}

current = settings
saved = settings

current["size"] = 14

print(settings["size"], saved["size"])  # mark: after
print(current is settings, saved is settings)
