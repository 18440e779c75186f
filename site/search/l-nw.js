window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-nw"]=[["nw","nw",2]];
