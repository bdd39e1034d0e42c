# nested lists: grids, recursive flatten, shallow vs deep copies, self-reference
board = [['.'] * 5 for _ in range(5)]
for i in range(5):
    board[i][i] = 'X'
    board[i][4 - i] = 'O'
for row in board:
    print(''.join(row))
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    print(depth, node[0])
    node = node[1]
    depth += 1
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, 3], [[4], [5, [6, [7]]]], 8]))
m = [[1, 2], [3, 4]]
n = [[5, 6], [7, 8]]
prod = [[sum(m[i][k] * n[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(prod)
copy = [row[:] for row in m]
copy[0][0] = 99
print(m, copy)
shallow = m[:]
shallow[0][0] = -1
print(m, shallow)
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
stack = []
for ch in '(a[b]{c}(d))':
    if ch in '([{':
        stack.append(ch)
    elif ch in ')]}':
        print('close', ch, 'opened by', stack.pop(), 'depth', len(stack))
print(stack == [])
