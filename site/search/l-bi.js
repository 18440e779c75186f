window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-bi"]=[["biennial","biennial",1],["big","big",1],["bill","bill",1]];
