window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-sm"]=[["small","small",3]];
