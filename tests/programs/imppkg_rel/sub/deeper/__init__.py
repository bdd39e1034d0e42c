# imppkg_rel.sub.deeper: three levels down; `from ...` reaches the top package.
from ... import TOP
from ...sub import leaf as LEAF_MODULE
from .. import SUMMARY

print("deeper sees", TOP, "|", SUMMARY, "|", LEAF_MODULE.__name__)
