def f():
    """Doc.

    More doc.
    """
    return 1
