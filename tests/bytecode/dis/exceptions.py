try:
    a
except E as e:
    print(e)
except (F, G):
    pass
else:
    b
finally:
    c
