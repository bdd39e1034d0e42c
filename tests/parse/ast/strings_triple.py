'''single triple'''
"""double triple"""
"""multi
line
string"""
'''contains 'single' and "double" quotes'''
"""contains ''' inside"""
'''ends with quote"'''
"""a "" b"""
x = """
    indented
        more
"""
f("""arg""", '''arg2''')
"""\
no leading newline"""
""""""
''''''
"""trailing \"\"\" escaped"""
