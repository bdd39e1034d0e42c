def f():
    try:
        run()
    except* ValueError as eg:
        log(eg)
    except* TypeError:
        pass
