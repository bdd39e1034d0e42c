def f(cmd):
    match cmd.split():
        case ["go", direction]:
            match direction:
                case "north" | "south":
                    return 1
                case _:
                    return 2
        case ["drop", *objects]:
            for obj in objects:
                drop(obj)
        case _:
            pass
match x:
    case 1: a = 1; b = 2
    case 2:
        if y:
            pass
