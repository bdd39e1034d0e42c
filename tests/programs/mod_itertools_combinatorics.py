# itertools: product, permutations, combinations, combinations_with_replacement order.
import itertools as it

print(list(it.product("ab", range(2))))
print(list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product("a", [])))
print(list(it.product("ab", "c", repeat=2)))
print(len(list(it.product(range(3), repeat=4))), list(it.product([], repeat=0)))

print(list(it.permutations("abc", 2)))
print(list(it.permutations(range(3))))
print(list(it.permutations([], 0)), list(it.permutations("ab", 3)), list(it.permutations("ab", 0)))
print(len(list(it.permutations(range(6)))), list(it.permutations("abcd"))[::5])

print(list(it.combinations("abcd", 2)))
print(list(it.combinations("abcde", 3))[-3:], list(it.combinations("ab", 0)), list(it.combinations("ab", 3)))
print(list(it.combinations(range(4), 4)), len(list(it.combinations(range(12), 5))))

print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations_with_replacement("", 0)), list(it.combinations_with_replacement("", 1)))
print(list(it.combinations_with_replacement([1, 2], 3)))

# the results are fresh tuples; the input is read once, up front
src = iter([3, 1, 2])
perms = it.permutations(src)
print(list(src), next(perms), next(perms))
first = next(it.combinations([[]], 1))
first[0].append(1)
print(first, type(first).__name__)

# a magic square search with permutations
count = 0
for p in it.permutations(range(1, 10)):
    rows = [p[0:3], p[3:6], p[6:9]]
    if all(sum(r) == 15 for r in rows) and all(sum(p[i::3]) == 15 for i in range(3)):
        if p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
            count += 1
print("magic squares:", count)
