# nested loops over nested data: a small inventory report
inventory = {
    'fruit': [('apple', 3, 0.5), ('pear', 0, 0.75), ('kiwi', 12, 0.2)],
    'veg': [('carrot', 7, 0.1), ('leek', 2, 1.25)],
    'empty': [],
}
grand = 0.0
for category, rows in inventory.items():
    print('==', category, '==')
    subtotal = 0.0
    for name, qty, price in rows:
        if qty == 0:
            print(f'  {name:<8} out of stock')
            continue
        value = qty * price
        subtotal += value
        print(f'  {name:<8} {qty:>3} x {price:>5.2f} = {value:6.2f}')
    else:
        print(f'  subtotal {subtotal:.2f}')
    grand += subtotal
print(f'grand total {grand:.2f}')
matrix = [[(i * 7 + j * 3) % 10 for j in range(6)] for i in range(5)]
for row in matrix:
    print(row)
found = None
for i, row in enumerate(matrix):
    for j, v in enumerate(row):
        if v == 9:
            found = (i, j)
            break
    if found:
        break
print('first 9 at', found)
col_sums = [sum(row[j] for row in matrix) for j in range(6)]
print(col_sums, max(col_sums), col_sums.index(max(col_sums)))
