name = input("name? ")
count = int(input())
print(f"hello {name}", count * 2)
try:
    input()
except EOFError as exc:
    print("EOFError:", exc)
