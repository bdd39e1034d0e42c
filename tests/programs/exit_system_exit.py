# raise SystemExit with a number: exit status 3, nothing on stderr
def main():
    for i in range(3):
        print('step', i)
    try:
        raise SystemExit(3)
    finally:
        print('finally before exit')
main()
print('not reached')
