pass
while True:
    break
for x in y:
    continue
    pass
while x:
    if y: break
    else: continue
