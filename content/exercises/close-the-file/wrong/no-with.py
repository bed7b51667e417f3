# fails: uses-with
def write_notes(path, notes):
    f = open(path, "w")
    for note in notes:
        f.write(note + "\n")
    f.close()


def count_lines(path):
    with open(path) as f:
        return sum(1 for _line in f)


write_notes("notes.txt", ["buy milk", "call mum", "fix bug"])
print(count_lines("notes.txt"))
