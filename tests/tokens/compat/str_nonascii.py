s = 'héllo wörld ☃ 𝄞'
b = b'é'
