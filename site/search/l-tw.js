window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-tw"]=[["twice","twice",1],["two","two",31]];
