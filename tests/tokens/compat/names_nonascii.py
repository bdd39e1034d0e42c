café = 1
π = 3.14
naïve_名前 = ñ
Σ = sum
