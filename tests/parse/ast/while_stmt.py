while x:
    pass
while x:
    x -= 1
else:
    done()
while True: pass
while (chunk := read()):
    use(chunk)
while a < b and not c:
    break
else: pass
