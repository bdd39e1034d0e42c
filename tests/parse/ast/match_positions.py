match (x,
       y):
    case (1,
          2):
        pass
    case {
        "k": v,
        **rest
    }:
        pass
    case Point(
        x=0,
        y=0,
    ) as p:
        pass
    case (
        1
        | 2
        | 3
    ):
        pass
    case _ if (
        cond
    ):
        pass
