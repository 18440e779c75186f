window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ri"]=[["right","right",13],["rights","right",13],["rigid","rigid",2],["rise","rise",1],["risk","risk",4]];
