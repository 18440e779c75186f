window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-om"]=[["omb","omb",1],["omnibus","omnibu",1]];
