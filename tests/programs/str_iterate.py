# iterating over strings, membership, comparisons, ord arithmetic
s = 'programming'
for i, ch in enumerate(s):
    if s.index(ch) != i:
        print('repeat', ch, 'at', i, 'first at', s.index(ch))
print(list(s), tuple('ab'), set('aaa'), sorted(s), sorted(set(s)))
vowels = 'aeiou'
print(sum(1 for c in s if c in vowels), ''.join(c for c in s if c not in vowels))
print([c * 2 for c in 'abc'], list(map(str.upper, 'abc')), list(zip('abc', 'xyz')))
print(min(s), max(s), s.count('m'), s.replace('m', ''), s[::-1])
words = 'one two three four five six'.split()
print(sorted(words, key=len), sorted(words, key=lambda w: w[-1]), [w for w in words if 'o' in w])
acc = []
for a, b in zip(s, s[1:]):
    if a == b:
        acc.append(a + b)
print(acc)
x = ''
for ch in reversed('stressed'):
    x += ch
print(x)
digits = '8675309'
print(sum(int(d) for d in digits), int(digits) * 2, digits.isdigit(), ''.join(sorted(digits, reverse=True)))
hexed = ''.join(format(ord(c), '02x') for c in 'Hi!')
print(hexed, bytes.fromhex(hexed).decode())
it = iter('xyz')
print(next(it), next(it), next(it), next(it, 'END'))
