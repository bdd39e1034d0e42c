// test_ast.cpp: unit tests of peppy's AST (src/ast and the code gen/asdl/asdl_gen makes
// from grammar/Python.asdl): ast.dump() against CPython 3.11, repr() of constants, the
// JSON form (every node type read, written and read back), the JSON reader's errors on
// malformed input, the depth limit, the arena, names and casts.
//
// Every expected string below was produced once by CPython 3.11.7 and pasted here as a
// literal (the tests never run Python):
//  * kCases: for each source snippet, ast.parse(...) converted to peppy's JSON form by a
//    small script following docs/ast-json.md, and ast.dump() of that tree (plain, and
//    for some also include_attributes=True, indent=2, include_attributes=True with
//    indent=4). Together the snippets hold every node type and every operator.
//  * the hand-built trees: the same trees made with the ast module's classes (lineno and
//    col_offset set to the values the C++ nodes have), then ast.dump().
//  * the constant reprs: repr() of the same values in Python.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ast/arena.hpp"
#include "ast/ast_nodes.hpp"
#include "ast/constant.hpp"
#include "ast/dump.hpp"
#include "ast/json.hpp"
#include "limits.hpp"

using namespace peppy::ast;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// A CPython-made golden case: the tree as JSON and its ast.dump() forms (nullptr: not
// recorded for this case).
struct Case {
  const char* name;
  const char* json;
  const char* dump;
  const char* dump_attributes;
  const char* dump_indent2;
  const char* dump_attributes_indent4;
};

const Case kCases[] = {
    {"assign",
     // JSON
      R"~({"_type":"Module","body":[{"_type":"Assign","targets":[{"_type":"Name","id":"x","ctx":"Store","lineno":1,"co)~"
      R"~(l_offset":0,"end_lineno":1,"end_col_offset":1}],"value":{"_type":"BinOp","left":{"_type":"Name","id":"a","ct)~"
      R"~(x":"Load","lineno":1,"col_offset":4,"end_lineno":1,"end_col_offset":5},"op":"Add","right":{"_type":"Constant)~"
      R"~(","value":{"type":"int","value":"1"},"kind":null,"lineno":1,"col_offset":8,"end_lineno":1,"end_col_offset":9)~"
      R"~(},"lineno":1,"col_offset":4,"end_lineno":1,"end_col_offset":9},"type_comment":null,"lineno":1,"col_offset":0)~"
      R"~(,"end_lineno":1,"end_col_offset":9}],"type_ignores":[]})~",
     // ast.dump(tree)
      R"~(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=Add())~"
      R"~(, right=Constant(value=1)))], type_ignores=[]))~",
     // ast.dump(tree, include_attributes=True)
      R"~(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=)~"
      R"~(1)], value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=A)~"
      R"~(dd(), right=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=)~"
      R"~(4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[)~"
      R"~(]))~",
     // ast.dump(tree, indent=2)
      R"~(Module(
  body=[
    Assign(
      targets=[
        Name(id='x', ctx=Store())],
      value=BinOp(
        left=Name(id='a', ctx=Load()),
        op=Add(),
        right=Constant(value=1)))],
  type_ignores=[]))~",
     // ast.dump(tree, include_attributes=True, indent=4)
      R"~(Module(
    body=[
        Assign(
            targets=[
                Name(
                    id='x',
                    ctx=Store(),
                    lineno=1,
                    col_offset=0,
                    end_lineno=1,
                    end_col_offset=1)],
            value=BinOp(
                left=Name(
                    id='a',
                    ctx=Load(),
                    lineno=1,
                    col_offset=4,
                    end_lineno=1,
                    end_col_offset=5),
                op=Add(),
                right=Constant(
                    value=1,
                    lineno=1,
                    col_offset=8,
                    end_lineno=1,
                    end_col_offset=9),
                lineno=1,
                col_offset=4,
                end_lineno=1,
                end_col_offset=9),
            lineno=1,
            col_offset=0,
            end_lineno=1,
            end_col_offset=9)],
    type_ignores=[]))~"},
    {"statements",
     // JSON
      R"~({"_type":"Module","body":[{"_type":"FunctionDef","name":"f","args":{"_type":"arguments","posonlyargs":[{"_ty)~"
      R"~(pe":"arg","arg":"a","annotation":null,"type_comment":null,"lineno":2,"col_offset":6,"end_lineno":2,"end_col_)~"
      R"~(offset":7}],"args":[{"_type":"arg","arg":"b","annotation":{"_type":"Name","id":"int","ctx":"Load","lineno":2)~"
      R"~(,"col_offset":15,"end_lineno":2,"end_col_offset":18},"type_comment":null,"lineno":2,"col_offset":12,"end_lin)~"
      R"~(eno":2,"end_col_offset":18}],"vararg":{"_type":"arg","arg":"args","annotation":null,"type_comment":null,"lin)~"
      R"~(eno":2,"col_offset":25,"end_lineno":2,"end_col_offset":29},"kwonlyargs":[{"_type":"arg","arg":"c","annotatio)~"
      R"~(n":null,"type_comment":null,"lineno":2,"col_offset":31,"end_lineno":2,"end_col_offset":32},{"_type":"arg","a)~"
      R"~(rg":"d","annotation":null,"type_comment":null,"lineno":2,"col_offset":34,"end_lineno":2,"end_col_offset":35})~"
      R"~(],"kw_defaults":[null,{"_type":"Constant","value":{"type":"int","value":"2"},"kind":null,"lineno":2,"col_off)~"
      R"~(set":36,"end_lineno":2,"end_col_offset":37}],"kwarg":{"_type":"arg","arg":"kw","annotation":null,"type_comme)~"
      R"~(nt":null,"lineno":2,"col_offset":41,"end_lineno":2,"end_col_offset":43},"defaults":[{"_type":"Constant","val)~"
      R"~(ue":{"type":"int","value":"1"},"kind":null,"lineno":2,"col_offset":21,"end_lineno":2,"end_col_offset":22}]},)~"
      R"~("body":[{"_type":"Expr","value":{"_type":"Constant","value":{"type":"str","value":"doc"},"kind":null,"lineno)~"
      R"~(":3,"col_offset":4,"end_lineno":3,"end_col_offset":13},"lineno":3,"col_offset":4,"end_lineno":3,"end_col_off)~"
      R"~(set":13},{"_type":"Global","names":["g","h"],"lineno":4,"col_offset":4,"end_lineno":4,"end_col_offset":15},{)~"
      R"~("_type":"Nonlocal","names":["n"],"lineno":5,"col_offset":4,"end_lineno":5,"end_col_offset":14},{"_type":"Del)~"
      R"~(ete","targets":[{"_type":"Subscript","value":{"_type":"Name","id":"a","ctx":"Load","lineno":6,"col_offset":8)~"
      R"~(,"end_lineno":6,"end_col_offset":9},"slice":{"_type":"Constant","value":{"type":"int","value":"0"},"kind":nu)~"
      R"~(ll,"lineno":6,"col_offset":10,"end_lineno":6,"end_col_offset":11},"ctx":"Del","lineno":6,"col_offset":8,"end)~"
      R"~(_lineno":6,"end_col_offset":12},{"_type":"Attribute","value":{"_type":"Name","id":"b","ctx":"Load","lineno":)~"
      R"~(6,"col_offset":14,"end_lineno":6,"end_col_offset":15},"attr":"c","ctx":"Del","lineno":6,"col_offset":14,"end)~"
      R"~(_lineno":6,"end_col_offset":17}],"lineno":6,"col_offset":4,"end_lineno":6,"end_col_offset":17},{"_type":"Aug)~"
      R"~(Assign","target":{"_type":"Name","id":"x","ctx":"Store","lineno":7,"col_offset":4,"end_lineno":7,"end_col_of)~"
      R"~(fset":5},"op":"Add","value":{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"lineno":7,"c)~"
      R"~(ol_offset":9,"end_lineno":7,"end_col_offset":10},"lineno":7,"col_offset":4,"end_lineno":7,"end_col_offset":1)~"
      R"~(0},{"_type":"AnnAssign","target":{"_type":"Name","id":"y","ctx":"Store","lineno":8,"col_offset":4,"end_linen)~"
      R"~(o":8,"end_col_offset":5},"annotation":{"_type":"Name","id":"int","ctx":"Load","lineno":8,"col_offset":7,"end)~"
      R"~(_lineno":8,"end_col_offset":10},"value":{"_type":"Constant","value":{"type":"int","value":"2"},"kind":null,")~"
      R"~(lineno":8,"col_offset":13,"end_lineno":8,"end_col_offset":14},"simple":1,"lineno":8,"col_offset":4,"end_line)~"
      R"~(no":8,"end_col_offset":14},{"_type":"AnnAssign","target":{"_type":"Name","id":"z","ctx":"Store","lineno":9,")~"
      R"~(col_offset":5,"end_lineno":9,"end_col_offset":6},"annotation":{"_type":"Name","id":"str","ctx":"Load","linen)~"
      R"~(o":9,"col_offset":9,"end_lineno":9,"end_col_offset":12},"value":null,"simple":0,"lineno":9,"col_offset":4,"e)~"
      R"~(nd_lineno":9,"end_col_offset":12},{"_type":"Return","value":null,"lineno":10,"col_offset":4,"end_lineno":10,)~"
      R"~("end_col_offset":10}],"decorator_list":[{"_type":"Name","id":"deco","ctx":"Load","lineno":1,"col_offset":1,")~"
      R"~(end_lineno":1,"end_col_offset":5}],"returns":{"_type":"Constant","value":{"type":"NoneType"},"kind":null,"li)~"
      R"~(neno":2,"col_offset":48,"end_lineno":2,"end_col_offset":52},"type_comment":null,"lineno":2,"col_offset":0,"e)~"
      R"~(nd_lineno":10,"end_col_offset":10},{"_type":"AsyncFunctionDef","name":"g","args":{"_type":"arguments","poson)~"
      R"~(lyargs":[],"args":[],"vararg":null,"kwonlyargs":[],"kw_defaults":[],"kwarg":null,"defaults":[]},"body":[{"_t)~"
      R"~(ype":"AsyncFor","target":{"_type":"Name","id":"i","ctx":"Store","lineno":12,"col_offset":14,"end_lineno":12,)~"
      R"~("end_col_offset":15},"iter":{"_type":"Call","func":{"_type":"Name","id":"aiter","ctx":"Load","lineno":12,"co)~"
      R"~(l_offset":19,"end_lineno":12,"end_col_offset":24},"args":[],"keywords":[],"lineno":12,"col_offset":19,"end_l)~"
      R"~(ineno":12,"end_col_offset":26},"body":[{"_type":"Pass","lineno":12,"col_offset":28,"end_lineno":12,"end_col_)~"
      R"~(offset":32}],"orelse":[],"type_comment":null,"lineno":12,"col_offset":4,"end_lineno":12,"end_col_offset":32})~"
      R"~(,{"_type":"AsyncWith","items":[{"_type":"withitem","context_expr":{"_type":"Call","func":{"_type":"Name","id)~"
      R"~(":"ctx","ctx":"Load","lineno":13,"col_offset":15,"end_lineno":13,"end_col_offset":18},"args":[],"keywords":[)~"
      R"~(],"lineno":13,"col_offset":15,"end_lineno":13,"end_col_offset":20},"optional_vars":{"_type":"Name","id":"v",)~"
      R"~("ctx":"Store","lineno":13,"col_offset":24,"end_lineno":13,"end_col_offset":25}},{"_type":"withitem","context)~"
      R"~(_expr":{"_type":"Name","id":"other","ctx":"Load","lineno":13,"col_offset":27,"end_lineno":13,"end_col_offset)~"
      R"~(":32},"optional_vars":null}],"body":[{"_type":"Expr","value":{"_type":"Await","value":{"_type":"Name","id":")~"
      R"~(v","ctx":"Load","lineno":13,"col_offset":40,"end_lineno":13,"end_col_offset":41},"lineno":13,"col_offset":34)~"
      R"~(,"end_lineno":13,"end_col_offset":41},"lineno":13,"col_offset":34,"end_lineno":13,"end_col_offset":41}],"typ)~"
      R"~(e_comment":null,"lineno":13,"col_offset":4,"end_lineno":13,"end_col_offset":41},{"_type":"Return","value":{")~"
      R"~(_type":"Await","value":{"_type":"Name","id":"x","ctx":"Load","lineno":14,"col_offset":17,"end_lineno":14,"en)~"
      R"~(d_col_offset":18},"lineno":14,"col_offset":11,"end_lineno":14,"end_col_offset":18},"lineno":14,"col_offset":)~"
      R"~(4,"end_lineno":14,"end_col_offset":18}],"decorator_list":[],"returns":null,"type_comment":null,"lineno":11,")~"
      R"~(col_offset":0,"end_lineno":14,"end_col_offset":18},{"_type":"ClassDef","name":"C","bases":[{"_type":"Name",")~"
      R"~(id":"B","ctx":"Load","lineno":15,"col_offset":8,"end_lineno":15,"end_col_offset":9}],"keywords":[{"_type":"k)~"
      R"~(eyword","arg":"metaclass","value":{"_type":"Name","id":"M","ctx":"Load","lineno":15,"col_offset":21,"end_lin)~"
      R"~(eno":15,"end_col_offset":22},"lineno":15,"col_offset":11,"end_lineno":15,"end_col_offset":22}],"body":[{"_ty)~"
      R"~(pe":"Pass","lineno":16,"col_offset":4,"end_lineno":16,"end_col_offset":8}],"decorator_list":[],"lineno":15,")~"
      R"~(col_offset":0,"end_lineno":16,"end_col_offset":8},{"_type":"For","target":{"_type":"Name","id":"i","ctx":"St)~"
      R"~(ore","lineno":17,"col_offset":4,"end_lineno":17,"end_col_offset":5},"iter":{"_type":"Call","func":{"_type":")~"
      R"~(Name","id":"range","ctx":"Load","lineno":17,"col_offset":9,"end_lineno":17,"end_col_offset":14},"args":[{"_t)~"
      R"~(ype":"Constant","value":{"type":"int","value":"3"},"kind":null,"lineno":17,"col_offset":15,"end_lineno":17,")~"
      R"~(end_col_offset":16}],"keywords":[],"lineno":17,"col_offset":9,"end_lineno":17,"end_col_offset":17},"body":[{)~"
      R"~("_type":"Break","lineno":18,"col_offset":4,"end_lineno":18,"end_col_offset":9}],"orelse":[{"_type":"Continue)~"
      R"~(","lineno":20,"col_offset":4,"end_lineno":20,"end_col_offset":12}],"type_comment":null,"lineno":17,"col_offs)~"
      R"~(et":0,"end_lineno":20,"end_col_offset":12},{"_type":"While","test":{"_type":"Constant","value":{"type":"bool)~"
      R"~(","value":true},"kind":null,"lineno":21,"col_offset":6,"end_lineno":21,"end_col_offset":10},"body":[{"_type")~"
      R"~(:"Pass","lineno":22,"col_offset":4,"end_lineno":22,"end_col_offset":8}],"orelse":[],"lineno":21,"col_offset")~"
      R"~(:0,"end_lineno":22,"end_col_offset":8},{"_type":"If","test":{"_type":"Name","id":"a","ctx":"Load","lineno":2)~"
      R"~(3,"col_offset":3,"end_lineno":23,"end_col_offset":4},"body":[{"_type":"Pass","lineno":23,"col_offset":6,"end)~"
      R"~(_lineno":23,"end_col_offset":10}],"orelse":[{"_type":"If","test":{"_type":"Name","id":"b","ctx":"Load","line)~"
      R"~(no":24,"col_offset":5,"end_lineno":24,"end_col_offset":6},"body":[{"_type":"Pass","lineno":24,"col_offset":8)~"
      R"~(,"end_lineno":24,"end_col_offset":12}],"orelse":[{"_type":"Pass","lineno":25,"col_offset":6,"end_lineno":25,)~"
      R"~("end_col_offset":10}],"lineno":24,"col_offset":0,"end_lineno":25,"end_col_offset":10}],"lineno":23,"col_offs)~"
      R"~(et":0,"end_lineno":25,"end_col_offset":10},{"_type":"With","items":[{"_type":"withitem","context_expr":{"_ty)~"
      R"~(pe":"Call","func":{"_type":"Name","id":"open","ctx":"Load","lineno":26,"col_offset":5,"end_lineno":26,"end_c)~"
      R"~(ol_offset":9},"args":[{"_type":"Name","id":"f","ctx":"Load","lineno":26,"col_offset":10,"end_lineno":26,"end)~"
      R"~(_col_offset":11}],"keywords":[],"lineno":26,"col_offset":5,"end_lineno":26,"end_col_offset":12},"optional_va)~"
      R"~(rs":{"_type":"Name","id":"fh","ctx":"Store","lineno":26,"col_offset":16,"end_lineno":26,"end_col_offset":18})~"
      R"~(}],"body":[{"_type":"Pass","lineno":26,"col_offset":20,"end_lineno":26,"end_col_offset":24}],"type_comment":)~"
      R"~(null,"lineno":26,"col_offset":0,"end_lineno":26,"end_col_offset":24},{"_type":"Raise","exc":{"_type":"Name",)~"
      R"~("id":"E","ctx":"Load","lineno":27,"col_offset":6,"end_lineno":27,"end_col_offset":7},"cause":{"_type":"Const)~"
      R"~(ant","value":{"type":"NoneType"},"kind":null,"lineno":27,"col_offset":13,"end_lineno":27,"end_col_offset":17)~"
      R"~(},"lineno":27,"col_offset":0,"end_lineno":27,"end_col_offset":17},{"_type":"Raise","exc":null,"cause":null,")~"
      R"~(lineno":28,"col_offset":0,"end_lineno":28,"end_col_offset":5},{"_type":"Try","body":[{"_type":"Pass","lineno)~"
      R"~(":29,"col_offset":5,"end_lineno":29,"end_col_offset":9}],"handlers":[{"_type":"ExceptHandler","type":{"_type)~"
      R"~(":"Name","id":"ValueError","ctx":"Load","lineno":30,"col_offset":7,"end_lineno":30,"end_col_offset":17},"nam)~"
      R"~(e":"e","body":[{"_type":"Pass","lineno":30,"col_offset":24,"end_lineno":30,"end_col_offset":28}],"lineno":30)~"
      R"~(,"col_offset":0,"end_lineno":30,"end_col_offset":28},{"_type":"ExceptHandler","type":null,"name":null,"body")~"
      R"~(:[{"_type":"Raise","exc":null,"cause":null,"lineno":31,"col_offset":8,"end_lineno":31,"end_col_offset":13}],)~"
      R"~("lineno":31,"col_offset":0,"end_lineno":31,"end_col_offset":13}],"orelse":[{"_type":"Pass","lineno":32,"col_)~"
      R"~(offset":6,"end_lineno":32,"end_col_offset":10}],"finalbody":[{"_type":"Pass","lineno":33,"col_offset":9,"end)~"
      R"~(_lineno":33,"end_col_offset":13}],"lineno":29,"col_offset":0,"end_lineno":33,"end_col_offset":13},{"_type":")~"
      R"~(TryStar","body":[{"_type":"Pass","lineno":34,"col_offset":5,"end_lineno":34,"end_col_offset":9}],"handlers":)~"
      R"~([{"_type":"ExceptHandler","type":{"_type":"Name","id":"OSError","ctx":"Load","lineno":35,"col_offset":8,"end)~"
      R"~(_lineno":35,"end_col_offset":15},"name":null,"body":[{"_type":"Pass","lineno":35,"col_offset":17,"end_lineno)~"
      R"~(":35,"end_col_offset":21}],"lineno":35,"col_offset":0,"end_lineno":35,"end_col_offset":21}],"orelse":[],"fin)~"
      R"~(albody":[],"lineno":34,"col_offset":0,"end_lineno":35,"end_col_offset":21},{"_type":"Assert","test":{"_type")~"
      R"~(:"Name","id":"x","ctx":"Load","lineno":36,"col_offset":7,"end_lineno":36,"end_col_offset":8},"msg":{"_type":)~"
      R"~("Constant","value":{"type":"str","value":"msg"},"kind":null,"lineno":36,"col_offset":10,"end_lineno":36,"end)~"
      R"~(_col_offset":15},"lineno":36,"col_offset":0,"end_lineno":36,"end_col_offset":15},{"_type":"Import","names":[)~"
      R"~({"_type":"alias","name":"os.path","asname":"p","lineno":37,"col_offset":7,"end_lineno":37,"end_col_offset":1)~"
      R"~(9},{"_type":"alias","name":"sys","asname":null,"lineno":37,"col_offset":21,"end_lineno":37,"end_col_offset":)~"
      R"~(24}],"lineno":37,"col_offset":0,"end_lineno":37,"end_col_offset":24},{"_type":"ImportFrom","module":null,"na)~"
      R"~(mes":[{"_type":"alias","name":"a","asname":"b","lineno":38,"col_offset":14,"end_lineno":38,"end_col_offset":)~"
      R"~(20}],"level":1,"lineno":38,"col_offset":0,"end_lineno":38,"end_col_offset":20},{"_type":"ImportFrom","module)~"
      R"~(":"m","names":[{"_type":"alias","name":"*","asname":null,"lineno":39,"col_offset":16,"end_lineno":39,"end_co)~"
      R"~(l_offset":17}],"level":2,"lineno":39,"col_offset":0,"end_lineno":39,"end_col_offset":17},{"_type":"ImportFro)~"
      R"~(m","module":"x","names":[{"_type":"alias","name":"y","asname":null,"lineno":40,"col_offset":14,"end_lineno":)~"
      R"~(40,"end_col_offset":15}],"level":0,"lineno":40,"col_offset":0,"end_lineno":40,"end_col_offset":15}],"type_ig)~"
      R"~(nores":[]})~",
     // ast.dump(tree)
      R"~(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b', annotation=)~"
      R"~(Name(id='int', ctx=Load()))], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[)~"
      R"~(None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Expr(value=Constant(valu)~"
      R"~(e='doc')), Global(names=['g', 'h']), Nonlocal(names=['n']), Delete(targets=[Subscript(value=Name(id='a', ctx)~"
      R"~(=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())~"
      R"~()]), AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AnnAssign(target=Name(i)~"
      R"~(d='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=2), simple=1), AnnAssign(ta)~"
      R"~(rget=Name(id='z', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), Return()], decorator_list=)~"
      R"~([Name(id='deco', ctx=Load())], returns=Constant(value=None)), AsyncFunctionDef(name='g', args=arguments(poso)~"
      R"~(nlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='i', ctx=Sto)~"
      R"~(re()), iter=Call(func=Name(id='aiter', ctx=Load()), args=[], keywords=[]), body=[Pass()], orelse=[]), AsyncW)~"
      R"~(ith(items=[withitem(context_expr=Call(func=Name(id='ctx', ctx=Load()), args=[], keywords=[]), optional_vars=)~"
      R"~(Name(id='v', ctx=Store())), withitem(context_expr=Name(id='other', ctx=Load()))], body=[Expr(value=Await(val)~"
      R"~(ue=Name(id='v', ctx=Load())))]), Return(value=Await(value=Name(id='x', ctx=Load())))], decorator_list=[]), C)~"
      R"~(lassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ct)~"
      R"~(x=Load()))], body=[Pass()], decorator_list=[]), For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id)~"
      R"~(='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), body=[Break()], orelse=[Continue()]), While(t)~"
      R"~(est=Constant(value=True), body=[Pass()], orelse=[]), If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse)~"
      R"~(=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])]), With(items=[withitem(context_expr=Cal)~"
      R"~(l(func=Name(id='open', ctx=Load()), args=[Name(id='f', ctx=Load())], keywords=[]), optional_vars=Name(id='fh)~"
      R"~(', ctx=Store()))], body=[Pass()]), Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None)), Raise(),)~"
      R"~( Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), name='e', body=[Pass()]))~"
      R"~(, ExceptHandler(body=[Raise()])], orelse=[Pass()], finalbody=[Pass()]), TryStar(body=[Pass()], handlers=[Exc)~"
      R"~(eptHandler(type=Name(id='OSError', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[]), Assert(test=Name()~"
      R"~(id='x', ctx=Load()), msg=Constant(value='msg')), Import(names=[alias(name='os.path', asname='p'), alias(name)~"
      R"~(='sys')]), ImportFrom(names=[alias(name='a', asname='b')], level=1), ImportFrom(module='m', names=[alias(nam)~"
      R"~(e='*')], level=2), ImportFrom(module='x', names=[alias(name='y')], level=0)], type_ignores=[]))~",
     // ast.dump(tree, include_attributes=True)
      nullptr,
     // ast.dump(tree, indent=2)
      nullptr,
     // ast.dump(tree, include_attributes=True, indent=4)
      nullptr},
    {"expressions",
     // JSON
      R"~({"_type":"Module","body":[{"_type":"Assign","targets":[{"_type":"Name","id":"x","ctx":"Store","lineno":1,"co)~"
      R"~(l_offset":0,"end_lineno":1,"end_col_offset":1}],"value":{"_type":"Tuple","elts":[{"_type":"BoolOp","op":"Or")~"
      R"~(,"values":[{"_type":"BoolOp","op":"And","values":[{"_type":"Name","id":"a","ctx":"Load","lineno":1,"col_offs)~"
      R"~(et":5,"end_lineno":1,"end_col_offset":6},{"_type":"Name","id":"b","ctx":"Load","lineno":1,"col_offset":11,"e)~"
      R"~(nd_lineno":1,"end_col_offset":12}],"lineno":1,"col_offset":5,"end_lineno":1,"end_col_offset":12},{"_type":"U)~"
      R"~(naryOp","op":"Not","operand":{"_type":"Name","id":"c","ctx":"Load","lineno":1,"col_offset":20,"end_lineno":1)~"
      R"~(,"end_col_offset":21},"lineno":1,"col_offset":16,"end_lineno":1,"end_col_offset":21}],"lineno":1,"col_offset)~"
      R"~(":5,"end_lineno":1,"end_col_offset":21},{"_type":"NamedExpr","target":{"_type":"Name","id":"a","ctx":"Store")~"
      R"~(,"lineno":1,"col_offset":24,"end_lineno":1,"end_col_offset":25},"value":{"_type":"Constant","value":{"type":)~"
      R"~("int","value":"1"},"kind":null,"lineno":1,"col_offset":29,"end_lineno":1,"end_col_offset":30},"lineno":1,"co)~"
      R"~(l_offset":24,"end_lineno":1,"end_col_offset":30}],"ctx":"Load","lineno":1,"col_offset":4,"end_lineno":1,"end)~"
      R"~(_col_offset":32},"type_comment":null,"lineno":1,"col_offset":0,"end_lineno":1,"end_col_offset":32},{"_type":)~"
      R"~("Assign","targets":[{"_type":"Name","id":"y","ctx":"Store","lineno":2,"col_offset":0,"end_lineno":2,"end_col)~"
      R"~(_offset":1}],"value":{"_type":"BinOp","left":{"_type":"BinOp","left":{"_type":"BinOp","left":{"_type":"BinOp)~"
      R"~(","left":{"_type":"BinOp","left":{"_type":"Name","id":"a","ctx":"Load","lineno":2,"col_offset":4,"end_lineno)~"
      R"~(":2,"end_col_offset":5},"op":"Add","right":{"_type":"Name","id":"b","ctx":"Load","lineno":2,"col_offset":8,")~"
      R"~(end_lineno":2,"end_col_offset":9},"lineno":2,"col_offset":4,"end_lineno":2,"end_col_offset":9},"op":"Sub","r)~"
      R"~(ight":{"_type":"BinOp","left":{"_type":"BinOp","left":{"_type":"BinOp","left":{"_type":"BinOp","left":{"_typ)~"
      R"~(e":"Name","id":"c","ctx":"Load","lineno":2,"col_offset":12,"end_lineno":2,"end_col_offset":13},"op":"Mult",")~"
      R"~(right":{"_type":"Name","id":"d","ctx":"Load","lineno":2,"col_offset":16,"end_lineno":2,"end_col_offset":17},)~"
      R"~("lineno":2,"col_offset":12,"end_lineno":2,"end_col_offset":17},"op":"MatMult","right":{"_type":"Name","id":")~"
      R"~(e","ctx":"Load","lineno":2,"col_offset":20,"end_lineno":2,"end_col_offset":21},"lineno":2,"col_offset":12,"e)~"
      R"~(nd_lineno":2,"end_col_offset":21},"op":"Div","right":{"_type":"Name","id":"f","ctx":"Load","lineno":2,"col_o)~"
      R"~(ffset":24,"end_lineno":2,"end_col_offset":25},"lineno":2,"col_offset":12,"end_lineno":2,"end_col_offset":25})~"
      R"~(,"op":"Mod","right":{"_type":"BinOp","left":{"_type":"Name","id":"g","ctx":"Load","lineno":2,"col_offset":28)~"
      R"~(,"end_lineno":2,"end_col_offset":29},"op":"Pow","right":{"_type":"Name","id":"h","ctx":"Load","lineno":2,"co)~"
      R"~(l_offset":33,"end_lineno":2,"end_col_offset":34},"lineno":2,"col_offset":28,"end_lineno":2,"end_col_offset":)~"
      R"~(34},"lineno":2,"col_offset":12,"end_lineno":2,"end_col_offset":34},"lineno":2,"col_offset":4,"end_lineno":2,)~"
      R"~("end_col_offset":34},"op":"LShift","right":{"_type":"Name","id":"i","ctx":"Load","lineno":2,"col_offset":38,)~"
      R"~("end_lineno":2,"end_col_offset":39},"lineno":2,"col_offset":4,"end_lineno":2,"end_col_offset":39},"op":"RShi)~"
      R"~(ft","right":{"_type":"Name","id":"j","ctx":"Load","lineno":2,"col_offset":43,"end_lineno":2,"end_col_offset")~"
      R"~(:44},"lineno":2,"col_offset":4,"end_lineno":2,"end_col_offset":44},"op":"BitOr","right":{"_type":"BinOp","le)~"
      R"~(ft":{"_type":"Name","id":"k","ctx":"Load","lineno":2,"col_offset":47,"end_lineno":2,"end_col_offset":48},"op)~"
      R"~(":"BitXor","right":{"_type":"BinOp","left":{"_type":"Name","id":"l","ctx":"Load","lineno":2,"col_offset":51,)~"
      R"~("end_lineno":2,"end_col_offset":52},"op":"BitAnd","right":{"_type":"BinOp","left":{"_type":"Name","id":"m",")~"
      R"~(ctx":"Load","lineno":2,"col_offset":55,"end_lineno":2,"end_col_offset":56},"op":"FloorDiv","right":{"_type":)~"
      R"~("Name","id":"n","ctx":"Load","lineno":2,"col_offset":60,"end_lineno":2,"end_col_offset":61},"lineno":2,"col_)~"
      R"~(offset":55,"end_lineno":2,"end_col_offset":61},"lineno":2,"col_offset":51,"end_lineno":2,"end_col_offset":61)~"
      R"~(},"lineno":2,"col_offset":47,"end_lineno":2,"end_col_offset":61},"lineno":2,"col_offset":4,"end_lineno":2,"e)~"
      R"~(nd_col_offset":61},"type_comment":null,"lineno":2,"col_offset":0,"end_lineno":2,"end_col_offset":61},{"_type)~"
      R"~(":"Assign","targets":[{"_type":"Name","id":"z","ctx":"Store","lineno":3,"col_offset":0,"end_lineno":3,"end_c)~"
      R"~(ol_offset":1}],"value":{"_type":"Tuple","elts":[{"_type":"UnaryOp","op":"Invert","operand":{"_type":"Name",")~"
      R"~(id":"a","ctx":"Load","lineno":3,"col_offset":5,"end_lineno":3,"end_col_offset":6},"lineno":3,"col_offset":4,)~"
      R"~("end_lineno":3,"end_col_offset":6},{"_type":"UnaryOp","op":"USub","operand":{"_type":"Name","id":"b","ctx":")~"
      R"~(Load","lineno":3,"col_offset":9,"end_lineno":3,"end_col_offset":10},"lineno":3,"col_offset":8,"end_lineno":3)~"
      R"~(,"end_col_offset":10},{"_type":"UnaryOp","op":"UAdd","operand":{"_type":"Name","id":"c","ctx":"Load","lineno)~"
      R"~(":3,"col_offset":13,"end_lineno":3,"end_col_offset":14},"lineno":3,"col_offset":12,"end_lineno":3,"end_col_o)~"
      R"~(ffset":14},{"_type":"UnaryOp","op":"Not","operand":{"_type":"Name","id":"d","ctx":"Load","lineno":3,"col_off)~"
      R"~(set":20,"end_lineno":3,"end_col_offset":21},"lineno":3,"col_offset":16,"end_lineno":3,"end_col_offset":21}],)~"
      R"~("ctx":"Load","lineno":3,"col_offset":4,"end_lineno":3,"end_col_offset":21},"type_comment":null,"lineno":3,"c)~"
      R"~(ol_offset":0,"end_lineno":3,"end_col_offset":21},{"_type":"Assign","targets":[{"_type":"Name","id":"lam","ct)~"
      R"~(x":"Store","lineno":4,"col_offset":0,"end_lineno":4,"end_col_offset":3}],"value":{"_type":"Lambda","args":{")~"
      R"~(_type":"arguments","posonlyargs":[{"_type":"arg","arg":"x","annotation":null,"type_comment":null,"lineno":4,)~"
      R"~("col_offset":13,"end_lineno":4,"end_col_offset":14}],"args":[],"vararg":{"_type":"arg","arg":"y","annotation)~"
      R"~(":null,"type_comment":null,"lineno":4,"col_offset":20,"end_lineno":4,"end_col_offset":21},"kwonlyargs":[{"_t)~"
      R"~(ype":"arg","arg":"z","annotation":null,"type_comment":null,"lineno":4,"col_offset":23,"end_lineno":4,"end_co)~"
      R"~(l_offset":24}],"kw_defaults":[{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"lineno":4,)~"
      R"~("col_offset":25,"end_lineno":4,"end_col_offset":26}],"kwarg":{"_type":"arg","arg":"w","annotation":null,"typ)~"
      R"~(e_comment":null,"lineno":4,"col_offset":30,"end_lineno":4,"end_col_offset":31},"defaults":[]},"body":{"_type)~"
      R"~(":"Name","id":"x","ctx":"Load","lineno":4,"col_offset":33,"end_lineno":4,"end_col_offset":34},"lineno":4,"co)~"
      R"~(l_offset":6,"end_lineno":4,"end_col_offset":34},"type_comment":null,"lineno":4,"col_offset":0,"end_lineno":4)~"
      R"~(,"end_col_offset":34},{"_type":"Assign","targets":[{"_type":"Name","id":"t","ctx":"Store","lineno":5,"col_of)~"
      R"~(fset":0,"end_lineno":5,"end_col_offset":1}],"value":{"_type":"IfExp","test":{"_type":"Name","id":"b","ctx":")~"
      R"~(Load","lineno":5,"col_offset":9,"end_lineno":5,"end_col_offset":10},"body":{"_type":"Name","id":"a","ctx":"L)~"
      R"~(oad","lineno":5,"col_offset":4,"end_lineno":5,"end_col_offset":5},"orelse":{"_type":"Name","id":"c","ctx":"L)~"
      R"~(oad","lineno":5,"col_offset":16,"end_lineno":5,"end_col_offset":17},"lineno":5,"col_offset":4,"end_lineno":5)~"
      R"~(,"end_col_offset":17},"type_comment":null,"lineno":5,"col_offset":0,"end_lineno":5,"end_col_offset":17},{"_t)~"
      R"~(ype":"Assign","targets":[{"_type":"Name","id":"d","ctx":"Store","lineno":6,"col_offset":0,"end_lineno":6,"en)~"
      R"~(d_col_offset":1}],"value":{"_type":"Dict","keys":[{"_type":"Constant","value":{"type":"int","value":"1"},"ki)~"
      R"~(nd":null,"lineno":6,"col_offset":5,"end_lineno":6,"end_col_offset":6},null],"values":[{"_type":"Constant","v)~"
      R"~(alue":{"type":"int","value":"2"},"kind":null,"lineno":6,"col_offset":8,"end_lineno":6,"end_col_offset":9},{")~"
      R"~(_type":"Name","id":"e","ctx":"Load","lineno":6,"col_offset":13,"end_lineno":6,"end_col_offset":14}],"lineno")~"
      R"~(:6,"col_offset":4,"end_lineno":6,"end_col_offset":15},"type_comment":null,"lineno":6,"col_offset":0,"end_lin)~"
      R"~(eno":6,"end_col_offset":15},{"_type":"Assign","targets":[{"_type":"Name","id":"s","ctx":"Store","lineno":7,")~"
      R"~(col_offset":0,"end_lineno":7,"end_col_offset":1}],"value":{"_type":"Set","elts":[{"_type":"Constant","value")~"
      R"~(:{"type":"int","value":"1"},"kind":null,"lineno":7,"col_offset":5,"end_lineno":7,"end_col_offset":6},{"_type)~"
      R"~(":"Constant","value":{"type":"int","value":"2"},"kind":null,"lineno":7,"col_offset":8,"end_lineno":7,"end_co)~"
      R"~(l_offset":9}],"lineno":7,"col_offset":4,"end_lineno":7,"end_col_offset":10},"type_comment":null,"lineno":7,")~"
      R"~(col_offset":0,"end_lineno":7,"end_col_offset":10},{"_type":"Assign","targets":[{"_type":"Name","id":"lc","ct)~"
      R"~(x":"Store","lineno":8,"col_offset":0,"end_lineno":8,"end_col_offset":2}],"value":{"_type":"ListComp","elt":{)~"
      R"~("_type":"Name","id":"i","ctx":"Load","lineno":8,"col_offset":6,"end_lineno":8,"end_col_offset":7},"generator)~"
      R"~(s":[{"_type":"comprehension","target":{"_type":"Name","id":"i","ctx":"Store","lineno":8,"col_offset":12,"end)~"
      R"~(_lineno":8,"end_col_offset":13},"iter":{"_type":"Name","id":"x","ctx":"Load","lineno":8,"col_offset":17,"end)~"
      R"~(_lineno":8,"end_col_offset":18},"ifs":[{"_type":"Name","id":"i","ctx":"Load","lineno":8,"col_offset":22,"end)~"
      R"~(_lineno":8,"end_col_offset":23},{"_type":"Name","id":"j","ctx":"Load","lineno":8,"col_offset":27,"end_lineno)~"
      R"~(":8,"end_col_offset":28}],"is_async":0}],"lineno":8,"col_offset":5,"end_lineno":8,"end_col_offset":29},"type)~"
      R"~(_comment":null,"lineno":8,"col_offset":0,"end_lineno":8,"end_col_offset":29},{"_type":"Assign","targets":[{")~"
      R"~(_type":"Name","id":"sc","ctx":"Store","lineno":9,"col_offset":0,"end_lineno":9,"end_col_offset":2}],"value":)~"
      R"~({"_type":"SetComp","elt":{"_type":"Name","id":"i","ctx":"Load","lineno":9,"col_offset":6,"end_lineno":9,"end)~"
      R"~(_col_offset":7},"generators":[{"_type":"comprehension","target":{"_type":"Name","id":"i","ctx":"Store","line)~"
      R"~(no":9,"col_offset":12,"end_lineno":9,"end_col_offset":13},"iter":{"_type":"Name","id":"x","ctx":"Load","line)~"
      R"~(no":9,"col_offset":17,"end_lineno":9,"end_col_offset":18},"ifs":[],"is_async":0}],"lineno":9,"col_offset":5,)~"
      R"~("end_lineno":9,"end_col_offset":19},"type_comment":null,"lineno":9,"col_offset":0,"end_lineno":9,"end_col_of)~"
      R"~(fset":19},{"_type":"Assign","targets":[{"_type":"Name","id":"dc","ctx":"Store","lineno":10,"col_offset":0,"e)~"
      R"~(nd_lineno":10,"end_col_offset":2}],"value":{"_type":"DictComp","key":{"_type":"Name","id":"k","ctx":"Load",")~"
      R"~(lineno":10,"col_offset":6,"end_lineno":10,"end_col_offset":7},"value":{"_type":"Name","id":"v","ctx":"Load",)~"
      R"~("lineno":10,"col_offset":9,"end_lineno":10,"end_col_offset":10},"generators":[{"_type":"comprehension","targ)~"
      R"~(et":{"_type":"Tuple","elts":[{"_type":"Name","id":"k","ctx":"Store","lineno":10,"col_offset":15,"end_lineno")~"
      R"~(:10,"end_col_offset":16},{"_type":"Name","id":"v","ctx":"Store","lineno":10,"col_offset":18,"end_lineno":10,)~"
      R"~("end_col_offset":19}],"ctx":"Store","lineno":10,"col_offset":15,"end_lineno":10,"end_col_offset":19},"iter":)~"
      R"~({"_type":"Name","id":"x","ctx":"Load","lineno":10,"col_offset":23,"end_lineno":10,"end_col_offset":24},"ifs")~"
      R"~(:[],"is_async":0},{"_type":"comprehension","target":{"_type":"Name","id":"y","ctx":"Store","lineno":10,"col_)~"
      R"~(offset":29,"end_lineno":10,"end_col_offset":30},"iter":{"_type":"Name","id":"z","ctx":"Load","lineno":10,"co)~"
      R"~(l_offset":34,"end_lineno":10,"end_col_offset":35},"ifs":[],"is_async":0}],"lineno":10,"col_offset":5,"end_li)~"
      R"~(neno":10,"end_col_offset":36},"type_comment":null,"lineno":10,"col_offset":0,"end_lineno":10,"end_col_offset)~"
      R"~(":36},{"_type":"AsyncFunctionDef","name":"h","args":{"_type":"arguments","posonlyargs":[],"args":[],"vararg")~"
      R"~(:null,"kwonlyargs":[],"kw_defaults":[],"kwarg":null,"defaults":[]},"body":[{"_type":"Assign","targets":[{"_t)~"
      R"~(ype":"Name","id":"ge","ctx":"Store","lineno":12,"col_offset":4,"end_lineno":12,"end_col_offset":6}],"value":)~"
      R"~({"_type":"GeneratorExp","elt":{"_type":"Name","id":"i","ctx":"Load","lineno":12,"col_offset":10,"end_lineno")~"
      R"~(:12,"end_col_offset":11},"generators":[{"_type":"comprehension","target":{"_type":"Name","id":"i","ctx":"Sto)~"
      R"~(re","lineno":12,"col_offset":22,"end_lineno":12,"end_col_offset":23},"iter":{"_type":"Name","id":"x","ctx":")~"
      R"~(Load","lineno":12,"col_offset":27,"end_lineno":12,"end_col_offset":28},"ifs":[],"is_async":1}],"lineno":12,")~"
      R"~(col_offset":9,"end_lineno":12,"end_col_offset":29},"type_comment":null,"lineno":12,"col_offset":4,"end_linen)~"
      R"~(o":12,"end_col_offset":29}],"decorator_list":[],"returns":null,"type_comment":null,"lineno":11,"col_offset":)~"
      R"~(0,"end_lineno":12,"end_col_offset":29},{"_type":"FunctionDef","name":"gen","args":{"_type":"arguments","poso)~"
      R"~(nlyargs":[],"args":[],"vararg":null,"kwonlyargs":[],"kw_defaults":[],"kwarg":null,"defaults":[]},"body":[{"_)~"
      R"~(type":"Expr","value":{"_type":"Yield","value":null,"lineno":14,"col_offset":4,"end_lineno":14,"end_col_offse)~"
      R"~(t":9},"lineno":14,"col_offset":4,"end_lineno":14,"end_col_offset":9},{"_type":"Expr","value":{"_type":"Yield)~"
      R"~(","value":{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"lineno":15,"col_offset":10,"en)~"
      R"~(d_lineno":15,"end_col_offset":11},"lineno":15,"col_offset":4,"end_lineno":15,"end_col_offset":11},"lineno":1)~"
      R"~(5,"col_offset":4,"end_lineno":15,"end_col_offset":11},{"_type":"Expr","value":{"_type":"YieldFrom","value":{)~"
      R"~("_type":"Name","id":"x","ctx":"Load","lineno":16,"col_offset":15,"end_lineno":16,"end_col_offset":16},"linen)~"
      R"~(o":16,"col_offset":4,"end_lineno":16,"end_col_offset":16},"lineno":16,"col_offset":4,"end_lineno":16,"end_co)~"
      R"~(l_offset":16}],"decorator_list":[],"returns":null,"type_comment":null,"lineno":13,"col_offset":0,"end_lineno)~"
      R"~(":16,"end_col_offset":16},{"_type":"Assign","targets":[{"_type":"Name","id":"cmp","ctx":"Store","lineno":17,)~"
      R"~("col_offset":0,"end_lineno":17,"end_col_offset":3}],"value":{"_type":"Compare","left":{"_type":"Name","id":")~"
      R"~(a","ctx":"Load","lineno":17,"col_offset":6,"end_lineno":17,"end_col_offset":7},"ops":["Eq","NotEq","Lt","LtE)~"
      R"~(","Gt","GtE","Is","IsNot","In","NotIn"],"comparators":[{"_type":"Name","id":"b","ctx":"Load","lineno":17,"co)~"
      R"~(l_offset":11,"end_lineno":17,"end_col_offset":12},{"_type":"Name","id":"c","ctx":"Load","lineno":17,"col_off)~"
      R"~(set":16,"end_lineno":17,"end_col_offset":17},{"_type":"Name","id":"d","ctx":"Load","lineno":17,"col_offset":)~"
      R"~(20,"end_lineno":17,"end_col_offset":21},{"_type":"Name","id":"e","ctx":"Load","lineno":17,"col_offset":25,"e)~"
      R"~(nd_lineno":17,"end_col_offset":26},{"_type":"Name","id":"f","ctx":"Load","lineno":17,"col_offset":29,"end_li)~"
      R"~(neno":17,"end_col_offset":30},{"_type":"Name","id":"g","ctx":"Load","lineno":17,"col_offset":34,"end_lineno")~"
      R"~(:17,"end_col_offset":35},{"_type":"Name","id":"h","ctx":"Load","lineno":17,"col_offset":39,"end_lineno":17,")~"
      R"~(end_col_offset":40},{"_type":"Name","id":"i","ctx":"Load","lineno":17,"col_offset":48,"end_lineno":17,"end_c)~"
      R"~(ol_offset":49},{"_type":"Name","id":"j","ctx":"Load","lineno":17,"col_offset":53,"end_lineno":17,"end_col_of)~"
      R"~(fset":54},{"_type":"Name","id":"k","ctx":"Load","lineno":17,"col_offset":62,"end_lineno":17,"end_col_offset")~"
      R"~(:63}],"lineno":17,"col_offset":6,"end_lineno":17,"end_col_offset":63},"type_comment":null,"lineno":17,"col_o)~"
      R"~(ffset":0,"end_lineno":17,"end_col_offset":63},{"_type":"Assign","targets":[{"_type":"Name","id":"call","ctx")~"
      R"~(:"Store","lineno":18,"col_offset":0,"end_lineno":18,"end_col_offset":4}],"value":{"_type":"Call","func":{"_t)~"
      R"~(ype":"Name","id":"f","ctx":"Load","lineno":18,"col_offset":7,"end_lineno":18,"end_col_offset":8},"args":[{"_)~"
      R"~(type":"Name","id":"a","ctx":"Load","lineno":18,"col_offset":9,"end_lineno":18,"end_col_offset":10},{"_type":)~"
      R"~("Starred","value":{"_type":"Name","id":"b","ctx":"Load","lineno":18,"col_offset":13,"end_lineno":18,"end_col)~"
      R"~(_offset":14},"ctx":"Load","lineno":18,"col_offset":12,"end_lineno":18,"end_col_offset":14}],"keywords":[{"_t)~"
      R"~(ype":"keyword","arg":"c","value":{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"lineno")~"
      R"~(:18,"col_offset":18,"end_lineno":18,"end_col_offset":19},"lineno":18,"col_offset":16,"end_lineno":18,"end_co)~"
      R"~(l_offset":19},{"_type":"keyword","arg":null,"value":{"_type":"Name","id":"d","ctx":"Load","lineno":18,"col_o)~"
      R"~(ffset":23,"end_lineno":18,"end_col_offset":24},"lineno":18,"col_offset":21,"end_lineno":18,"end_col_offset":)~"
      R"~(24}],"lineno":18,"col_offset":7,"end_lineno":18,"end_col_offset":25},"type_comment":null,"lineno":18,"col_of)~"
      R"~(fset":0,"end_lineno":18,"end_col_offset":25},{"_type":"Assign","targets":[{"_type":"Name","id":"fs","ctx":"S)~"
      R"~(tore","lineno":19,"col_offset":0,"end_lineno":19,"end_col_offset":2}],"value":{"_type":"JoinedStr","values":)~"
      R"~([{"_type":"FormattedValue","value":{"_type":"Name","id":"x","ctx":"Load","lineno":19,"col_offset":8,"end_lin)~"
      R"~(eno":19,"end_col_offset":9},"conversion":114,"format_spec":{"_type":"JoinedStr","values":[{"_type":"Constant)~"
      R"~(","value":{"type":"str","value":">"},"kind":null,"lineno":19,"col_offset":5,"end_lineno":19,"end_col_offset")~"
      R"~(:39},{"_type":"FormattedValue","value":{"_type":"Name","id":"w","ctx":"Load","lineno":19,"col_offset":14,"en)~"
      R"~(d_lineno":19,"end_col_offset":15},"conversion":-1,"format_spec":null,"lineno":19,"col_offset":5,"end_lineno")~"
      R"~(:19,"end_col_offset":39}],"lineno":19,"col_offset":5,"end_lineno":19,"end_col_offset":39},"lineno":19,"col_o)~"
      R"~(ffset":5,"end_lineno":19,"end_col_offset":39},{"_type":"Constant","value":{"type":"str","value":" "},"kind":)~"
      R"~(null,"lineno":19,"col_offset":5,"end_lineno":19,"end_col_offset":39},{"_type":"FormattedValue","value":{"_ty)~"
      R"~(pe":"Name","id":"y","ctx":"Load","lineno":19,"col_offset":19,"end_lineno":19,"end_col_offset":20},"conversio)~"
      R"~(n":115,"format_spec":null,"lineno":19,"col_offset":5,"end_lineno":19,"end_col_offset":39},{"_type":"Constant)~"
      R"~(","value":{"type":"str","value":" "},"kind":null,"lineno":19,"col_offset":5,"end_lineno":19,"end_col_offset")~"
      R"~(:39},{"_type":"FormattedValue","value":{"_type":"Name","id":"z","ctx":"Load","lineno":19,"col_offset":25,"en)~"
      R"~(d_lineno":19,"end_col_offset":26},"conversion":97,"format_spec":null,"lineno":19,"col_offset":5,"end_lineno")~"
      R"~(:19,"end_col_offset":39},{"_type":"Constant","value":{"type":"str","value":" "},"kind":null,"lineno":19,"col)~"
      R"~(_offset":5,"end_lineno":19,"end_col_offset":39},{"_type":"FormattedValue","value":{"_type":"Name","id":"q",")~"
      R"~(ctx":"Load","lineno":19,"col_offset":31,"end_lineno":19,"end_col_offset":32},"conversion":-1,"format_spec":n)~"
      R"~(ull,"lineno":19,"col_offset":5,"end_lineno":19,"end_col_offset":39},{"_type":"Constant","value":{"type":"str)~"
      R"~(","value":" text"},"kind":null,"lineno":19,"col_offset":5,"end_lineno":19,"end_col_offset":39}],"lineno":19,)~"
      R"~("col_offset":5,"end_lineno":19,"end_col_offset":39},"type_comment":null,"lineno":19,"col_offset":0,"end_line)~"
      R"~(no":19,"end_col_offset":39},{"_type":"Assign","targets":[{"_type":"Name","id":"consts","ctx":"Store","lineno)~"
      R"~(":20,"col_offset":0,"end_lineno":20,"end_col_offset":6}],"value":{"_type":"Tuple","elts":[{"_type":"Constant)~"
      R"~(","value":{"type":"NoneType"},"kind":null,"lineno":20,"col_offset":9,"end_lineno":20,"end_col_offset":13},{")~"
      R"~(_type":"Constant","value":{"type":"bool","value":true},"kind":null,"lineno":20,"col_offset":15,"end_lineno":)~"
      R"~(20,"end_col_offset":19},{"_type":"Constant","value":{"type":"bool","value":false},"kind":null,"lineno":20,"c)~"
      R"~(ol_offset":21,"end_lineno":20,"end_col_offset":26},{"_type":"Constant","value":{"type":"ellipsis"},"kind":nu)~"
      R"~(ll,"lineno":20,"col_offset":28,"end_lineno":20,"end_col_offset":31},{"_type":"Constant","value":{"type":"int)~"
      R"~(","value":"1"},"kind":null,"lineno":20,"col_offset":33,"end_lineno":20,"end_col_offset":34},{"_type":"Consta)~"
      R"~(nt","value":{"type":"float","value":"1.5"},"kind":null,"lineno":20,"col_offset":36,"end_lineno":20,"end_col_)~"
      R"~(offset":39},{"_type":"Constant","value":{"type":"complex","imag":"2.0"},"kind":null,"lineno":20,"col_offset")~"
      R"~(:41,"end_lineno":20,"end_col_offset":43},{"_type":"Constant","value":{"type":"str","value":"u"},"kind":null,)~"
      R"~("lineno":20,"col_offset":45,"end_lineno":20,"end_col_offset":48},{"_type":"Constant","value":{"type":"str",")~"
      R"~(value":"x"},"kind":"u","lineno":20,"col_offset":50,"end_lineno":20,"end_col_offset":54},{"_type":"Constant",)~"
      R"~("value":{"type":"bytes","value":"b"},"kind":null,"lineno":20,"col_offset":56,"end_lineno":20,"end_col_offset)~"
      R"~(":60}],"ctx":"Load","lineno":20,"col_offset":9,"end_lineno":20,"end_col_offset":60},"type_comment":null,"lin)~"
      R"~(eno":20,"col_offset":0,"end_lineno":20,"end_col_offset":60},{"_type":"Assign","targets":[{"_type":"Name","id)~"
      R"~(":"attr","ctx":"Store","lineno":21,"col_offset":0,"end_lineno":21,"end_col_offset":4}],"value":{"_type":"Att)~"
      R"~(ribute","value":{"_type":"Attribute","value":{"_type":"Name","id":"a","ctx":"Load","lineno":21,"col_offset":)~"
      R"~(7,"end_lineno":21,"end_col_offset":8},"attr":"b","ctx":"Load","lineno":21,"col_offset":7,"end_lineno":21,"en)~"
      R"~(d_col_offset":10},"attr":"c","ctx":"Load","lineno":21,"col_offset":7,"end_lineno":21,"end_col_offset":12},"t)~"
      R"~(ype_comment":null,"lineno":21,"col_offset":0,"end_lineno":21,"end_col_offset":12},{"_type":"Assign","targets)~"
      R"~(":[{"_type":"Name","id":"sub","ctx":"Store","lineno":22,"col_offset":0,"end_lineno":22,"end_col_offset":3}],)~"
      R"~("value":{"_type":"Tuple","elts":[{"_type":"Subscript","value":{"_type":"Name","id":"a","ctx":"Load","lineno")~"
      R"~(:22,"col_offset":6,"end_lineno":22,"end_col_offset":7},"slice":{"_type":"Tuple","elts":[{"_type":"Slice","lo)~"
      R"~(wer":{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"lineno":22,"col_offset":8,"end_line)~"
      R"~(no":22,"end_col_offset":9},"upper":{"_type":"Constant","value":{"type":"int","value":"2"},"kind":null,"linen)~"
      R"~(o":22,"col_offset":10,"end_lineno":22,"end_col_offset":11},"step":{"_type":"Constant","value":{"type":"int",)~"
      R"~("value":"3"},"kind":null,"lineno":22,"col_offset":12,"end_lineno":22,"end_col_offset":13},"lineno":22,"col_o)~"
      R"~(ffset":8,"end_lineno":22,"end_col_offset":13},{"_type":"Slice","lower":null,"upper":null,"step":null,"lineno)~"
      R"~(":22,"col_offset":15,"end_lineno":22,"end_col_offset":17}],"ctx":"Load","lineno":22,"col_offset":8,"end_line)~"
      R"~(no":22,"end_col_offset":17},"ctx":"Load","lineno":22,"col_offset":6,"end_lineno":22,"end_col_offset":18},{"_)~"
      R"~(type":"Subscript","value":{"_type":"Name","id":"a","ctx":"Load","lineno":22,"col_offset":20,"end_lineno":22,)~"
      R"~("end_col_offset":21},"slice":{"_type":"Slice","lower":null,"upper":null,"step":null,"lineno":22,"col_offset")~"
      R"~(:22,"end_lineno":22,"end_col_offset":23},"ctx":"Load","lineno":22,"col_offset":20,"end_lineno":22,"end_col_o)~"
      R"~(ffset":24},{"_type":"Subscript","value":{"_type":"Name","id":"a","ctx":"Load","lineno":22,"col_offset":26,"e)~"
      R"~(nd_lineno":22,"end_col_offset":27},"slice":{"_type":"Name","id":"i","ctx":"Load","lineno":22,"col_offset":28)~"
      R"~(,"end_lineno":22,"end_col_offset":29},"ctx":"Load","lineno":22,"col_offset":26,"end_lineno":22,"end_col_offs)~"
      R"~(et":30}],"ctx":"Load","lineno":22,"col_offset":6,"end_lineno":22,"end_col_offset":30},"type_comment":null,"l)~"
      R"~(ineno":22,"col_offset":0,"end_lineno":22,"end_col_offset":30},{"_type":"Assign","targets":[{"_type":"Tuple",)~"
      R"~("elts":[{"_type":"Name","id":"a","ctx":"Store","lineno":23,"col_offset":0,"end_lineno":23,"end_col_offset":1)~"
      R"~(},{"_type":"Starred","value":{"_type":"Name","id":"b","ctx":"Store","lineno":23,"col_offset":4,"end_lineno":)~"
      R"~(23,"end_col_offset":5},"ctx":"Store","lineno":23,"col_offset":3,"end_lineno":23,"end_col_offset":5}],"ctx":")~"
      R"~(Store","lineno":23,"col_offset":0,"end_lineno":23,"end_col_offset":5}],"value":{"_type":"Name","id":"c","ctx)~"
      R"~(":"Load","lineno":23,"col_offset":8,"end_lineno":23,"end_col_offset":9},"type_comment":null,"lineno":23,"col)~"
      R"~(_offset":0,"end_lineno":23,"end_col_offset":9},{"_type":"Assign","targets":[{"_type":"List","elts":[{"_type")~"
      R"~(:"Name","id":"a","ctx":"Store","lineno":24,"col_offset":1,"end_lineno":24,"end_col_offset":2},{"_type":"Name)~"
      R"~(","id":"b","ctx":"Store","lineno":24,"col_offset":4,"end_lineno":24,"end_col_offset":5}],"ctx":"Store","line)~"
      R"~(no":24,"col_offset":0,"end_lineno":24,"end_col_offset":6}],"value":{"_type":"Name","id":"c","ctx":"Load","li)~"
      R"~(neno":24,"col_offset":9,"end_lineno":24,"end_col_offset":10},"type_comment":null,"lineno":24,"col_offset":0,)~"
      R"~("end_lineno":24,"end_col_offset":10}],"type_ignores":[]})~",
     // ast.dump(tree)
      R"~(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[BoolOp(op=Or(), values=[BoolOp(op)~"
      R"~(=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='c',)~"
      R"~( ctx=Load()))]), NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1))], ctx=Load())), Assign)~"
      R"~((targets=[Name(id='y', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id=')~"
      R"~(a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left)~"
      R"~(=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=Name(id='d', ctx=Load())), op=MatMult(), right=Name(i)~"
      R"~(d='e', ctx=Load())), op=Div(), right=Name(id='f', ctx=Load())), op=Mod(), right=BinOp(left=Name(id='g', ctx=)~"
      R"~(Load()), op=Pow(), right=Name(id='h', ctx=Load())))), op=LShift(), right=Name(id='i', ctx=Load())), op=RShif)~"
      R"~(t(), right=Name(id='j', ctx=Load())), op=BitOr(), right=BinOp(left=Name(id='k', ctx=Load()), op=BitXor(), ri)~"
      R"~(ght=BinOp(left=Name(id='l', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='m', ctx=Load()), op=FloorDiv)~"
      R"~((), right=Name(id='n', ctx=Load())))))), Assign(targets=[Name(id='z', ctx=Store())], value=Tuple(elts=[Unary)~"
      R"~(Op(op=Invert(), operand=Name(id='a', ctx=Load())), UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())), Una)~"
      R"~(ryOp(op=UAdd(), operand=Name(id='c', ctx=Load())), UnaryOp(op=Not(), operand=Name(id='d', ctx=Load()))], ctx)~"
      R"~(=Load())), Assign(targets=[Name(id='lam', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[arg(arg='x)~"
      R"~(')], args=[], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg)~"
      R"~(='w'), defaults=[]), body=Name(id='x', ctx=Load()))), Assign(targets=[Name(id='t', ctx=Store())], value=IfEx)~"
      R"~(p(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))), Assign(ta)~"
      R"~(rgets=[Name(id='d', ctx=Store())], value=Dict(keys=[Constant(value=1), None], values=[Constant(value=2), Nam)~"
      R"~(e(id='e', ctx=Load())])), Assign(targets=[Name(id='s', ctx=Store())], value=Set(elts=[Constant(value=1), Con)~"
      R"~(stant(value=2)])), Assign(targets=[Name(id='lc', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()),)~"
      R"~( generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[Name(id='i')~"
      R"~(, ctx=Load()), Name(id='j', ctx=Load())], is_async=0)])), Assign(targets=[Name(id='sc', ctx=Store())], value)~"
      R"~(=SetComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name)~"
      R"~((id='x', ctx=Load()), ifs=[], is_async=0)])), Assign(targets=[Name(id='dc', ctx=Store())], value=DictComp(ke)~"
      R"~(y=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Nam)~"
      R"~(e(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_)~"
      R"~(async=0), comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0))~"
      R"~(])), AsyncFunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defau)~"
      R"~(lts=[]), body=[Assign(targets=[Name(id='ge', ctx=Store())], value=GeneratorExp(elt=Name(id='i', ctx=Load()),)~"
      R"~( generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async)~"
      R"~(=1)]))], decorator_list=[]), FunctionDef(name='gen', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], )~"
      R"~(kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Constant(value=1))), Expr(va)~"
      R"~(lue=YieldFrom(value=Name(id='x', ctx=Load())))], decorator_list=[]), Assign(targets=[Name(id='cmp', ctx=Stor)~"
      R"~(e())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq(), NotEq(), Lt(), LtE(), Gt(), GtE(), Is(), IsNo)~"
      R"~(t(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()~"
      R"~()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), )~"
      R"~(Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())])), Assign(targets=[Name(id='ca)~"
      R"~(ll', ctx=Store())], value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=)~"
      R"~(Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=N)~"
      R"~(ame(id='d', ctx=Load()))])), Assign(targets=[Name(id='fs', ctx=Store())], value=JoinedStr(values=[FormattedV)~"
      R"~(alue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), Form)~"
      R"~(attedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' '), FormattedValue(value=Name)~"
      R"~((id='y', ctx=Load()), conversion=115), Constant(value=' '), FormattedValue(value=Name(id='z', ctx=Load()), c)~"
      R"~(onversion=97), Constant(value=' '), FormattedValue(value=Name(id='q', ctx=Load()), conversion=-1), Constant()~"
      R"~(value=' text')])), Assign(targets=[Name(id='consts', ctx=Store())], value=Tuple(elts=[Constant(value=None), )~"
      R"~(Constant(value=True), Constant(value=False), Constant(value=Ellipsis), Constant(value=1), Constant(value=1.5)~"
      R"~(), Constant(value=2j), Constant(value='u'), Constant(value='x', kind='u'), Constant(value=b'b')], ctx=Load())~"
      R"~()), Assign(targets=[Name(id='attr', ctx=Store())], value=Attribute(value=Attribute(value=Name(id='a', ctx=Lo)~"
      R"~(ad()), attr='b', ctx=Load()), attr='c', ctx=Load())), Assign(targets=[Name(id='sub', ctx=Store())], value=Tu)~"
      R"~(ple(elts=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=C)~"
      R"~(onstant(value=2), step=Constant(value=3)), Slice()], ctx=Load()), ctx=Load()), Subscript(value=Name(id='a', )~"
      R"~(ctx=Load()), slice=Slice(), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='i', ctx=Lo)~"
      R"~(ad()), ctx=Load())], ctx=Load())), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name)~"
      R"~((id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[List(e)~"
      R"~(lts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))],)~"
      R"~( type_ignores=[]))~",
     // ast.dump(tree, include_attributes=True)
      nullptr,
     // ast.dump(tree, indent=2)
      nullptr,
     // ast.dump(tree, include_attributes=True, indent=4)
      nullptr},
    {"match",
     // JSON
      R"~({"_type":"Module","body":[{"_type":"Match","subject":{"_type":"Name","id":"p","ctx":"Load","lineno":1,"col_o)~"
      R"~(ffset":6,"end_lineno":1,"end_col_offset":7},"cases":[{"_type":"match_case","pattern":{"_type":"MatchOr","pat)~"
      R"~(terns":[{"_type":"MatchValue","value":{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"li)~"
      R"~(neno":2,"col_offset":9,"end_lineno":2,"end_col_offset":10},"lineno":2,"col_offset":9,"end_lineno":2,"end_col)~"
      R"~(_offset":10},{"_type":"MatchValue","value":{"_type":"Constant","value":{"type":"int","value":"2"},"kind":nul)~"
      R"~(l,"lineno":2,"col_offset":13,"end_lineno":2,"end_col_offset":14},"lineno":2,"col_offset":13,"end_lineno":2,")~"
      R"~(end_col_offset":14}],"lineno":2,"col_offset":9,"end_lineno":2,"end_col_offset":14},"guard":null,"body":[{"_t)~"
      R"~(ype":"Pass","lineno":2,"col_offset":16,"end_lineno":2,"end_col_offset":20}]},{"_type":"match_case","pattern")~"
      R"~(:{"_type":"MatchSingleton","value":{"type":"NoneType"},"lineno":3,"col_offset":9,"end_lineno":3,"end_col_off)~"
      R"~(set":13},"guard":null,"body":[{"_type":"Pass","lineno":3,"col_offset":15,"end_lineno":3,"end_col_offset":19})~"
      R"~(]},{"_type":"match_case","pattern":{"_type":"MatchSingleton","value":{"type":"bool","value":true},"lineno":4)~"
      R"~(,"col_offset":9,"end_lineno":4,"end_col_offset":13},"guard":null,"body":[{"_type":"Pass","lineno":4,"col_off)~"
      R"~(set":15,"end_lineno":4,"end_col_offset":19}]},{"_type":"match_case","pattern":{"_type":"MatchSingleton","val)~"
      R"~(ue":{"type":"bool","value":false},"lineno":5,"col_offset":9,"end_lineno":5,"end_col_offset":14},"guard":null)~"
      R"~(,"body":[{"_type":"Pass","lineno":5,"col_offset":16,"end_lineno":5,"end_col_offset":20}]},{"_type":"match_ca)~"
      R"~(se","pattern":{"_type":"MatchSequence","patterns":[{"_type":"MatchAs","pattern":null,"name":"a","lineno":6,")~"
      R"~(col_offset":10,"end_lineno":6,"end_col_offset":11},{"_type":"MatchStar","name":"rest","lineno":6,"col_offset)~"
      R"~(":13,"end_lineno":6,"end_col_offset":18}],"lineno":6,"col_offset":9,"end_lineno":6,"end_col_offset":19},"gua)~"
      R"~(rd":null,"body":[{"_type":"Pass","lineno":6,"col_offset":21,"end_lineno":6,"end_col_offset":25}]},{"_type":")~"
      R"~(match_case","pattern":{"_type":"MatchMapping","keys":[{"_type":"Constant","value":{"type":"str","value":"k"})~"
      R"~(,"kind":null,"lineno":7,"col_offset":10,"end_lineno":7,"end_col_offset":13},{"_type":"Constant","value":{"ty)~"
      R"~(pe":"int","value":"1"},"kind":null,"lineno":7,"col_offset":18,"end_lineno":7,"end_col_offset":19}],"patterns)~"
      R"~(":[{"_type":"MatchAs","pattern":null,"name":"v","lineno":7,"col_offset":15,"end_lineno":7,"end_col_offset":1)~"
      R"~(6},{"_type":"MatchAs","pattern":null,"name":"w","lineno":7,"col_offset":21,"end_lineno":7,"end_col_offset":2)~"
      R"~(2}],"rest":"kw","lineno":7,"col_offset":9,"end_lineno":7,"end_col_offset":29},"guard":null,"body":[{"_type":)~"
      R"~("Pass","lineno":7,"col_offset":31,"end_lineno":7,"end_col_offset":35}]},{"_type":"match_case","pattern":{"_t)~"
      R"~(ype":"MatchClass","cls":{"_type":"Name","id":"Point","ctx":"Load","lineno":8,"col_offset":9,"end_lineno":8,")~"
      R"~(end_col_offset":14},"patterns":[{"_type":"MatchAs","pattern":null,"name":"x","lineno":8,"col_offset":15,"end)~"
      R"~(_lineno":8,"end_col_offset":16}],"kwd_attrs":["y"],"kwd_patterns":[{"_type":"MatchValue","value":{"_type":"C)~"
      R"~(onstant","value":{"type":"int","value":"0"},"kind":null,"lineno":8,"col_offset":20,"end_lineno":8,"end_col_o)~"
      R"~(ffset":21},"lineno":8,"col_offset":20,"end_lineno":8,"end_col_offset":21}],"lineno":8,"col_offset":9,"end_li)~"
      R"~(neno":8,"end_col_offset":22},"guard":null,"body":[{"_type":"Pass","lineno":8,"col_offset":24,"end_lineno":8,)~"
      R"~("end_col_offset":28}]},{"_type":"match_case","pattern":{"_type":"MatchSequence","patterns":[{"_type":"MatchA)~"
      R"~(s","pattern":null,"name":null,"lineno":9,"col_offset":10,"end_lineno":9,"end_col_offset":11},{"_type":"Match)~"
      R"~(Star","name":null,"lineno":9,"col_offset":13,"end_lineno":9,"end_col_offset":15}],"lineno":9,"col_offset":9,)~"
      R"~("end_lineno":9,"end_col_offset":16},"guard":null,"body":[{"_type":"Pass","lineno":9,"col_offset":18,"end_lin)~"
      R"~(eno":9,"end_col_offset":22}]},{"_type":"match_case","pattern":{"_type":"MatchAs","pattern":{"_type":"MatchAs)~"
      R"~(","pattern":null,"name":"a","lineno":10,"col_offset":10,"end_lineno":10,"end_col_offset":11},"name":"b","lin)~"
      R"~(eno":10,"col_offset":10,"end_lineno":10,"end_col_offset":16},"guard":{"_type":"Compare","left":{"_type":"Nam)~"
      R"~(e","id":"b","ctx":"Load","lineno":10,"col_offset":21,"end_lineno":10,"end_col_offset":22},"ops":["Gt"],"comp)~"
      R"~(arators":[{"_type":"Constant","value":{"type":"int","value":"0"},"kind":null,"lineno":10,"col_offset":25,"en)~"
      R"~(d_lineno":10,"end_col_offset":26}],"lineno":10,"col_offset":21,"end_lineno":10,"end_col_offset":26},"body":[)~"
      R"~({"_type":"Pass","lineno":10,"col_offset":28,"end_lineno":10,"end_col_offset":32}]},{"_type":"match_case","pa)~"
      R"~(ttern":{"_type":"MatchOr","patterns":[{"_type":"MatchValue","value":{"_type":"UnaryOp","op":"USub","operand")~"
      R"~(:{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"lineno":11,"col_offset":10,"end_lineno")~"
      R"~(:11,"end_col_offset":11},"lineno":11,"col_offset":9,"end_lineno":11,"end_col_offset":11},"lineno":11,"col_of)~"
      R"~(fset":9,"end_lineno":11,"end_col_offset":11},{"_type":"MatchValue","value":{"_type":"BinOp","left":{"_type":)~"
      R"~("Constant","value":{"type":"int","value":"1"},"kind":null,"lineno":11,"col_offset":14,"end_lineno":11,"end_c)~"
      R"~(ol_offset":15},"op":"Add","right":{"_type":"Constant","value":{"type":"complex","imag":"2.0"},"kind":null,"l)~"
      R"~(ineno":11,"col_offset":16,"end_lineno":11,"end_col_offset":18},"lineno":11,"col_offset":14,"end_lineno":11,")~"
      R"~(end_col_offset":18},"lineno":11,"col_offset":14,"end_lineno":11,"end_col_offset":18},{"_type":"MatchValue",")~"
      R"~(value":{"_type":"BinOp","left":{"_type":"UnaryOp","op":"USub","operand":{"_type":"Constant","value":{"type":)~"
      R"~("float","value":"3.5"},"kind":null,"lineno":11,"col_offset":22,"end_lineno":11,"end_col_offset":25},"lineno")~"
      R"~(:11,"col_offset":21,"end_lineno":11,"end_col_offset":25},"op":"Sub","right":{"_type":"Constant","value":{"ty)~"
      R"~(pe":"complex","imag":"4.0"},"kind":null,"lineno":11,"col_offset":28,"end_lineno":11,"end_col_offset":30},"li)~"
      R"~(neno":11,"col_offset":21,"end_lineno":11,"end_col_offset":30},"lineno":11,"col_offset":21,"end_lineno":11,"e)~"
      R"~(nd_col_offset":30},{"_type":"MatchValue","value":{"_type":"Constant","value":{"type":"str","value":"s"},"kin)~"
      R"~(d":null,"lineno":11,"col_offset":33,"end_lineno":11,"end_col_offset":36},"lineno":11,"col_offset":33,"end_li)~"
      R"~(neno":11,"end_col_offset":36},{"_type":"MatchValue","value":{"_type":"Constant","value":{"type":"bytes","val)~"
      R"~(ue":"b"},"kind":null,"lineno":11,"col_offset":39,"end_lineno":11,"end_col_offset":43},"lineno":11,"col_offse)~"
      R"~(t":39,"end_lineno":11,"end_col_offset":43},{"_type":"MatchValue","value":{"_type":"Attribute","value":{"_typ)~"
      R"~(e":"Name","id":"a","ctx":"Load","lineno":11,"col_offset":46,"end_lineno":11,"end_col_offset":47},"attr":"b",)~"
      R"~("ctx":"Load","lineno":11,"col_offset":46,"end_lineno":11,"end_col_offset":49},"lineno":11,"col_offset":46,"e)~"
      R"~(nd_lineno":11,"end_col_offset":49}],"lineno":11,"col_offset":9,"end_lineno":11,"end_col_offset":49},"guard":)~"
      R"~(null,"body":[{"_type":"Pass","lineno":11,"col_offset":51,"end_lineno":11,"end_col_offset":55}]},{"_type":"ma)~"
      R"~(tch_case","pattern":{"_type":"MatchMapping","keys":[],"patterns":[],"rest":null,"lineno":12,"col_offset":9,")~"
      R"~(end_lineno":12,"end_col_offset":11},"guard":null,"body":[{"_type":"Pass","lineno":12,"col_offset":13,"end_li)~"
      R"~(neno":12,"end_col_offset":17}]},{"_type":"match_case","pattern":{"_type":"MatchAs","pattern":null,"name":nul)~"
      R"~(l,"lineno":13,"col_offset":9,"end_lineno":13,"end_col_offset":10},"guard":null,"body":[{"_type":"Pass","line)~"
      R"~(no":13,"col_offset":12,"end_lineno":13,"end_col_offset":16}]}],"lineno":1,"col_offset":0,"end_lineno":13,"en)~"
      R"~(d_col_offset":16}],"type_ignores":[]})~",
     // ast.dump(tree)
      R"~(Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue()~"
      R"~(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchSin)~"
      R"~(gleton(value=None), body=[Pass()]), match_case(pattern=MatchSingleton(value=True), body=[Pass()]), match_cas)~"
      R"~(e(pattern=MatchSingleton(value=False), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(na)~"
      R"~(me='a'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k'))~"
      R"~(, Constant(value=1)], patterns=[MatchAs(name='v'), MatchAs(name='w')], rest='kw'), body=[Pass()]), match_cas)~"
      R"~(e(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchAs(name='x')], kwd_attrs=['y'], kwd_pa)~"
      R"~(tterns=[MatchValue(value=Constant(value=0))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[Ma)~"
      R"~(tchAs(), MatchStar()]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchAs(name='a'), name='b'), gua)~"
      R"~(rd=Compare(left=Name(id='b', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), matc)~"
      R"~(h_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue)~"
      R"~((value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=BinOp(left=Unary)~"
      R"~(Op(op=USub(), operand=Constant(value=3.5)), op=Sub(), right=Constant(value=4j))), MatchValue(value=Constant()~"
      R"~(value='s')), MatchValue(value=Constant(value=b'b')), MatchValue(value=Attribute(value=Name(id='a', ctx=Load()~"
      R"~()), attr='b', ctx=Load()))]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[P)~"
      R"~(ass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))~",
     // ast.dump(tree, include_attributes=True)
      nullptr,
     // ast.dump(tree, indent=2)
      nullptr,
     // ast.dump(tree, include_attributes=True, indent=4)
      nullptr},
    {"interactive",
     // JSON
      R"~({"_type":"Interactive","body":[{"_type":"Assign","targets":[{"_type":"Name","id":"x","ctx":"Store","lineno":)~"
      R"~(1,"col_offset":0,"end_lineno":1,"end_col_offset":1}],"value":{"_type":"Constant","value":{"type":"int","valu)~"
      R"~(e":"1"},"kind":null,"lineno":1,"col_offset":4,"end_lineno":1,"end_col_offset":5},"type_comment":null,"lineno)~"
      R"~(":1,"col_offset":0,"end_lineno":1,"end_col_offset":5}]})~",
     // ast.dump(tree)
      R"~(Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))]))~",
     // ast.dump(tree, include_attributes=True)
      R"~(Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_of)~"
      R"~(fset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_off)~"
      R"~(set=0, end_lineno=1, end_col_offset=5)]))~",
     // ast.dump(tree, indent=2)
      R"~(Interactive(
  body=[
    Assign(
      targets=[
        Name(id='x', ctx=Store())],
      value=Constant(value=1))]))~",
     // ast.dump(tree, include_attributes=True, indent=4)
      nullptr},
    {"expression",
     // JSON
      R"~({"_type":"Expression","body":{"_type":"BinOp","left":{"_type":"Name","id":"a","ctx":"Load","lineno":1,"col_o)~"
      R"~(ffset":0,"end_lineno":1,"end_col_offset":1},"op":"Add","right":{"_type":"Constant","value":{"type":"int","va)~"
      R"~(lue":"1"},"kind":null,"lineno":1,"col_offset":4,"end_lineno":1,"end_col_offset":5},"lineno":1,"col_offset":0)~"
      R"~(,"end_lineno":1,"end_col_offset":5}})~",
     // ast.dump(tree)
      R"~(Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1))))~",
     // ast.dump(tree, include_attributes=True)
      R"~(Expression(body=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1),)~"
      R"~( op=Add(), right=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_of)~"
      R"~(fset=0, end_lineno=1, end_col_offset=5)))~",
     // ast.dump(tree, indent=2)
      R"~(Expression(
  body=BinOp(
    left=Name(id='a', ctx=Load()),
    op=Add(),
    right=Constant(value=1))))~",
     // ast.dump(tree, include_attributes=True, indent=4)
      R"~(Expression(
    body=BinOp(
        left=Name(
            id='a',
            ctx=Load(),
            lineno=1,
            col_offset=0,
            end_lineno=1,
            end_col_offset=1),
        op=Add(),
        right=Constant(
            value=1,
            lineno=1,
            col_offset=4,
            end_lineno=1,
            end_col_offset=5),
        lineno=1,
        col_offset=0,
        end_lineno=1,
        end_col_offset=5)))~"},
    {"func_type",
     // JSON
      R"~({"_type":"FunctionType","argtypes":[{"_type":"Name","id":"int","ctx":"Load","lineno":1,"col_offset":1,"end_l)~"
      R"~(ineno":1,"end_col_offset":4},{"_type":"Name","id":"str","ctx":"Load","lineno":1,"col_offset":7,"end_lineno":)~"
      R"~(1,"end_col_offset":10},{"_type":"Name","id":"float","ctx":"Load","lineno":1,"col_offset":14,"end_lineno":1,")~"
      R"~(end_col_offset":19}],"returns":{"_type":"Name","id":"bool","ctx":"Load","lineno":1,"col_offset":24,"end_line)~"
      R"~(no":1,"end_col_offset":28}})~",
     // ast.dump(tree)
      R"~(FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load()), Name(id='float', ctx=Load())])~"
      R"~(, returns=Name(id='bool', ctx=Load())))~",
     // ast.dump(tree, include_attributes=True)
      R"~(FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), N)~"
      R"~(ame(id='str', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Name(id='float', ctx=Loa)~"
      R"~(d(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=19)], returns=Name(id='bool', ctx=Load(), lineno=)~"
      R"~(1, col_offset=24, end_lineno=1, end_col_offset=28)))~",
     // ast.dump(tree, indent=2)
      R"~(FunctionType(
  argtypes=[
    Name(id='int', ctx=Load()),
    Name(id='str', ctx=Load()),
    Name(id='float', ctx=Load())],
  returns=Name(id='bool', ctx=Load())))~",
     // ast.dump(tree, include_attributes=True, indent=4)
      nullptr},
    {"type_comments",
     // JSON
      R"~({"_type":"Module","body":[{"_type":"Assign","targets":[{"_type":"Name","id":"x","ctx":"Store","lineno":1,"co)~"
      R"~(l_offset":0,"end_lineno":1,"end_col_offset":1}],"value":{"_type":"Constant","value":{"type":"int","value":"1)~"
      R"~("},"kind":null,"lineno":1,"col_offset":4,"end_lineno":1,"end_col_offset":5},"type_comment":"int","lineno":1,)~"
      R"~("col_offset":0,"end_lineno":1,"end_col_offset":18},{"_type":"Import","names":[{"_type":"alias","name":"a","a)~"
      R"~(sname":null,"lineno":2,"col_offset":7,"end_lineno":2,"end_col_offset":8}],"lineno":2,"col_offset":0,"end_lin)~"
      R"~(eno":2,"end_col_offset":8},{"_type":"Import","names":[{"_type":"alias","name":"b","asname":null,"lineno":3,")~"
      R"~(col_offset":7,"end_lineno":3,"end_col_offset":8}],"lineno":3,"col_offset":0,"end_lineno":3,"end_col_offset":)~"
      R"~(8},{"_type":"FunctionDef","name":"f","args":{"_type":"arguments","posonlyargs":[],"args":[{"_type":"arg","ar)~"
      R"~(g":"a","annotation":null,"type_comment":"int","lineno":4,"col_offset":6,"end_lineno":4,"end_col_offset":7}],)~"
      R"~("vararg":null,"kwonlyargs":[],"kw_defaults":[],"kwarg":null,"defaults":[]},"body":[{"_type":"Pass","lineno":)~"
      R"~(7,"col_offset":4,"end_lineno":7,"end_col_offset":8}],"decorator_list":[],"returns":null,"type_comment":"(...)~"
      R"~() -> None","lineno":4,"col_offset":0,"end_lineno":7,"end_col_offset":8},{"_type":"For","target":{"_type":"Na)~"
      R"~(me","id":"x","ctx":"Store","lineno":8,"col_offset":4,"end_lineno":8,"end_col_offset":5},"iter":{"_type":"Nam)~"
      R"~(e","id":"y","ctx":"Load","lineno":8,"col_offset":9,"end_lineno":8,"end_col_offset":10},"body":[{"_type":"Pas)~"
      R"~(s","lineno":9,"col_offset":4,"end_lineno":9,"end_col_offset":8}],"orelse":[],"type_comment":"str","lineno":8)~"
      R"~(,"col_offset":0,"end_lineno":9,"end_col_offset":8},{"_type":"With","items":[{"_type":"withitem","context_exp)~"
      R"~(r":{"_type":"Name","id":"a","ctx":"Load","lineno":10,"col_offset":5,"end_lineno":10,"end_col_offset":6},"opt)~"
      R"~(ional_vars":{"_type":"Name","id":"b","ctx":"Store","lineno":10,"col_offset":10,"end_lineno":10,"end_col_offs)~"
      R"~(et":11}}],"body":[{"_type":"Pass","lineno":11,"col_offset":4,"end_lineno":11,"end_col_offset":8}],"type_comm)~"
      R"~(ent":"int","lineno":10,"col_offset":0,"end_lineno":11,"end_col_offset":8},{"_type":"AsyncFunctionDef","name")~"
      R"~(:"g","args":{"_type":"arguments","posonlyargs":[],"args":[],"vararg":null,"kwonlyargs":[],"kw_defaults":[],")~"
      R"~(kwarg":null,"defaults":[]},"body":[{"_type":"AsyncFor","target":{"_type":"Name","id":"x","ctx":"Store","line)~"
      R"~(no":13,"col_offset":14,"end_lineno":13,"end_col_offset":15},"iter":{"_type":"Name","id":"y","ctx":"Load","li)~"
      R"~(neno":13,"col_offset":19,"end_lineno":13,"end_col_offset":20},"body":[{"_type":"Pass","lineno":14,"col_offse)~"
      R"~(t":8,"end_lineno":14,"end_col_offset":12}],"orelse":[],"type_comment":"int","lineno":13,"col_offset":4,"end_)~"
      R"~(lineno":14,"end_col_offset":12},{"_type":"AsyncWith","items":[{"_type":"withitem","context_expr":{"_type":"N)~"
      R"~(ame","id":"a","ctx":"Load","lineno":15,"col_offset":15,"end_lineno":15,"end_col_offset":16},"optional_vars":)~"
      R"~({"_type":"Name","id":"b","ctx":"Store","lineno":15,"col_offset":20,"end_lineno":15,"end_col_offset":21}}],"b)~"
      R"~(ody":[{"_type":"Pass","lineno":16,"col_offset":8,"end_lineno":16,"end_col_offset":12}],"type_comment":"int",)~"
      R"~("lineno":15,"col_offset":4,"end_lineno":16,"end_col_offset":12}],"decorator_list":[],"returns":null,"type_co)~"
      R"~(mment":null,"lineno":12,"col_offset":0,"end_lineno":16,"end_col_offset":12}],"type_ignores":[{"_type":"TypeI)~"
      R"~(gnore","lineno":2,"tag":""},{"_type":"TypeIgnore","lineno":3,"tag":"[attr]"}]})~",
     // ast.dump(tree)
      R"~(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1), type_comment='int'), Impor)~"
      R"~(t(names=[alias(name='a')]), Import(names=[alias(name='b')]), FunctionDef(name='f', args=arguments(posonlyarg)~"
      R"~(s=[], args=[arg(arg='a', type_comment='int')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], d)~"
      R"~(ecorator_list=[], type_comment='(...) -> None'), For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx)~"
      R"~(=Load()), body=[Pass()], orelse=[], type_comment='str'), With(items=[withitem(context_expr=Name(id='a', ctx=)~"
      R"~(Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()], type_comment='int'), AsyncFunctionDef(nam)~"
      R"~(e='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(t)~"
      R"~(arget=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[], type_comment='int')~"
      R"~(), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())))~"
      R"~(], body=[Pass()], type_comment='int')], decorator_list=[])], type_ignores=[TypeIgnore(lineno=2, tag=''), Typ)~"
      R"~(eIgnore(lineno=3, tag='[attr]')]))~",
     // ast.dump(tree, include_attributes=True)
      R"~(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=)~"
      R"~(1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), type_comment='int', li)~"
      R"~(neno=1, col_offset=0, end_lineno=1, end_col_offset=18), Import(names=[alias(name='a', lineno=2, col_offset=7)~"
      R"~(, end_lineno=2, end_col_offset=8)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Import(names=[a)~"
      R"~(lias(name='b', lineno=3, col_offset=7, end_lineno=3, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=)~"
      R"~(3, end_col_offset=8), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', type_comment=')~"
      R"~(int', lineno=4, col_offset=6, end_lineno=4, end_col_offset=7)], kwonlyargs=[], kw_defaults=[], defaults=[]),)~"
      R"~( body=[Pass(lineno=7, col_offset=4, end_lineno=7, end_col_offset=8)], decorator_list=[], type_comment='(...))~"
      R"~( -> None', lineno=4, col_offset=0, end_lineno=7, end_col_offset=8), For(target=Name(id='x', ctx=Store(), lin)~"
      R"~(eno=8, col_offset=4, end_lineno=8, end_col_offset=5), iter=Name(id='y', ctx=Load(), lineno=8, col_offset=9, )~"
      R"~(end_lineno=8, end_col_offset=10), body=[Pass(lineno=9, col_offset=4, end_lineno=9, end_col_offset=8)], orels)~"
      R"~(e=[], type_comment='str', lineno=8, col_offset=0, end_lineno=9, end_col_offset=8), With(items=[withitem(cont)~"
      R"~(ext_expr=Name(id='a', ctx=Load(), lineno=10, col_offset=5, end_lineno=10, end_col_offset=6), optional_vars=N)~"
      R"~(ame(id='b', ctx=Store(), lineno=10, col_offset=10, end_lineno=10, end_col_offset=11))], body=[Pass(lineno=11)~"
      R"~(, col_offset=4, end_lineno=11, end_col_offset=8)], type_comment='int', lineno=10, col_offset=0, end_lineno=1)~"
      R"~(1, end_col_offset=8), AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_d)~"
      R"~(efaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store(), lineno=13, col_offset=14, end_line)~"
      R"~(no=13, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=13, col_offset=19, end_lineno=13, end_col_of)~"
      R"~(fset=20), body=[Pass(lineno=14, col_offset=8, end_lineno=14, end_col_offset=12)], orelse=[], type_comment='i)~"
      R"~(nt', lineno=13, col_offset=4, end_lineno=14, end_col_offset=12), AsyncWith(items=[withitem(context_expr=Name)~"
      R"~((id='a', ctx=Load(), lineno=15, col_offset=15, end_lineno=15, end_col_offset=16), optional_vars=Name(id='b',)~"
      R"~( ctx=Store(), lineno=15, col_offset=20, end_lineno=15, end_col_offset=21))], body=[Pass(lineno=16, col_offse)~"
      R"~(t=8, end_lineno=16, end_col_offset=12)], type_comment='int', lineno=15, col_offset=4, end_lineno=16, end_col)~"
      R"~(_offset=12)], decorator_list=[], lineno=12, col_offset=0, end_lineno=16, end_col_offset=12)], type_ignores=[)~"
      R"~(TypeIgnore(lineno=2, tag=''), TypeIgnore(lineno=3, tag='[attr]')]))~",
     // ast.dump(tree, indent=2)
      nullptr,
     // ast.dump(tree, include_attributes=True, indent=4)
      nullptr},
    {"constants",
     // JSON
      R"~({"_type":"Module","body":[{"_type":"Assign","targets":[{"_type":"Name","id":"s","ctx":"Store","lineno":2,"co)~"
      R"~(l_offset":0,"end_lineno":2,"end_col_offset":1}],"value":{"_type":"Constant","value":{"type":"str","value":"\)~"
      R"~(u0000\t\n\r\u007f\u0080\u00a0\u00e9\u200b\ud83d\ude00\"'\\"},"kind":null,"lineno":2,"col_offset":4,"end_line)~"
      R"~(no":2,"end_col_offset":53},"type_comment":null,"lineno":2,"col_offset":0,"end_lineno":2,"end_col_offset":53})~"
      R"~(,{"_type":"Assign","targets":[{"_type":"Name","id":"s2","ctx":"Store","lineno":3,"col_offset":0,"end_lineno")~"
      R"~(:3,"end_col_offset":2}],"value":{"_type":"Constant","value":{"type":"str","value":"it's"},"kind":null,"linen)~"
      R"~(o":3,"col_offset":5,"end_lineno":3,"end_col_offset":11},"type_comment":null,"lineno":3,"col_offset":0,"end_l)~"
      R"~(ineno":3,"end_col_offset":11},{"_type":"Assign","targets":[{"_type":"Name","id":"s3","ctx":"Store","lineno":)~"
      R"~(4,"col_offset":0,"end_lineno":4,"end_col_offset":2}],"value":{"_type":"Constant","value":{"type":"str","valu)~"
      R"~(e":"say \"hi\""},"kind":null,"lineno":4,"col_offset":5,"end_lineno":4,"end_col_offset":15},"type_comment":nu)~"
      R"~(ll,"lineno":4,"col_offset":0,"end_lineno":4,"end_col_offset":15},{"_type":"Assign","targets":[{"_type":"Name)~"
      R"~(","id":"s4","ctx":"Store","lineno":5,"col_offset":0,"end_lineno":5,"end_col_offset":2}],"value":{"_type":"Co)~"
      R"~(nstant","value":{"type":"str","value":"both ' and \""},"kind":null,"lineno":5,"col_offset":5,"end_lineno":5,)~"
      R"~("end_col_offset":20},"type_comment":null,"lineno":5,"col_offset":0,"end_lineno":5,"end_col_offset":20},{"_ty)~"
      R"~(pe":"Assign","targets":[{"_type":"Name","id":"s5","ctx":"Store","lineno":6,"col_offset":0,"end_lineno":6,"en)~"
      R"~(d_col_offset":2}],"value":{"_type":"Constant","value":{"type":"str","code_points":[55296,57343]},"kind":null)~"
      R"~(,"lineno":6,"col_offset":5,"end_lineno":6,"end_col_offset":19},"type_comment":null,"lineno":6,"col_offset":0)~"
      R"~(,"end_lineno":6,"end_col_offset":19},{"_type":"Assign","targets":[{"_type":"Name","id":"s6","ctx":"Store","l)~"
      R"~(ineno":7,"col_offset":0,"end_lineno":7,"end_col_offset":2}],"value":{"_type":"Constant","value":{"type":"str)~"
      R"~(","value":"\u00e9\u4e2d\u6587\ud83d\ude00\u0378\udb40\udc01\ufeff"},"kind":null,"lineno":7,"col_offset":5,"e)~"
      R"~(nd_lineno":7,"end_col_offset":41},"type_comment":null,"lineno":7,"col_offset":0,"end_lineno":7,"end_col_offs)~"
      R"~(et":41},{"_type":"Assign","targets":[{"_type":"Name","id":"b1","ctx":"Store","lineno":8,"col_offset":0,"end_)~"
      R"~(lineno":8,"end_col_offset":2}],"value":{"_type":"Constant","value":{"type":"bytes","value":"\u0000\t\n\r\u00)~"
      R"~(7f\u0080\u00ff\"'\\"},"kind":null,"lineno":8,"col_offset":5,"end_lineno":8,"end_col_offset":35},"type_commen)~"
      R"~(t":null,"lineno":8,"col_offset":0,"end_lineno":8,"end_col_offset":35},{"_type":"Assign","targets":[{"_type":)~"
      R"~("Name","id":"b2","ctx":"Store","lineno":9,"col_offset":0,"end_lineno":9,"end_col_offset":2}],"value":{"_type)~"
      R"~(":"Constant","value":{"type":"bytes","value":"it's"},"kind":null,"lineno":9,"col_offset":5,"end_lineno":9,"e)~"
      R"~(nd_col_offset":12},"type_comment":null,"lineno":9,"col_offset":0,"end_lineno":9,"end_col_offset":12},{"_type)~"
      R"~(":"Assign","targets":[{"_type":"Name","id":"b3","ctx":"Store","lineno":10,"col_offset":0,"end_lineno":10,"en)~"
      R"~(d_col_offset":2}],"value":{"_type":"Constant","value":{"type":"bytes","value":"say \"hi\""},"kind":null,"lin)~"
      R"~(eno":10,"col_offset":5,"end_lineno":10,"end_col_offset":16},"type_comment":null,"lineno":10,"col_offset":0,")~"
      R"~(end_lineno":10,"end_col_offset":16},{"_type":"Assign","targets":[{"_type":"Name","id":"n1","ctx":"Store","li)~"
      R"~(neno":11,"col_offset":0,"end_lineno":11,"end_col_offset":2}],"value":{"_type":"Constant","value":{"type":"in)~"
      R"~(t","value":"123456789012345678901234567890"},"kind":null,"lineno":11,"col_offset":5,"end_lineno":11,"end_col)~"
      R"~(_offset":35},"type_comment":null,"lineno":11,"col_offset":0,"end_lineno":11,"end_col_offset":35},{"_type":"A)~"
      R"~(ssign","targets":[{"_type":"Name","id":"n2","ctx":"Store","lineno":12,"col_offset":0,"end_lineno":12,"end_co)~"
      R"~(l_offset":2}],"value":{"_type":"Constant","value":{"type":"int","value":"1208925819614629174706175"},"kind":)~"
      R"~(null,"lineno":12,"col_offset":5,"end_lineno":12,"end_col_offset":27},"type_comment":null,"lineno":12,"col_of)~"
      R"~(fset":0,"end_lineno":12,"end_col_offset":27},{"_type":"Assign","targets":[{"_type":"Name","id":"n3","ctx":"S)~"
      R"~(tore","lineno":13,"col_offset":0,"end_lineno":13,"end_col_offset":2}],"value":{"_type":"Constant","value":{")~"
      R"~(type":"int","value":"0"},"kind":null,"lineno":13,"col_offset":5,"end_lineno":13,"end_col_offset":6},"type_co)~"
      R"~(mment":null,"lineno":13,"col_offset":0,"end_lineno":13,"end_col_offset":6},{"_type":"Assign","targets":[{"_t)~"
      R"~(ype":"Name","id":"f1","ctx":"Store","lineno":14,"col_offset":0,"end_lineno":14,"end_col_offset":2}],"value":)~"
      R"~({"_type":"Tuple","elts":[{"_type":"Constant","value":{"type":"float","value":"1e+16"},"kind":null,"lineno":1)~"
      R"~(4,"col_offset":5,"end_lineno":14,"end_col_offset":9},{"_type":"Constant","value":{"type":"float","value":"10)~"
      R"~(00000000000000.0"},"kind":null,"lineno":14,"col_offset":11,"end_lineno":14,"end_col_offset":15},{"_type":"Co)~"
      R"~(nstant","value":{"type":"float","value":"0.1"},"kind":null,"lineno":14,"col_offset":17,"end_lineno":14,"end_)~"
      R"~(col_offset":20},{"_type":"Constant","value":{"type":"float","value":"5e-324"},"kind":null,"lineno":14,"col_o)~"
      R"~(ffset":22,"end_lineno":14,"end_col_offset":28},{"_type":"Constant","value":{"type":"float","value":"inf"},"k)~"
      R"~(ind":null,"lineno":14,"col_offset":30,"end_lineno":14,"end_col_offset":35},{"_type":"Constant","value":{"typ)~"
      R"~(e":"float","value":"1e-05"},"kind":null,"lineno":14,"col_offset":37,"end_lineno":14,"end_col_offset":41},{"_)~"
      R"~(type":"Constant","value":{"type":"float","value":"0.0001"},"kind":null,"lineno":14,"col_offset":43,"end_line)~"
      R"~(no":14,"end_col_offset":49},{"_type":"Constant","value":{"type":"float","value":"1.7976931348623157e+308"},")~"
      R"~(kind":null,"lineno":14,"col_offset":51,"end_lineno":14,"end_col_offset":73},{"_type":"Constant","value":{"ty)~"
      R"~(pe":"float","value":"123456789.0"},"kind":null,"lineno":14,"col_offset":75,"end_lineno":14,"end_col_offset":)~"
      R"~(86},{"_type":"Constant","value":{"type":"float","value":"2.5e-07"},"kind":null,"lineno":14,"col_offset":88,")~"
      R"~(end_lineno":14,"end_col_offset":94}],"ctx":"Load","lineno":14,"col_offset":5,"end_lineno":14,"end_col_offset)~"
      R"~(":94},"type_comment":null,"lineno":14,"col_offset":0,"end_lineno":14,"end_col_offset":94},{"_type":"Assign",)~"
      R"~("targets":[{"_type":"Name","id":"c1","ctx":"Store","lineno":15,"col_offset":0,"end_lineno":15,"end_col_offse)~"
      R"~(t":2}],"value":{"_type":"Tuple","elts":[{"_type":"Constant","value":{"type":"complex","imag":"1.0"},"kind":n)~"
      R"~(ull,"lineno":15,"col_offset":5,"end_lineno":15,"end_col_offset":7},{"_type":"Constant","value":{"type":"comp)~"
      R"~(lex","imag":"1.5e+300"},"kind":null,"lineno":15,"col_offset":9,"end_lineno":15,"end_col_offset":17},{"_type")~"
      R"~(:"Constant","value":{"type":"complex","imag":"2.0"},"kind":null,"lineno":15,"col_offset":19,"end_lineno":15,)~"
      R"~("end_col_offset":23},{"_type":"Constant","value":{"type":"complex","imag":"inf"},"kind":null,"lineno":15,"co)~"
      R"~(l_offset":25,"end_lineno":15,"end_col_offset":31},{"_type":"Constant","value":{"type":"complex","imag":"1e+1)~"
      R"~(6"},"kind":null,"lineno":15,"col_offset":33,"end_lineno":15,"end_col_offset":38},{"_type":"Constant","value")~"
      R"~(:{"type":"complex","imag":"1e-05"},"kind":null,"lineno":15,"col_offset":40,"end_lineno":15,"end_col_offset":)~"
      R"~(45},{"_type":"Constant","value":{"type":"complex","imag":"0.0"},"kind":null,"lineno":15,"col_offset":47,"end)~"
      R"~(_lineno":15,"end_col_offset":49}],"ctx":"Load","lineno":15,"col_offset":5,"end_lineno":15,"end_col_offset":4)~"
      R"~(9},"type_comment":null,"lineno":15,"col_offset":0,"end_lineno":15,"end_col_offset":49},{"_type":"Assign","ta)~"
      R"~(rgets":[{"_type":"Name","id":"\u00e9","ctx":"Store","lineno":16,"col_offset":0,"end_lineno":16,"end_col_offs)~"
      R"~(et":2},{"_type":"Name","id":"\u03a9","ctx":"Store","lineno":16,"col_offset":5,"end_lineno":16,"end_col_offse)~"
      R"~(t":7}],"value":{"_type":"Constant","value":{"type":"int","value":"1"},"kind":null,"lineno":16,"col_offset":1)~"
      R"~(0,"end_lineno":16,"end_col_offset":11},"type_comment":null,"lineno":16,"col_offset":0,"end_lineno":16,"end_c)~"
      R"~(ol_offset":11}],"type_ignores":[]})~",
     // ast.dump(tree)
      R"~(Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\x00\t\n\r\x7f\x80\xa0é\u200b)~"
      R"~(😀"\'\\')), Assign(targets=[Name(id='s2', ctx=Store())], value=Constant(value="it's")), Assign(targets=[Name()~"
      R"~(id='s3', ctx=Store())], value=Constant(value='say "hi"')), Assign(targets=[Name(id='s4', ctx=Store())], valu)~"
      R"~(e=Constant(value='both \' and "')), Assign(targets=[Name(id='s5', ctx=Store())], value=Constant(value='\ud80)~"
      R"~(0\udfff')), Assign(targets=[Name(id='s6', ctx=Store())], value=Constant(value='é中文😀\u0378\U000e0001\ufeff')))~"
      R"~(, Assign(targets=[Name(id='b1', ctx=Store())], value=Constant(value=b'\x00\t\n\r\x7f\x80\xff"\'\\')), Assign)~"
      R"~((targets=[Name(id='b2', ctx=Store())], value=Constant(value=b"it's")), Assign(targets=[Name(id='b3', ctx=Sto)~"
      R"~(re())], value=Constant(value=b'say "hi"')), Assign(targets=[Name(id='n1', ctx=Store())], value=Constant(valu)~"
      R"~(e=123456789012345678901234567890)), Assign(targets=[Name(id='n2', ctx=Store())], value=Constant(value=120892)~"
      R"~(5819614629174706175)), Assign(targets=[Name(id='n3', ctx=Store())], value=Constant(value=0)), Assign(targets)~"
      R"~(=[Name(id='f1', ctx=Store())], value=Tuple(elts=[Constant(value=1e+16), Constant(value=1000000000000000.0), )~"
      R"~(Constant(value=0.1), Constant(value=5e-324), Constant(value=inf), Constant(value=1e-05), Constant(value=0.00)~"
      R"~(01), Constant(value=1.7976931348623157e+308), Constant(value=123456789.0), Constant(value=2.5e-07)], ctx=Loa)~"
      R"~(d())), Assign(targets=[Name(id='c1', ctx=Store())], value=Tuple(elts=[Constant(value=1j), Constant(value=1.5)~"
      R"~(e+300j), Constant(value=2j), Constant(value=infj), Constant(value=1e+16j), Constant(value=1e-05j), Constant()~"
      R"~(value=0j)], ctx=Load())), Assign(targets=[Name(id='é', ctx=Store()), Name(id='Ω', ctx=Store())], value=Const)~"
      R"~(ant(value=1))], type_ignores=[]))~",
     // ast.dump(tree, include_attributes=True)
      nullptr,
     // ast.dump(tree, indent=2)
      nullptr,
     // ast.dump(tree, include_attributes=True, indent=4)
      nullptr},
};

// The case named `name`.
const Case& find_case(const std::string& name) {
  for (const Case& c : kCases)
    if (name == c.name) return c;
  FAIL("no case " << name);
  return kCases[0];
}

// ast.dump() of the tree built by build_tree(), made by CPython from the same tree.
const char* const kBuiltDump =
    R"~(Module(body=[ImportFrom(names=[alias(name='a', asname='b')], level=1), Global(names=['g', 'h']), Exp)~"
    R"~(r(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())~"
    R"~()], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))])),)~"
    R"~( Expr(value=Dict(keys=[None, Constant(value='s')], values=[Name(id='d', ctx=Load()), Constant(value=)~"
    R"~(2.5)])), Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), Eq()], comparators=[Name(id='b)~"
    R"~(', ctx=Load()), Name(id='c', ctx=Load())])), FunctionDef(name='f', args=arguments(posonlyargs=[], ar)~"
    R"~(gs=[], kwonlyargs=[arg(arg='k'), arg(arg='j', annotation=Name(id='int', ctx=Load()))], kw_defaults=[)~"
    R"~(None, Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[]), Expr(value=None)], type_i)~"
    R"~(gnores=[]))~";
const char* const kBuiltDumpAttributes =
    R"~(Module(body=[ImportFrom(names=[alias(name='a', asname='b', lineno=0, col_offset=0)], level=1, lineno)~"
    R"~(=0, col_offset=0), Global(names=['g', 'h'], lineno=0, col_offset=0), Expr(value=Call(func=Name(id='f)~"
    R"~(', ctx=Load(), lineno=0, col_offset=0), args=[Starred(value=Name(id='a', ctx=Load(), lineno=0, col_o)~"
    R"~(ffset=0), ctx=Load(), lineno=0, col_offset=0)], keywords=[keyword(arg='k', value=Constant(value=1, l)~"
    R"~(ineno=0, col_offset=0), lineno=0, col_offset=0), keyword(value=Name(id='d', ctx=Load(), lineno=0, co)~"
    R"~(l_offset=0), lineno=0, col_offset=0)], lineno=0, col_offset=0), lineno=0, col_offset=0), Expr(value=)~"
    R"~(Dict(keys=[None, Constant(value='s', lineno=0, col_offset=0)], values=[Name(id='d', ctx=Load(), line)~"
    R"~(no=0, col_offset=0), Constant(value=2.5, lineno=0, col_offset=0)], lineno=0, col_offset=0), lineno=0)~"
    R"~(, col_offset=0), Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=0, col_offset=0), ops=[Lt())~"
    R"~(, Eq()], comparators=[Name(id='b', ctx=Load(), lineno=0, col_offset=0), Name(id='c', ctx=Load(), lin)~"
    R"~(eno=0, col_offset=0)], lineno=0, col_offset=0), lineno=0, col_offset=0), FunctionDef(name='f', args=)~"
    R"~(arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k', lineno=0, col_offset=0), arg(arg='j', an)~"
    R"~(notation=Name(id='int', ctx=Load(), lineno=0, col_offset=0), lineno=0, col_offset=0)], kw_defaults=[)~"
    R"~(None, Constant(value=1, lineno=0, col_offset=0)], defaults=[]), body=[Pass(lineno=0, col_offset=0)],)~"
    R"~( decorator_list=[], lineno=0, col_offset=0), Expr(value=None, lineno=0, col_offset=0)], type_ignores)~"
    R"~(=[]))~";
const char* const kBuiltDumpIndent2 = R"~(Module(
  body=[
    ImportFrom(
      names=[
        alias(name='a', asname='b')],
      level=1),
    Global(
      names=[
        'g',
        'h']),
    Expr(
      value=Call(
        func=Name(id='f', ctx=Load()),
        args=[
          Starred(
            value=Name(id='a', ctx=Load()),
            ctx=Load())],
        keywords=[
          keyword(
            arg='k',
            value=Constant(value=1)),
          keyword(
            value=Name(id='d', ctx=Load()))])),
    Expr(
      value=Dict(
        keys=[
          None,
          Constant(value='s')],
        values=[
          Name(id='d', ctx=Load()),
          Constant(value=2.5)])),
    Expr(
      value=Compare(
        left=Name(id='a', ctx=Load()),
        ops=[
          Lt(),
          Eq()],
        comparators=[
          Name(id='b', ctx=Load()),
          Name(id='c', ctx=Load())])),
    FunctionDef(
      name='f',
      args=arguments(
        posonlyargs=[],
        args=[],
        kwonlyargs=[
          arg(arg='k'),
          arg(
            arg='j',
            annotation=Name(id='int', ctx=Load()))],
        kw_defaults=[
          None,
          Constant(value=1)],
        defaults=[]),
      body=[
        Pass()],
      decorator_list=[]),
    Expr(value=None)],
  type_ignores=[]))~";
const char* const kBuiltDumpIndent4 = R"~(Module(
    body=[
        ImportFrom(
            names=[
                alias(name='a', asname='b')],
            level=1),
        Global(
            names=[
                'g',
                'h']),
        Expr(
            value=Call(
                func=Name(id='f', ctx=Load()),
                args=[
                    Starred(
                        value=Name(id='a', ctx=Load()),
                        ctx=Load())],
                keywords=[
                    keyword(
                        arg='k',
                        value=Constant(value=1)),
                    keyword(
                        value=Name(id='d', ctx=Load()))])),
        Expr(
            value=Dict(
                keys=[
                    None,
                    Constant(value='s')],
                values=[
                    Name(id='d', ctx=Load()),
                    Constant(value=2.5)])),
        Expr(
            value=Compare(
                left=Name(id='a', ctx=Load()),
                ops=[
                    Lt(),
                    Eq()],
                comparators=[
                    Name(id='b', ctx=Load()),
                    Name(id='c', ctx=Load())])),
        FunctionDef(
            name='f',
            args=arguments(
                posonlyargs=[],
                args=[],
                kwonlyargs=[
                    arg(arg='k'),
                    arg(
                        arg='j',
                        annotation=Name(id='int', ctx=Load()))],
                kw_defaults=[
                    None,
                    Constant(value=1)],
                defaults=[]),
            body=[
                Pass()],
            decorator_list=[]),
        Expr(value=None)],
    type_ignores=[]))~";
const char* const kSmallDumpIndent0 = R"~(Module(
body=[
Global(
names=[
'g']),
Expr(
value=BinOp(
left=Name(id='a', ctx=Load()),
op=FloorDiv(),
right=Constant(value=b'b\'"')))],
type_ignores=[]))~";
const char* const kSmallDumpAttributesIndent2 = R"~(Module(
  body=[
    Global(
      names=[
        'g'],
      lineno=3,
      col_offset=4,
      end_lineno=5,
      end_col_offset=6),
    Expr(
      value=BinOp(
        left=Name(
          id='a',
          ctx=Load(),
          lineno=3,
          col_offset=4,
          end_lineno=5,
          end_col_offset=6),
        op=FloorDiv(),
        right=Constant(
          value=b'b\'"',
          lineno=3,
          col_offset=4,
          end_lineno=5,
          end_col_offset=6),
        lineno=3,
        col_offset=4,
        end_lineno=5,
        end_col_offset=6),
      lineno=3,
      col_offset=4,
      end_lineno=5,
      end_col_offset=6)],
  type_ignores=[]))~";

// A str's code points (surrogates cannot be written in a U"" literal).
std::u32string U32(std::initializer_list<char32_t> cps) { return std::u32string(cps); }

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Sets the four location attributes of a node.
template <typename T>
T* at(T* n, int lineno, int col, int end_lineno, int end_col) {
  n->lineno = lineno;
  n->col_offset = col;
  n->end_lineno = end_lineno;
  n->end_col_offset = end_col;
  return n;
}

// A Name node (Load) with the given id.
Name* name_node(Arena& A, std::string id, expr_context ctx = expr_context::Load) {
  auto* n = A.make<Name>();
  n->id = std::move(id);
  n->ctx = ctx;
  return n;
}

// A Constant node.
Constant* const_node(Arena& A, ConstantValue v) {
  auto* c = A.make<Constant>();
  c->value = std::move(v);
  return c;
}

// Builds `x = a + 1` with the positions CPython gives it (case "assign").
Module* build_assign(Arena& A) {
  auto* bin = at(A.make<BinOp>(), 1, 4, 1, 9);
  bin->left = at(name_node(A, "a"), 1, 4, 1, 5);
  bin->op = operator_::Add;
  bin->right = at(const_node(A, ConstantValue::integer("1")), 1, 8, 1, 9);
  auto* assign = at(A.make<Assign>(), 1, 0, 1, 9);
  assign->targets = {at(name_node(A, "x", expr_context::Store), 1, 0, 1, 1)};
  assign->value = bin;
  auto* m = A.make<Module>();
  m->body = {assign};
  return m;
}

// Builds a tree with absent optional fields, None list elements, identifier and
// operator lists and a required field left null (lineno/col_offset 0, no end
// positions), the tree of kBuiltDump.
Module* build_tree(Arena& A) {
  auto* imp = A.make<ImportFrom>();  // from . import a as b
  auto* al = A.make<alias>();
  al->name = "a";
  al->asname = "b";
  imp->names = {al};
  imp->level = 1;
  auto* glob = A.make<Global>();
  glob->names = {"g", "h"};
  auto* call = A.make<Call>();  // f(*a, k=1, **d)
  call->func = name_node(A, "f");
  auto* star = A.make<Starred>();
  star->value = name_node(A, "a");
  star->ctx = expr_context::Load;
  call->args = {star};
  auto* k1 = A.make<keyword>();
  k1->arg = "k";
  k1->value = const_node(A, ConstantValue::integer("1"));
  auto* k2 = A.make<keyword>();
  k2->value = name_node(A, "d");
  call->keywords = {k1, k2};
  auto* e1 = A.make<Expr>();
  e1->value = call;
  auto* dict = A.make<Dict>();  // {**d, 's': 2.5}
  dict->keys = {nullptr, const_node(A, ConstantValue::string(U"s"))};
  dict->values = {name_node(A, "d"), const_node(A, ConstantValue::floating(2.5))};
  auto* e2 = A.make<Expr>();
  e2->value = dict;
  auto* cmp = A.make<Compare>();  // a < b == c
  cmp->left = name_node(A, "a");
  cmp->ops = {cmpop::Lt, cmpop::Eq};
  cmp->comparators = {name_node(A, "b"), name_node(A, "c")};
  auto* e3 = A.make<Expr>();
  e3->value = cmp;
  auto* fn = A.make<FunctionDef>();  // def f(*, k, j: int = 1): pass
  fn->name = "f";
  auto* args = A.make<arguments>();
  auto* k = A.make<arg>();
  k->arg = "k";
  auto* j = A.make<arg>();
  j->arg = "j";
  j->annotation = name_node(A, "int");
  args->kwonlyargs = {k, j};
  args->kw_defaults = {nullptr, const_node(A, ConstantValue::integer("1"))};
  fn->args = args;
  fn->body = {A.make<Pass>()};
  auto* e4 = A.make<Expr>();  // value left null: dumped as value=None
  auto* m = A.make<Module>();
  m->body = {imp, glob, e1, e2, e3, fn, e4};
  return m;
}

// Builds `global g` and `a // b'b\'"'` with every location (3, 4, 5, 6).
Module* build_small(Arena& A) {
  auto* glob = at(A.make<Global>(), 3, 4, 5, 6);
  glob->names = {"g"};
  auto* bin = at(A.make<BinOp>(), 3, 4, 5, 6);
  bin->left = at(name_node(A, "a"), 3, 4, 5, 6);
  bin->op = operator_::FloorDiv;
  bin->right = at(const_node(A, ConstantValue::byte_string("b'\"")), 3, 4, 5, 6);
  auto* e = at(A.make<Expr>(), 3, 4, 5, 6);
  e->value = bin;
  auto* m = A.make<Module>();
  m->body = {glob, e};
  return m;
}

// Collects every "_type" and every plain string value of a JSON tree.
void collect_names(const json& j, std::set<std::string>& out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "_type") out.insert(it->get<std::string>());
      collect_names(*it, out);
    }
  } else if (j.is_array()) {
    for (const json& x : j) collect_names(x, out);
  } else if (j.is_string()) {
    out.insert(j.get<std::string>());
  }
}

// The JSON of an Expression whose tree is `nodes` nodes deep (a chain of UnaryOps).
json deep_tree(int nodes) {
  json cur = {{"_type", "Constant"}, {"value", {{"type", "int"}, {"value", "1"}}}, {"kind", nullptr},
              {"lineno", 1}, {"col_offset", 0}, {"end_lineno", 1}, {"end_col_offset", 1}};
  for (int i = 0; i < nodes - 2; ++i) {
    json u = {{"_type", "UnaryOp"}, {"op", "USub"}, {"lineno", 1}, {"col_offset", 0}, {"end_lineno", 1},
              {"end_col_offset", 1}};
    u["operand"] = std::move(cur);
    cur = std::move(u);
  }
  json e = {{"_type", "Expression"}};
  e["body"] = std::move(cur);
  return e;
}

// Reads j; true if it gave a tree that dumps and writes, or threw JsonError; false
// (with the reason in `why`) if anything else happened.
bool reads_or_rejects(const json& j, std::string& why) {
  try {
    Arena arena;
    Node* n = from_json(j, arena);
    if (n == nullptr) {
      why = "from_json returned nullptr";
      return false;
    }
    (void)dump(*n, true, 1);
    (void)to_json_text(*n);
  } catch (const JsonError&) {
  } catch (const std::exception& e) {
    why = std::string("unexpected exception: ") + e.what();
    return false;
  }
  return true;
}

// Collects the JSON pointer of every value under j.
void collect_pointers(const json& j, const json::json_pointer& here, std::vector<json::json_pointer>& out) {
  out.push_back(here);
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) collect_pointers(*it, here / it.key(), out);
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) collect_pointers(j[i], here / i, out);
  }
}

// Counts its live instances (for the arena test).
struct Counted {
  static inline int live = 0;
  std::string payload = std::string(100, 'x');  // needs its destructor
  Counted() { ++live; }
  ~Counted() { --live; }
};

}  // namespace

TEST_CASE("ast: dump of hand-built trees matches CPython's ast.dump") {
  Arena A;
  SUBCASE("x = a + 1, with positions") {
    const Case& c = find_case("assign");
    Module* m = build_assign(A);
    CHECK(dump(*m) == c.dump);
    CHECK(dump(*m, true) == c.dump_attributes);
    CHECK(dump(*m, false, 2) == c.dump_indent2);
    CHECK(dump(*m, true, 4) == c.dump_attributes_indent4);
  }
  SUBCASE("absent optionals, None elements, lists of names and operators") {
    Module* m = build_tree(A);
    CHECK(dump(*m) == kBuiltDump);
    CHECK(dump(*m, true) == kBuiltDumpAttributes);
    CHECK(dump(*m, false, 2) == kBuiltDumpIndent2);
    CHECK(dump(*m, false, 4) == kBuiltDumpIndent4);
  }
  SUBCASE("indent=0 and attributes with end positions") {
    Module* m = build_small(A);
    CHECK(dump(*m, false, 0) == kSmallDumpIndent0);
    CHECK(dump(*m, true, 2) == kSmallDumpAttributesIndent2);
  }
  SUBCASE("single nodes") {
    CHECK(dump(*A.make<Pass>()) == "Pass()");
    CHECK(dump(*A.make<Pass>(), true) == "Pass(lineno=0, col_offset=0)");
    CHECK(dump(*A.make<Pass>(), false, 2) == "Pass()");
    auto* imp = A.make<ImportFrom>();  // level absent (-1): left out
    CHECK(dump(*imp) == "ImportFrom(names=[])");
    auto* mv = A.make<MatchValue>();  // pattern's end positions are required ints
    CHECK(dump(*mv, true) == "MatchValue(value=None, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)");
    auto* ti = A.make<TypeIgnore>();
    ti->lineno = 7;
    ti->tag = "[x]";
    CHECK(dump(*ti, true) == "TypeIgnore(lineno=7, tag='[x]')");
    auto* n = name_node(A, "\xc3\xa9t\xc3\xa9");  // printable non-ASCII is kept
    CHECK(dump(*n) == "Name(id='\xc3\xa9t\xc3\xa9', ctx=Load())");
  }
}

TEST_CASE("ast: repr of constants matches CPython") {
  CHECK(repr(ConstantValue::floating(0x0.0p+0)) == "0.0");
  CHECK(repr(ConstantValue::floating(-0x0.0p+0)) == "-0.0");
  CHECK(repr(ConstantValue::floating(0x1.0000000000000p+0)) == "1.0");
  CHECK(repr(ConstantValue::floating(-0x1.8000000000000p+0)) == "-1.5");
  CHECK(repr(ConstantValue::floating(0x1.999999999999ap-4)) == "0.1");
  CHECK(repr(ConstantValue::floating(0x1.5555555555555p-2)) == "0.3333333333333333");
  CHECK(repr(ConstantValue::floating(0x1.5555555555555p-1)) == "0.6666666666666666");
  CHECK(repr(ConstantValue::floating(0x1.1c37937e08000p+53)) == "1e+16");
  CHECK(repr(ConstantValue::floating(0x1.c6bf526340000p+49)) == "1000000000000000.0");
  CHECK(repr(ConstantValue::floating(0x1.1c37937e07fffp+53)) == "9999999999999998.0");
  CHECK(repr(ConstantValue::floating(0x1.b69b4ba630f35p+56)) == "1.2345678901234568e+17");
  CHECK(repr(ConstantValue::floating(0x1.a36e2eb1c432dp-14)) == "0.0001");
  CHECK(repr(ConstantValue::floating(0x1.4f8b588e368f1p-17)) == "1e-05");
  CHECK(repr(ConstantValue::floating(0x1.02e4b6ce5dc68p-13)) == "0.00012345");
  CHECK(repr(ConstantValue::floating(0x1.0f0cf064dd592p+73)) == "1e+22");
  CHECK(repr(ConstantValue::floating(0x1.52d02c7e14af6p+76)) == "1e+23");
  CHECK(repr(ConstantValue::floating(0x0.0000000000001p-1022)) == "5e-324");
  CHECK(repr(ConstantValue::floating(0x1.0000000000000p-1022)) == "2.2250738585072014e-308");
  CHECK(repr(ConstantValue::floating(0x1.fffffffffffffp+1023)) == "1.7976931348623157e+308");
  CHECK(repr(ConstantValue::floating(0x1.d6f3454000000p+26)) == "123456789.0");
  CHECK(repr(ConstantValue::floating(0x1.0c6f7a0b5ed8dp-22)) == "2.5e-07");
  CHECK(repr(ConstantValue::floating(0x1.9000000000000p+6)) == "100.0");
  CHECK(repr(ConstantValue::floating(0x1.249ad2594c37dp+332)) == "1e+100");
  CHECK(repr(ConstantValue::floating(0x1.1eb2d66005835p+997)) == "1.5e+300");
  CHECK(repr(ConstantValue::floating(kInf)) == "inf");
  CHECK(repr(ConstantValue::floating(-kInf)) == "-inf");
  CHECK(repr(ConstantValue::floating(kNaN)) == "nan");
  CHECK(repr(ConstantValue::floating(0x1.921fb54442d18p+1)) == "3.141592653589793");
  CHECK(repr(ConstantValue::floating(0x1.3333333333334p-2)) == "0.30000000000000004");
  CHECK(repr(ConstantValue::floating(0x1.1666666666666p+2)) == "4.35");
  CHECK(repr(ConstantValue::floating(0x1.0000000000001p+0)) == "1.0000000000000002");
  CHECK(repr(ConstantValue::floating(-0x1.ad7f29abcaf48p-24)) == "-1e-07");
  CHECK(repr(ConstantValue::imaginary(0x1.0000000000000p+0)) == "1j");
  CHECK(repr(ConstantValue::imaginary(0x1.1eb2d66005835p+997)) == "1.5e+300j");
  CHECK(repr(ConstantValue::imaginary(0x1.0000000000000p+1)) == "2j");
  CHECK(repr(ConstantValue::imaginary(kInf)) == "infj");
  CHECK(repr(ConstantValue::imaginary(0x1.1c37937e08000p+53)) == "1e+16j");
  CHECK(repr(ConstantValue::imaginary(0x1.c6bf526340000p+49)) == "1000000000000000j");
  CHECK(repr(ConstantValue::imaginary(0x1.4f8b588e368f1p-17)) == "1e-05j");
  CHECK(repr(ConstantValue::imaginary(0x0.0p+0)) == "0j");
  CHECK(repr(ConstantValue::imaginary(0x1.0000000000000p-1)) == "0.5j");
  CHECK(repr(ConstantValue::imaginary(0x1.ed00000000000p+6)) == "123.25j");
  CHECK(repr(ConstantValue::imaginary(kNaN)) == "nanj");
  CHECK(repr(ConstantValue::imaginary(-0x1.4000000000000p+1)) == "-2.5j");
  CHECK(repr(ConstantValue::string(U32({}))) == "''");
  CHECK(repr(ConstantValue::string(U32({0x61, 0x62, 0x63}))) == "'abc'");
  CHECK(repr(ConstantValue::string(U32({0x69, 0x74, 0x27, 0x73}))) == "\"it's\"");
  CHECK(repr(ConstantValue::string(U32({0x73, 0x61, 0x79, 0x20, 0x22, 0x68, 0x69, 0x22}))) == "'say \"hi\"'");
  CHECK(repr(ConstantValue::string(U32({0x62, 0x6f, 0x74, 0x68, 0x20, 0x27, 0x20, 0x61, 0x6e, 0x64, 0x20, 0x22}))) == "'both \\' and \"'");
  CHECK(repr(ConstantValue::string(U32({0x5c}))) == "'\\\\'");
  CHECK(repr(ConstantValue::string(U32({0x0, 0x1, 0x1f, 0x7f}))) == "'\\x00\\x01\\x1f\\x7f'");
  CHECK(repr(ConstantValue::string(U32({0x9, 0xa, 0xd, 0xb, 0xc}))) == "'\\t\\n\\r\\x0b\\x0c'");
  CHECK(repr(ConstantValue::string(U32({0x80, 0x9f, 0xa0, 0xad, 0xe9, 0xff}))) == "'\\x80\\x9f\\xa0\\xad\303\251\303\277'");
  CHECK(repr(ConstantValue::string(U32({0xe9, 0x4e2d, 0x6587}))) == "'\303\251\344\270\255\346\226\207'");
  CHECK(repr(ConstantValue::string(U32({0x1f600}))) == "'\360\237\230\200'");
  CHECK(repr(ConstantValue::string(U32({0x200b, 0x2028, 0xfeff, 0x378}))) == "'\\u200b\\u2028\\ufeff\\u0378'");
  CHECK(repr(ConstantValue::string(U32({0xe0001, 0x10ffff}))) == "'\\U000e0001\\U0010ffff'");
  CHECK(repr(ConstantValue::string(U32({0xd800}))) == "'\\ud800'");
  CHECK(repr(ConstantValue::string(U32({0x61, 0xdfff, 0x62}))) == "'a\\udfffb'");
  CHECK(repr(ConstantValue::string(U32({0x1f600, 0xf0000}))) == "'\360\237\230\200\\U000f0000'");
  CHECK(repr(ConstantValue::string(U32({0x74, 0x61, 0x62, 0x9, 0x68, 0x65, 0x72, 0x65}))) == "'tab\\there'");
  CHECK(repr(ConstantValue::string(U32({0x27, 0x22, 0x27}))) == "'\\'\"\\''");
  CHECK(repr(ConstantValue::byte_string(std::string("", 0))) == "b''");
  CHECK(repr(ConstantValue::byte_string(std::string("abc", 3))) == "b'abc'");
  CHECK(repr(ConstantValue::byte_string(std::string("it's", 4))) == "b\"it's\"");
  CHECK(repr(ConstantValue::byte_string(std::string("say \"hi\"", 8))) == "b'say \"hi\"'");
  CHECK(repr(ConstantValue::byte_string(std::string("both ' and \"", 12))) == "b'both \\' and \"'");
  CHECK(repr(ConstantValue::byte_string(std::string("\\", 1))) == "b'\\\\'");
  CHECK(repr(ConstantValue::byte_string(std::string("\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037", 32))) == "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f'");
  CHECK(repr(ConstantValue::byte_string(std::string("\177\200\377", 3))) == "b'\\x7f\\x80\\xff'");
  CHECK(repr(ConstantValue::byte_string(std::string("\011\012\015", 3))) == "b'\\t\\n\\r'");
  CHECK(repr(ConstantValue::integer("0")) == "0");
  CHECK(repr(ConstantValue::integer("123")) == "123");
  CHECK(repr(ConstantValue::integer("-5")) == "-5");
  CHECK(repr(ConstantValue::integer("123456789012345678901234567890")) == "123456789012345678901234567890");
  CHECK(repr(ConstantValue::none()) == "None");
  CHECK(repr(ConstantValue::boolean(true)) == "True");
  CHECK(repr(ConstantValue::boolean(false)) == "False");
  CHECK(repr(ConstantValue::ellipsis()) == "Ellipsis");
}

TEST_CASE("ast: float repr round-trips") {
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (std::isnan(d)) continue;
    const std::string r = repr_float(d);
    CHECK(std::strtod(r.c_str(), nullptr) == d);
  }
}

TEST_CASE("ast: repr of invalid UTF-8 identifiers uses U+FFFD") {
  CHECK(repr_utf8("a\xff" "b") == "'a\xef\xbf\xbd" "b'");
  CHECK(repr_utf8("\xed\xa0\x80") == "'\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd'");
  CHECK(repr_utf8("\xc3") == "'\xef\xbf\xbd'");
  std::u32string out;
  CHECK(decode_utf8("\xf0\x9f\x98\x80", out));
  CHECK(out == U32({0x1F600}));
  CHECK_FALSE(decode_utf8("\xc0\x80", out));          // overlong
  CHECK_FALSE(decode_utf8("\xf4\x90\x80\x80", out));  // above U+10FFFF
}

TEST_CASE("ast: CPython's trees read from JSON dump as CPython dumps them") {
  for (const Case& c : kCases) {
    CAPTURE(c.name);
    Arena A;
    Node* n = from_json_text(c.json, A);
    REQUIRE(n != nullptr);
    CHECK(dump(*n) == c.dump);
    if (c.dump_attributes) CHECK(dump(*n, true) == c.dump_attributes);
    if (c.dump_indent2) CHECK(dump(*n, false, 2) == c.dump_indent2);
    if (c.dump_attributes_indent4) CHECK(dump(*n, true, 4) == c.dump_attributes_indent4);
    // The writer gives back the same JSON, keys in the documented order.
    CHECK(to_ordered_json(*n) == ordered_json::parse(c.json));
    CHECK(to_json(*n) == json::parse(c.json));
    CHECK(ordered_json::parse(to_json_text(*n)) == ordered_json::parse(c.json));
  }
}

TEST_CASE("ast: JSON round trip of every node type") {
  std::set<std::string> seen;
  for (const Case& c : kCases) {
    CAPTURE(c.name);
    Arena A;
    Node* n = from_json_text(c.json, A);
    const json j1 = to_json(*n);
    Arena B;
    Node* back = from_json(j1, B);
    CHECK(dump(*back, true) == dump(*n, true));
    CHECK(to_json(*back) == j1);
    Arena C;  // through text, with an indent
    Node* again = from_json_text(to_json_text(*back, 2), C);
    CHECK(dump(*again, true, 3) == dump(*n, true, 3));
    collect_names(j1, seen);
  }
  // The cases hold every node type and every value of every simple sum.
  for (int i = 0; i < kTagCount; ++i) CHECK_MESSAGE(seen.count(tag_name(Tag(i))), tag_name(Tag(i)));
  for (int i = 0; i < kEnumCount<expr_context>; ++i) CHECK(seen.count(name(expr_context(i))));
  for (int i = 0; i < kEnumCount<boolop>; ++i) CHECK(seen.count(name(boolop(i))));
  for (int i = 0; i < kEnumCount<operator_>; ++i) CHECK(seen.count(name(operator_(i))));
  for (int i = 0; i < kEnumCount<unaryop>; ++i) CHECK(seen.count(name(unaryop(i))));
  for (int i = 0; i < kEnumCount<cmpop>; ++i) CHECK(seen.count(name(cmpop(i))));
}

TEST_CASE("ast: JSON of hand-built trees round-trips") {
  Arena A;
  Module* tree = build_tree(A);
  tree->body.pop_back();  // Expr(value=None): a required node left null is no valid JSON
  for (Node* n : std::initializer_list<Node*>{build_assign(A), tree, build_small(A)}) {
    Arena B;
    Node* back = from_json(to_json(*n), B);
    CHECK(dump(*back, true, 2) == dump(*n, true, 2));
  }
  // Constants of every kind, lone surrogates and all bytes included.
  std::string all_bytes;
  for (int b = 0; b < 256; ++b) all_bytes.push_back(static_cast<char>(b));
  const ConstantValue values[] = {
      ConstantValue::none(),           ConstantValue::boolean(true),
      ConstantValue::boolean(false),   ConstantValue::ellipsis(),
      ConstantValue::integer("0"),     ConstantValue::integer("-12345678901234567890123"),
      ConstantValue::floating(0.1),    ConstantValue::floating(-0.0),
      ConstantValue::floating(5e-324), ConstantValue::floating(kInf),
      ConstantValue::floating(-kInf),  ConstantValue::floating(1.7976931348623157e308),
      ConstantValue::imaginary(1e16),  ConstantValue::imaginary(kInf),
      ConstantValue::string(U""),      ConstantValue::string(U32({0x61, 0xD800, 0xDFFF, 0x10FFFF, 0})),
      ConstantValue::byte_string(""),  ConstantValue::byte_string(all_bytes),
  };
  for (const ConstantValue& v : values) {
    CAPTURE(repr(v));
    Constant* c = const_node(A, v);
    c->kind.emplace(1, 'u');
    Arena B;
    auto* back = as<Constant>(from_json_text(to_json_text(*c), B));
    REQUIRE(back != nullptr);
    CHECK(back->value == v);
    CHECK(back->kind == std::optional<std::string>("u"));
  }
  // NaN: read back as a NaN (Python's repr does not keep its sign or payload either).
  Constant* nan = const_node(A, ConstantValue::floating(kNaN));
  Arena B;
  auto* back = as<Constant>(from_json(to_json(*nan), B));
  REQUIRE(back != nullptr);
  CHECK(std::isnan(back->value.float_value));
}

TEST_CASE("ast: from_json rejects malformed input with a clear message") {
  // A valid Pass statement, for building the bad inputs.
  const std::string loc = R"("lineno":1,"col_offset":0,"end_lineno":1,"end_col_offset":4)";
  const std::string pass = R"({"_type":"Pass",)" + loc + "}";
  // A Module around one statement.
  auto module = [](const std::string& stmt) { return R"({"_type":"Module","body":[)" + stmt + R"(],"type_ignores":[]})"; };
  // An Expression around an expression.
  auto expression = [](const std::string& e) { return R"({"_type":"Expression","body":)" + e + "}"; };
  // A Constant with the given value JSON.
  auto constant = [&](const std::string& v) {
    return expression(R"({"_type":"Constant","value":)" + v + R"(,"kind":null,)" + loc + "}");
  };
  // A Name with the given id and ctx JSON.
  auto name_expr = [&](const std::string& id, const std::string& ctx) {
    return expression(R"({"_type":"Name","id":)" + id + R"(,"ctx":)" + ctx + "," + loc + "}");
  };
  struct Bad {
    std::string text;
    const char* message;
  };
  const Bad bad[] = {
      {"42", "at $: expected an AST node (an object), got number"},
      {"[]", "expected an AST node (an object), got array"},
      {"null", "got null"},
      {"{}", "the object has no \"_type\""},
      {R"({"_type":5})", "\"_type\" must be a string, got number"},
      {R"({"_type":"Nope"})", "unknown node type \"Nope\""},
      {R"({"_type":"Load"})", "unknown node type \"Load\""},
      {R"({"_type":"Pass","lineno":1,"col_offset":0,"end_lineno":1})", "at $: missing field \"end_col_offset\""},
      {R"({"_type":"Pass","foo":1,)" + loc + "}", "unknown field \"foo\" in Pass"},
      {module(R"({"_type":"Name","id":"x","ctx":"Load",)" + loc + "}"), "at $.body[0]: expected a stmt node, got Name"},
      {expression(pass), "at $.body: expected an expr node, got Pass"},
      {expression("null"), "at $.body: required expr node is null"},
      {R"({"_type":"Module","body":{},"type_ignores":[]})", "at $.body: expected a list (an array), got object"},
      {module("null"), "at $.body[0]: list element is null (expected stmt nodes)"},
      {R"({"_type":"Pass","lineno":"1","col_offset":0,"end_lineno":1,"end_col_offset":4})",
       "at $.lineno: expected an integer, got string"},
      {R"({"_type":"Pass","lineno":1.0,"col_offset":0,"end_lineno":1,"end_col_offset":4})",
       "at $.lineno: expected an integer, got number"},
      {R"({"_type":"Pass","lineno":true,"col_offset":0,"end_lineno":1,"end_col_offset":4})",
       "expected an integer, got boolean"},
      {R"({"_type":"Pass","lineno":1099511627776,"col_offset":0,"end_lineno":1,"end_col_offset":4})",
       "integer out of range"},
      {R"({"_type":"Pass","lineno":-1099511627776,"col_offset":0,"end_lineno":1,"end_col_offset":4})",
       "integer out of range"},
      {R"({"_type":"Pass","lineno":1,"col_offset":0,"end_lineno":-1,"end_col_offset":4})",
       "at $.end_lineno: expected null or a non-negative integer, got -1"},
      {name_expr(R"("x")", R"("Loadx")"), "at $.body.ctx: unknown value 'Loadx'"},
      {name_expr(R"("x")", "0"), "at $.body.ctx: expected a string naming a value, got number"},
      {name_expr("5", R"("Load")"), "at $.body.id: expected an identifier (a string), got number"},
      {name_expr("null", R"("Load")"), "at $.body.id: required identifier is null"},
      {constant("1"), "at $.body.value: expected a constant (an object), got number"},
      {constant("{}"), "a constant needs a string \"type\""},
      {constant(R"({"type":"decimal"})"), "unknown constant type \"decimal\""},
      {constant(R"({"type":"int","value":"012"})"), "int value is not a canonical decimal: \"012\""},
      {constant(R"({"type":"int","value":"-0"})"), "not a canonical decimal"},
      {constant(R"({"type":"int","value":"1.5"})"), "not a canonical decimal"},
      {constant(R"({"type":"int","value":""})"), "not a canonical decimal"},
      {constant(R"({"type":"int","value":12})"), "at $.body.value.value: expected a string, got number"},
      {constant(R"({"type":"int"})"), "a int constant needs \"value\""},
      {constant(R"({"type":"float","value":"abc"})"), "not a float: \"abc\""},
      {constant(R"({"type":"float","value":"1e999"})"), "not a float: \"1e999\""},
      {constant(R"({"type":"float","value":" 1"})"), "not a float"},
      {constant(R"({"type":"float","value":"1.5x"})"), "not a float"},
      {constant(R"({"type":"complex","value":"1.5"})"), "unknown key \"value\" in a complex constant"},
      {constant(R"({"type":"bool","value":"true"})"), "a bool constant needs a boolean \"value\""},
      {constant(R"({"type":"NoneType","value":null})"), "unknown key \"value\" in a NoneType constant"},
      {constant(R"({"type":"str","value":"a","code_points":[97]})"), "exactly one of \"value\" and \"code_points\""},
      {constant(R"({"type":"str"})"), "exactly one of"},
      {constant(R"({"type":"str","code_points":[1114112]})"), "code point out of range: 1114112"},
      {constant(R"({"type":"str","code_points":[-1]})"), "code point out of range: -1"},
      {constant(R"({"type":"str","code_points":["a"]})"), "at $.body.value.code_points[0]: expected a code point"},
      {constant(R"({"type":"str","code_points":"a"})"), "expected an array of code points"},
      {constant(R"({"type":"bytes","value":"\u0100"})"), "bytes value holds a character above U+00FF"},
      {R"({"_type":"Module","body":[],"type_ignores":[{"_type":"Pass",)" + loc + "}]}",
       "at $.type_ignores[0]: expected a type_ignore node, got Pass"},
  };
  for (const Bad& b : bad) {
    CAPTURE(b.text);
    Arena A;
    std::string message;
    try {
      from_json_text(b.text, A);
      message = "(no error)";
    } catch (const JsonError& e) {
      message = e.what();
    }
    CHECK_MESSAGE(message.find(b.message) != std::string::npos, message);
    CHECK(message.rfind("invalid JSON AST at $", 0) == 0);
  }
  // Not JSON at all.
  Arena A;
  CHECK_THROWS_AS(from_json_text("{\"_type\":", A), JsonError);
  CHECK_THROWS_WITH_AS(from_json_text("nope", A), doctest::Contains("invalid JSON"), JsonError);
  // Strings that are not UTF-8 can only come from JSON values built in C++.
  json j = json::parse(name_expr(R"("x")", R"("Load")"));
  j["body"]["id"] = std::string("\xff");
  CHECK_THROWS_WITH_AS(from_json(j, A), doctest::Contains("at $.body.id: text is not valid UTF-8"), JsonError);
  j["body"]["id"] = std::string("\xed\xa0\x80");  // a surrogate, UTF-8-encoded
  CHECK_THROWS_WITH_AS(from_json(j, A), doctest::Contains("not valid UTF-8"), JsonError);
  // A discarded value and binary data are no valid values either.
  j["body"]["id"] = json::binary({1, 2});
  CHECK_THROWS_AS(from_json(j, A), JsonError);
  j["body"]["id"] = json(json::value_t::discarded);
  CHECK_THROWS_AS(from_json(j, A), JsonError);
}

TEST_CASE("ast: from_json limits the nesting depth") {
  const int limit = peppy::limits::kMaxAstJsonDepth;
  {
    Arena A;
    Node* n = from_json(deep_tree(limit), A);
    REQUIRE(n != nullptr);
    CHECK(dump(*n).size() > 0);
    CHECK(to_json(*n) == deep_tree(limit));
  }
  Arena A;
  CHECK_THROWS_WITH_AS(from_json(deep_tree(limit + 1), A),
                       doctest::Contains(doctest::String(("nodes nested deeper than " + std::to_string(limit) + " levels").c_str())), JsonError);
  CHECK_THROWS_AS(from_json(deep_tree(100000), A), JsonError);
}

TEST_CASE("ast: from_json never fails other than with JsonError on mutated input") {
  // Every value of some cases replaced by values of every JSON type, and every key of
  // every object removed, one at a time.
  const json replacements[] = {nullptr, true, 0, -1, 2147483648LL, 1.5, "", "Load", "x", json::array(),
                               json::array({nullptr}), json::object(), json::object({{"_type", "Pass"}})};
  std::size_t tried = 0;
  std::string why;
  bool all_ok = true;
  for (const char* name : {"assign", "match", "type_comments", "func_type"}) {
    const json root = json::parse(find_case(name).json);
    std::vector<json::json_pointer> pointers;
    collect_pointers(root, json::json_pointer(), pointers);
    for (const auto& p : pointers) {
      for (const json& r : replacements) {
        json m = root;
        m[p] = r;
        ++tried;
        if (!reads_or_rejects(m, why)) all_ok = false;
      }
      if (root[p].is_object()) {
        for (auto it = root[p].begin(); it != root[p].end(); ++it) {
          json m = root;
          m[p].erase(it.key());
          ++tried;
          if (!reads_or_rejects(m, why)) all_ok = false;
        }
      }
    }
  }
  CHECK_MESSAGE(all_ok, why);
  CHECK(tried > 5000);
  // Random byte changes of the JSON text.
  std::mt19937 rng(2024);
  const std::string text = find_case("match").json;
  const char alphabet[] = "{}[]\",:0123456789-.eE truefalsnul_\\";
  for (int i = 0; i < 1500; ++i) {
    std::string t = text;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t pos = rng() % t.size();
      switch (rng() % 3) {
        case 0: t[pos] = alphabet[rng() % (sizeof alphabet - 1)]; break;
        case 1: t.erase(pos, 1 + rng() % 8); break;
        default: t.insert(pos, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
      }
      if (t.empty()) t.assign(1, 'x');
    }
    Arena A;
    try {
      Node* n = from_json_text(t, A);
      CHECK(n != nullptr);
    } catch (const JsonError&) {
    }
  }
}

TEST_CASE("ast: arena owns and destroys what it makes") {
  // An aggregate, made with braces.
  struct Pair {
    int a, b;
  };
  // Larger than a quarter block: gets a block of its own.
  struct Big {
    char bytes[40000];
  };
  {
    Arena A;
    for (int i = 0; i < 10000; ++i) A.make<Counted>();
    CHECK(Counted::live == 10000);
    Pair* p = A.make<Pair>(3, 4);
    CHECK(p->a + p->b == 7);
    Big* big = A.make<Big>();
    big->bytes[39999] = 1;
    auto* c = A.make<Counted>();  // bump allocation continues after a big object
    CHECK(c->payload.size() == 100);
    CHECK(A.object_count() == 10003);
    CHECK(A.bytes_reserved() >= 10001 * sizeof(Counted) + sizeof(Big));
    Arena moved(std::move(A));
    CHECK(A.object_count() == 0);
    CHECK(Counted::live == 10001);
    Arena other;
    other.make<Counted>();
    other = std::move(moved);  // other's own object is destroyed first
    CHECK(Counted::live == 10001);
  }
  CHECK(Counted::live == 0);
  // Nodes: every member starts empty, absent or zero.
  Arena A;
  auto* f = A.make<FunctionDef>();
  CHECK(f->tag == Tag::FunctionDef);
  CHECK(f->name.empty());
  CHECK(f->args == nullptr);
  CHECK(f->returns == nullptr);
  CHECK_FALSE(f->type_comment.has_value());
  CHECK(f->lineno == 0);
  CHECK(f->end_lineno == -1);
  CHECK(f->end_col_offset == -1);
  CHECK(A.make<ImportFrom>()->level == -1);
  CHECK(A.make<MatchAs>()->end_lineno == 0);  // required for patterns
}

TEST_CASE("ast: names, tags and checked casts") {
  CHECK(kTagCount == 75);
  CHECK(std::string(tag_name(Tag::BinOp)) == "BinOp");
  CHECK(std::string(tag_name(Tag::arguments)) == "arguments");
  CHECK(std::string(tag_name(static_cast<Tag>(200))) == "?");
  for (int i = 0; i < kTagCount; ++i) CHECK(tag_from_name(tag_name(Tag(i))) == Tag(i));
  CHECK_FALSE(tag_from_name("Load").has_value());
  CHECK_FALSE(tag_from_name("").has_value());
  CHECK_FALSE(tag_from_name("binop").has_value());
  CHECK(std::string(name(operator_::FloorDiv)) == "FloorDiv");
  CHECK(std::string(name(expr_context::Del)) == "Del");
  cmpop op{};
  CHECK(from_name("NotIn", op));
  CHECK(op == cmpop::NotIn);
  CHECK_FALSE(from_name("Add", op));
  CHECK(kEnumCount<operator_> == 13);
  CHECK(kEnumCount<cmpop> == 10);
  Arena A;
  Node* b = A.make<BinOp>();
  CHECK(isa<expr>(b));
  CHECK(isa<BinOp>(b));
  CHECK(isa<Node>(b));
  CHECK_FALSE(isa<stmt>(b));
  CHECK_FALSE(isa<Name>(b));
  CHECK(as<expr>(b) == static_cast<expr*>(static_cast<BinOp*>(b)));
  CHECK(as<stmt>(b) == nullptr);
  CHECK(as<BinOp>(static_cast<Node*>(nullptr)) == nullptr);
  const Node* cb = b;
  CHECK(as<BinOp>(cb) != nullptr);
  // A product is only itself; TypeIgnore's `tag` field hides Node::tag.
  Node* k = A.make<keyword>();
  CHECK(isa<keyword>(k));
  CHECK_FALSE(isa<arg>(k));
  auto* ti = A.make<TypeIgnore>();
  ti->tag = "ignore";
  CHECK(static_cast<Node*>(ti)->tag == Tag::TypeIgnore);
  CHECK(TypeIgnore::kTag == Tag::TypeIgnore);
  CHECK(std::string(stmt::kAsdlType) == "stmt");
  CHECK(mod::contains(Tag::FunctionType));
  CHECK_FALSE(mod::contains(Tag::FunctionDef));
  CHECK(pattern::contains(Tag::MatchOr));
}
