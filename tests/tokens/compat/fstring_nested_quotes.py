s = f"{'a' + 'b'}"
t = f'{d["k"]}'
u = f'{{literal}}'
