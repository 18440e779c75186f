window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-af"]=[["affects","affect",1],["after","after",37],["afterwards","afterward",1]];
