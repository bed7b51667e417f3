data = [1, 2, 3]
alias = data  # refcount: data
holder = {"key": data}  # refcount: data, alias
del alias  # refcount: data, holder
text = "not interned " + str(len(data))  # refcount: data
copy = text  # refcount: text
