def write_notes(path, notes):
    with open(path, "w") as f:
        for note in notes:
            f.write(note + "\n")


def count_lines(path):
    with open(path) as f:
        return sum(1 for _line in f)


write_notes("notes.txt", ["buy milk", "call mum", "fix bug"])
print(count_lines("notes.txt"))
