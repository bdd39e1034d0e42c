# ends with an uncaught KeyError: 'x'
prices = {'apple': 3, 'pear': 4}
order = ['apple', 'pear', 'apple', 'x', 'pear']
print(prices.get('x'), 'x' in prices)
total = 0
for item in order:
    print('adding', item)
    total += prices[item]
    print('total', total)
print('not reached')
