# non-ASCII text: code points, len, ord/chr, escapes, case mapping
s = 'naïve café ☕ 日本'
print(s, len(s), s.upper(), s.title())
print([ord(c) for c in 'aé☕日'])
print(chr(97), chr(233), chr(9749), chr(26085), chr(0x1F600))
print(repr('\n\t\\\'"'), repr("'"), repr('"'), repr('\x00\x1f\x7f'), repr('\u00e9\u200b'))
print('\u0041\U0001F600\N{GREEK SMALL LETTER ALPHA}', '\101\x42')
print(ascii('héllo ☕'), ascii(['ü']), repr('ü'))
print('straße'.upper(), 'ǅ'.lower(), 'ß'.casefold(), 'İ'.lower() == 'i̇')
print(s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print('é' < 'z', 'z' < 'é', sorted('bäaz'), max('日本'), min('日本'))
print(s[6:10], s[-2:], s.find('☕'), s.split(' '))
print('αβγ'.isalpha(), '٣'.isdigit(), '²'.isdigit(), '²'.isdecimal(), 'Ⅷ'.isnumeric())
print(f'{"日本":>6}|{"é":^5}|', 'x'.center(5, '·'))
print(str('abc'.encode('ascii'), 'ascii'), bytes('é', 'utf-8'), b'caf\xc3\xa9'.decode())
for ch in 'aZ9 é':
    print(repr(ch), ord(ch), hex(ord(ch)), ch.isalpha(), ch.isupper(), ch.isspace())
