# bench/hello.py: the start-up benchmark's program (bench/run.sh startup)
print('hello')
