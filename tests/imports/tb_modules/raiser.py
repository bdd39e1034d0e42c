# raiser: its body fails (through helper), so the traceback passes through it.
import helper

VALUE = 1
helper.chain(VALUE)
