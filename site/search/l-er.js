window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-er"]=[["error","error",2]];
