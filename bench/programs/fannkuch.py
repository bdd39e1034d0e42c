# bench: fannkuch-redux for n = 9: over all permutations of 1..n (in a fixed order), the
# most pancake flips needed to bring 1 to the front, and a checksum of the flip counts
def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        # count the flips of this permutation
        p = perm[:]
        flips = 0
        first = p[0]
        while first:
            # reverse the first first+1 items
            lo, hi = 0, first
            while lo < hi:
                p[lo], p[hi] = p[hi], p[lo]
                lo += 1
                hi -= 1
            flips += 1
            first = p[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        # next permutation: rotate prefixes, counting with count[] (a mixed-radix counter)
        while r != 1:
            count[r - 1] = r
            r -= 1
        while True:
            if r == n:
                return max_flips, checksum
            head = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


N = 9
flips, check = fannkuch(N)
print("checksum", check)
print("Pfannkuchen(%d) = %d" % (N, flips))
