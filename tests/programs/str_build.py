# building strings: concatenation in loops, join, reversing, counting characters
words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog']
out = ''
for w in words:
    out += w[0].upper() + w[1:] + ' '
print(repr(out), repr(out.rstrip()))
print(' '.join(reversed(words)), '/'.join(w[::-1] for w in words))
sentence = ' '.join(words)
counts = {}
for ch in sentence:
    if ch != ' ':
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(len(counts), max(counts, key=lambda c: (counts[c], c)))
def caesar(text, k):
    res = []
    for ch in text:
        if 'a' <= ch <= 'z':
            res.append(chr((ord(ch) - ord('a') + k) % 26 + ord('a')))
        else:
            res.append(ch)
    return ''.join(res)
enc = caesar(sentence, 3)
print(enc)
print(caesar(enc, -3) == sentence)
def is_pal(s):
    s = ''.join(c for c in s.lower() if c.isalnum())
    return s == s[::-1]
for cand in ['A man, a plan, a canal: Panama', 'hello', 'Was it a car or a cat I saw', '']:
    print(repr(cand), is_pal(cand))
rle = []
text = 'aaabccddddde'
i = 0
while i < len(text):
    j = i
    while j < len(text) and text[j] == text[i]:
        j += 1
    rle.append(f'{j - i}{text[i]}')
    i = j
print(''.join(rle))
print('-' * 20, '=' * 0 + '|', 'ab'.join(['1', '2', '3']))
table = [('name', 'qty'), ('apple', 3), ('kiwi', 12)]
for a, b in table:
    print(f'{a:<8}{b!s:>5}')
