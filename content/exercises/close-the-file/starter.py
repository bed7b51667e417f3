log = []


def write_notes(path, notes):
    f = open(path, "w")
    for note in notes:
        f.write(note + "\n")
        log.append(note)
    f.close()


def count_lines(path):
    f = open(path)
    return len(f.readlines())


write_notes("notes.txt", ["buy milk", "call mum", "fix bug"])
print(count_lines("notes.txt"))
