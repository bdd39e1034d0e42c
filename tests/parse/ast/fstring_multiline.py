f"""
{x}
"""
f'''line one {a}
line two {b}
line three'''
f"""{
x
}"""
f"""{
    x +
    y
}"""
f"""{x:
>10}"""
x = f"""start {
    call(
        arg1,
        arg2,
    )
} end"""
f"""a
b {c!r}
d {e:>{w}}
"""
y = (f'{a}'
     f'{b}')
f'''{
    [i for i in
     range(3)]
}'''
f"""{x
=}"""
