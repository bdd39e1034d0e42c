r 'x' b "y"
