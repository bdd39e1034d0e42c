s = f'''
{a}
{b!r}
'''
t = rf"""\d{x}"""
