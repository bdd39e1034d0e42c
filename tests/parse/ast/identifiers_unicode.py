é = 1
変数 = 2
αβγ = 3
переменная = 4
x_é_y = 5
ñ.ü = 6
f(ï=7)
def ƒ(ä, *ö, ü=1, **ß):
    return ä
class Ωmega:
    π = 3.14
import modülé
from pàckage import nâme as nämé
lambda ç: ç
print(é, 変数, αβγ)
a = é + 変数 * αβγ
ℎ𝑒𝑙𝑙𝑜 = 8
