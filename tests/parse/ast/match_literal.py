match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0 + 0j:
        pass
    case "a":
        pass
    case "a" "b":
        pass
    case b"bytes":
        pass
    case r"raw" 'plain':
        pass
    case """triple""":
        pass
    case 0x1F:
        pass
