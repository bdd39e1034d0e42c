f"{f'{x}'}"
f'{"a" if x else "b"}'
f'{",".join(items)}'
f"{x:{f'{y}'}}"
f'''{f"{x!r}"}'''
f"outer {f'inner {x} inner'} outer"
f"{f'{x:{y}}'}"
f"""{f'''{x}'''}"""
