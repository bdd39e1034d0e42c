x = 5 € 3
y = a × b
z = «q»
