# bench_deltablue: bench/programs/deltablue.py with smaller parameters: DeltaBlue, an incremental one-way constraint solver (Freeman-Benson, Maloney and
# Borning): chains of equality constraints and a scale/offset projection, planned and
# re-planned as edit constraints come and go; prints a checksum of the solved values
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = 0, 1, 2
N, ROUNDS = 30, 40


class Variable:
    def __init__(self, name, value=0):
        self.name, self.value, self.constraints = name, value, []
        self.determined_by, self.mark, self.walk_strength, self.stay = None, 0, WEAKEST, True

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add_constraint(self):
        # joins the graph and lets the planner satisfy it
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark):
        # picks a direction; returns the constraint it overrides (or None)
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self):
        # leaves the graph, letting weaker constraints take over
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, v, strength):
        Constraint.__init__(self, strength)
        self.my_output, self.satisfied = v, False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.constraints.append(self)
        self.satisfied = False

    def choose_method(self, mark):
        out = self.my_output
        self.satisfied = out.mark != mark and self.strength < out.walk_strength

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        # the output's walkabout strength and stay flag from this constraint
        out = self.my_output
        out.walk_strength, out.stay = self.strength, not self.is_input()
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        self.my_output.remove_constraint(self)
        self.satisfied = False

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        Constraint.__init__(self, strength)
        self.v1, self.v2, self.direction = v1, v2, NONE
        self.add_constraint()

    def choose_method(self, mark):
        # FORWARD (v1 -> v2), BACKWARD, or NONE when it cannot be satisfied
        v1, v2, s = self.v1, self.v2, self.strength
        if v1.mark == mark:
            self.direction = FORWARD if v2.mark != mark and s < v2.walk_strength else NONE
        elif v2.mark == mark:
            self.direction = BACKWARD if v1.mark != mark and s < v1.walk_strength else NONE
        elif v1.walk_strength > v2.walk_strength:
            self.direction = BACKWARD if s < v1.walk_strength else NONE
        else:
            self.direction = FORWARD if s < v2.walk_strength else BACKWARD

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = max(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        self.scale, self.offset = scale, offset
        BinaryConstraint.__init__(self, src, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = max(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        # removes c and re-satisfies what it leaves unsatisfied, strongest first
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def make_plan(self, sources):
        # the constraints to execute, in order, to propagate from the sources
        mark, plan, todo = self.new_mark(), [], sources
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by, out.walk_strength, out.stay = None, WEAKEST, True
        unsatisfied, todo = [], [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


def execute(plan):
    for c in plan:
        c.execute()


def change(v, value):
    # edits v to value through a plan; returns the plan's length
    edit = EditConstraint(v, PREFERRED)
    plan = planner.make_plan([edit])
    for i in range(10):
        v.value = value
        execute(plan)
    edit.destroy_constraint()
    return len(plan)


def chain_test(n):
    global planner
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(vs[i], vs[i + 1], REQUIRED)
    StayConstraint(vs[n], STRONG_DEFAULT)
    edit = EditConstraint(vs[0], PREFERRED)
    plan = planner.make_plan([edit])
    total = 0
    for i in range(100):
        vs[0].value = i
        execute(plan)
        total += vs[n].value
    edit.destroy_constraint()
    return total + len(plan)


def projection_test(n):
    global planner
    planner = Planner()
    scale, offset = Variable("scale", 10), Variable("offset", 1000)
    dests = []
    for i in range(n):
        src, dst = Variable("src", i), Variable("dst", i)
        dests.append(dst)
        StayConstraint(src, NORMAL)
        ScaleConstraint(src, scale, offset, dst, REQUIRED)
    total = change(src, 17) + dst.value
    total += change(dst, 1050) + src.value
    total += change(scale, 5) + sum(d.value for d in dests)
    total += change(offset, 2000) + sum(d.value for d in dests)
    return total


checksum = 0
for r in range(ROUNDS):
    checksum = (checksum * 7 + chain_test(N + r % 40) + projection_test(N + r % 40)) % 1000000007
print(checksum)
