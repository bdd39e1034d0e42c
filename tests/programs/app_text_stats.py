# text statistics: splitting, counting, sorting with ties, formatting a report
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = []
for line in lines:
    for raw in line.split():
        w = raw.strip('.,;:!?').lower()
        if w:
            words.append(w)
print(len(words), words[:8])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:8]:
    print(f'{w:>12} {n:3d} {"*" * n}')
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print(common, [letters[c] for c in common], sum(letters.values()))
avg = sum(len(w) for w in words) / len(words)
print(f'average word length {avg:.3f}, longest {max(words, key=len)!r}, unique {len(freq)}')
print(' '.join(w.capitalize() for w in words[:6]) + '...')
