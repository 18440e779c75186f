window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-id"]=[["idea","idea",3],["ideas","idea",3],["identical","ident",2],["identity","ident",2],["ideology","ideolog",1]];
