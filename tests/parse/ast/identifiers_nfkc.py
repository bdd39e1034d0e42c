ﬁ = 1
ℌ = 2
ﬁle = open
x = ﬁ + ℌ
µ = 3
ｆｕｌｌ = 4
𝐛𝐨𝐥𝐝 = 5
ℯ = 6
def ﬀ(ℌx, ﬁ=1):
    return ℌx
class ℭ:
    pass
obj.ﬁeld = 7
f(ﬁ=1)
import ﬁnal
from ℌ import ℌ as ﬁ
global ﬃ
Ⅸ = 9
ª = 10
